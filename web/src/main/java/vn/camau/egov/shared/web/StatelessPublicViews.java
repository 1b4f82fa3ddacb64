package vn.camau.egov.shared.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Makes every public view stateless (transient) from the moment it is created: no view state on
 * the server and no HTTP session for an anonymous visitor. A session per anonymous request would
 * halve throughput and let anyone fill the server's memory.
 * <p>
 * The public template applies the same rule in {@code <f:view transient>} (Faces reads that when it
 * restores a posted stateless view), but a template is only read when the view is built, after
 * PrimeFaces has already looked at the view to set up its script nonce (and, finding it not
 * transient, stored the nonce in view state, creating a session). The officials' workspace and the
 * citizen's account pages keep server-side state.
 */
public class StatelessPublicViews extends ViewHandlerWrapper {

    public StatelessPublicViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null) {
            root.setTransient(isPublic(root.getViewId()));
        }
        return root;
    }

    /** The rule, in one place: everything but the workspace and the citizen's account pages is stateless. */
    public static boolean isPublic(String viewId) {
        return viewId == null || !(viewId.startsWith("/workspace/") || viewId.startsWith("/account/"));
    }

    /** The same rule for the template's {@code <f:view transient>}, which Faces reads when it restores a posted view. */
    @jakarta.inject.Named("statelessViews")
    @jakarta.enterprise.context.ApplicationScoped
    public static class Rule {

        public boolean isStateless(String viewId) {
            return isPublic(viewId);
        }
    }
}
