package vn.camau.egov.shared.domain;

import jakarta.ejb.ApplicationException;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A business rule refused the request. The one base for every refusal the platform reports to a
 * person: it carries a message key of the web module's resource bundle and its arguments, so the
 * text is written once per language and never in code. Rolls the transaction back.
 */
@ApplicationException(rollback = true, inherited = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Serializable[] arguments;

    public BusinessException(String messageKey, Serializable... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Serializable[] arguments() {
        return arguments.clone();
    }
}
