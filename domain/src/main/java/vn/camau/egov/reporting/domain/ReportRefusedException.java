package vn.camau.egov.reporting.domain;

import vn.camau.egov.shared.domain.BusinessException;

import java.io.Serializable;

/** A rule of the plan, the reports or the indices refused the request; the key names the rule. */
public class ReportRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ReportRefusedException(String messageKey, Serializable... arguments) {
        super(messageKey, arguments);
    }
}
