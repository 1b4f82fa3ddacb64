package vn.camau.egov.dossier.application;

import java.io.Serializable;
import java.util.Map;

/**
 * What an applicant (or a reception officer for them) fills in: who the dossier is for, the
 * answers to the procedure's form, and whether the result should be posted.
 */
public record SubmissionForm(String fullName, String citizenId, String email, String phone, String address,
                             Map<String, String> answers, boolean postalDelivery) implements Serializable {

    public SubmissionForm {
        // inputs left empty arrive as null values
        answers = answers == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(answers));
    }
}
