package vn.camau.egov.exchange.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.exchange.application.DeadLetter;
import vn.camau.egov.exchange.application.DeadLetters;
import vn.camau.egov.shared.domain.BusinessException;
import vn.camau.egov.shared.web.Messages;

import java.util.List;

/** workspace/exchange/dead-letters.xhtml: what is parked on egov.DLQ and why; replay or discard each. */
@Named
@RequestScoped
public class DeadLettersPage {

    @Inject
    private DeadLetters deadLetters;

    private List<DeadLetter> letters;

    public List<DeadLetter> getLetters() {
        if (letters == null) {
            letters = deadLetters.list();
        }
        return letters;
    }

    public void replay(String id) {
        try {
            deadLetters.replay(id);
            Messages.info("deadLetters.replayed");
        } catch (BusinessException e) {
            Messages.show(e, "letters");
        }
        letters = null;
    }

    public void discard(String id) {
        try {
            deadLetters.discard(id);
            Messages.info("deadLetters.discarded");
        } catch (BusinessException e) {
            Messages.show(e, "letters");
        }
        letters = null;
    }

    public int getMaxListed() {
        return DeadLetters.MAX_LISTED;
    }
}
