package vn.camau.egov.participation.domain;

import vn.camau.egov.shared.domain.BusinessException;

import java.io.Serializable;

/** A rule of consultations or comments refused the request; the key names the rule. */
public class ParticipationRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ParticipationRefusedException(String messageKey, Serializable... arguments) {
        super(messageKey, arguments);
    }
}
