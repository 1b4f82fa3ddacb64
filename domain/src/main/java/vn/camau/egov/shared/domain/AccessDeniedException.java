package vn.camau.egov.shared.domain;

/**
 * The caller has the role but not the right to this record (a per-record check failed), for
 * example a unit administrator acting on another unit's official.
 */
public class AccessDeniedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException() {
        super("error.accessDenied");
    }
}
