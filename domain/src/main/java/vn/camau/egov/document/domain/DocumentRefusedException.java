package vn.camau.egov.document.domain;

import vn.camau.egov.shared.domain.BusinessException;

import java.io.Serializable;

/** A document action refused: the state, the role or the unit does not allow it. The key says why. */
public class DocumentRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DocumentRefusedException(String messageKey, Serializable... arguments) {
        super(messageKey, arguments);
    }
}
