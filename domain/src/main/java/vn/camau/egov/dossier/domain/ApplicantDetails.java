package vn.camau.egov.dossier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.camau.egov.identity.domain.CitizenId;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.InvalidInputException.FieldProblem;
import vn.camau.egov.shared.domain.Text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Who the dossier is for (chủ hồ sơ), as written on it: name, CCCD number, contact, address.
 * Copied into the dossier, so a later change of the applicant's profile does not rewrite history.
 */
@Embeddable
public class ApplicantDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "applicant_name", nullable = false, length = 128)
    private String fullName;

    @Column(name = "applicant_citizen_id", nullable = false, length = 12)
    private String citizenId;

    @Column(name = "applicant_email", length = 254)
    private String email;

    @Column(name = "applicant_phone", length = 15)
    private String phone;

    @Column(name = "applicant_address", length = 500)
    private String address;

    protected ApplicantDetails() {
        // for JPA
    }

    private ApplicantDetails(String fullName, String citizenId, String email, String phone, String address) {
        this.fullName = fullName;
        this.citizenId = citizenId;
        this.email = email;
        this.phone = phone;
        this.address = address;
    }

    /** Checks and cleans what was typed; every problem is reported under its field. */
    public static ApplicantDetails of(String fullName, String citizenId, String email, String phone, String address) {
        String name = Text.clean(fullName);
        String id = Text.clean(citizenId);
        String mail = Text.clean(email);
        String tel = Text.normalisePhone(phone);
        String addr = Text.clean(address);
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || !Text.isPersonName(name)) {
            problems.add(new FieldProblem("applicantName", "registration.fullName.invalid"));
        }
        if (!CitizenId.isValid(id)) {
            problems.add(new FieldProblem("applicantCitizenId", "registration.citizenId.invalid"));
        }
        if (mail != null && !Text.isEmail(mail)) {
            problems.add(new FieldProblem("applicantEmail", "registration.email.invalid"));
        }
        if (tel != null && !Text.isPhone(tel)) {
            problems.add(new FieldProblem("applicantPhone", "registration.phone.invalid"));
        }
        if (addr != null && (addr.length() > 500 || Text.hasControlCharacters(addr))) {
            problems.add(new FieldProblem("applicantAddress", "dossier.address.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ApplicantDetails(name, id, mail == null ? null : mail.toLowerCase(Locale.ROOT), tel, addr);
    }

    public String getFullName() {
        return fullName;
    }

    public String getCitizenId() {
        return citizenId;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApplicantDetails other && citizenId.equals(other.citizenId) && fullName.equals(other.fullName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(citizenId, fullName);
    }
}
