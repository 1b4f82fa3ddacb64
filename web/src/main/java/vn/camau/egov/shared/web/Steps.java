package vn.camau.egov.shared.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import vn.camau.egov.shared.domain.BusinessException;
import vn.camau.egov.shared.domain.InvalidInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A workspace step, done one way everywhere: once done, its message is kept and the browser gets a
 * fresh GET of the page it names (so the address names the record, and a reload does not send the
 * step again); refused, the page shows why.
 */
public final class Steps {

    private Steps() {
    }

    /**
     * @param then   the page to show once done, from the context root ("/workspace/outgoing.xhtml?id=5")
     * @param formId where a refusal that names no field is shown
     * @return the field problems to show beside their inputs; empty when done or refused as a whole
     */
    public static Map<String, String> run(Runnable step, String doneKey, String then, String formId) {
        try {
            step.run();
        } catch (InvalidInputException e) {
            return Messages.byField(e);
        } catch (BusinessException e) {
            Messages.show(e, formId);
            return Map.of();
        }
        done(doneKey, then);
        return Map.of();
    }

    /** The step is done: its message goes with the browser to the page named. */
    public static void done(String doneKey, String then) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        Messages.info(doneKey);
        try {
            external.redirect(external.getRequestContextPath() + then);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
