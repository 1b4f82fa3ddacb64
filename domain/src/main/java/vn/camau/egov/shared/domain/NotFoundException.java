package vn.camau.egov.shared.domain;

/**
 * The record asked for does not exist, or the caller may not know that it exists. The message key
 * is {@code error.notFound.<what>}.
 */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super("error.notFound." + what, String.valueOf(id));
    }
}
