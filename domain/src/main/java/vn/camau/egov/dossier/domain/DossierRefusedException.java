package vn.camau.egov.dossier.domain;

import vn.camau.egov.shared.domain.BusinessException;

import java.io.Serializable;

/**
 * An action on a dossier that its state, the actor's role or unit, or its data does not allow.
 * The message key says which; nothing was changed.
 */
public class DossierRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DossierRefusedException(String messageKey, Serializable... arguments) {
        super(messageKey, arguments);
    }
}
