package vn.camau.egov.dossier.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import vn.camau.egov.dossier.application.DossierService;
import vn.camau.egov.dossier.application.ResultVerification;
import vn.camau.egov.shared.application.Upload;
import vn.camau.egov.shared.web.Uploads;

import java.util.List;

/**
 * The public verification page (verify.xhtml?code=..., where the QR code on a result leads):
 * which unit issued the dossier's electronic result and when, and a check of a file someone holds.
 * Stateless, like every public page: the code travels in the form. The key from the result's QR
 * code (or the genuine file itself) opens the full view: the procedure, the signature, the file's
 * fingerprint.
 */
@Named
@RequestScoped
public class Verification {

    @Inject
    private DossierService dossiers;

    @Inject
    private FacesContext faces;

    private String code;
    private String key;
    private transient Part file;
    private ResultVerification.Checked check;
    private boolean fileMissing;
    private ResultVerification result;

    @PostConstruct
    void read() {
        // a GET carries "code"; the file check's post carries the form's own field, read here too
        // because the form is only there (and processed) when the code finds a result
        java.util.Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        String asked = parameters.getOrDefault("code", parameters.get("check:code"));
        code = asked == null ? null : asked.strip();
        key = parameters.get("key");
    }

    public void check() {
        List<Upload> uploads = Uploads.of(file == null ? List.of() : List.of(file));
        if (uploads.isEmpty()) {
            fileMissing = true;
            return;
        }
        check = dossiers.checkResultFile(code, uploads.get(0));
        if (check.details() != null) {
            result = check.details();
        }
    }

    public boolean isAsked() {
        return code != null && !code.isEmpty() && code.length() <= 64;
    }

    public ResultVerification getResult() {
        if (result == null && isAsked()) {
            result = dossiers.verification(code, key).orElse(null);
        }
        return result;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
        this.result = null;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ResultVerification.FileCheck getCheck() {
        return check == null ? null : check.verdict();
    }

    public boolean isFileMissing() {
        return fileMissing;
    }
}
