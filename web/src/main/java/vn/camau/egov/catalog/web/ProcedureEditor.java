package vn.camau.egov.catalog.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import vn.camau.egov.catalog.application.CatalogService;
import vn.camau.egov.catalog.application.FieldView;
import vn.camau.egov.catalog.application.ProcedureDetail;
import vn.camau.egov.catalog.application.ProcedureForm;
import vn.camau.egov.catalog.domain.FieldType;
import vn.camau.egov.catalog.domain.OnlineClass;
import vn.camau.egov.catalog.domain.ServiceLevel;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.organization.application.OrganizationService;
import vn.camau.egov.organization.application.UnitView;
import vn.camau.egov.shared.application.Upload;
import vn.camau.egov.shared.domain.BusinessException;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.web.Messages;
import vn.camau.egov.shared.web.Uploads;

import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit administrator's editor for one procedure (workspace/procedure-edit.xhtml?code=... to
 * revise, ?unit=... for a new one): the whole procedure with its fees, documents and templates,
 * form fields and internal process, as rows to add and remove. Saving a procedure that exists makes
 * its next version; dossiers already submitted keep the version they were submitted under.
 */
@Named
@ViewScoped
public class ProcedureEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogService catalog;

    @Inject
    private OrganizationService organization;

    @Inject
    private FacesContext faces;

    private String code;
    private String unitCode;
    private boolean existing;
    private boolean active = true;
    private int versionNumber;
    private ProcedureForm form;
    private Map<String, String> errors = new LinkedHashMap<>();
    private transient Map<Integer, Part> templates = new HashMap<>();

    @PostConstruct
    void load() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        String asked = params.get("code");
        ProcedureDetail detail = asked == null ? null : catalog.procedure(asked).orElse(null);
        if (detail != null) {
            existing = true;
            code = detail.code();
            unitCode = detail.unitCode();
            active = detail.active();
            versionNumber = detail.versionNumber();
            form = ProcedureForm.of(detail);
        } else {
            unitCode = params.getOrDefault("unit",
                    organization.currentOfficial().map(o -> o.unit().code()).orElse(null));
            form = ProcedureForm.blank();
        }
    }

    public void save() {
        errors = new LinkedHashMap<>();
        List<ProcedureForm.DocumentRow> rows = form.getDocuments();
        for (Map.Entry<Integer, Part> t : templates().entrySet()) {
            List<Upload> uploads = Uploads.of(t.getValue() == null ? List.of() : List.of(t.getValue()));
            if (t.getKey() < rows.size() && !uploads.isEmpty()) {
                rows.get(t.getKey()).setTemplate(uploads.get(0));
            }
        }
        try {
            ProcedureDetail saved = existing ? catalog.revise(code, form) : catalog.create(unitCode, code, form);
            existing = true;
            code = saved.code();
            versionNumber = saved.versionNumber();
            form = ProcedureForm.of(saved);
            Messages.info("procedureEditor.saved", saved.versionNumber());
        } catch (InvalidInputException e) {
            errors = Messages.byField(e);
            rows.forEach(r -> r.setTemplate(null));
        } catch (BusinessException e) {
            Messages.show(e, "editor");
            rows.forEach(r -> r.setTemplate(null));
        }
        templates().clear();
    }

    public void toggleActive() {
        try {
            catalog.setActive(code, !active);
            active = !active;
            Messages.info(active ? "procedureEditor.reinstated" : "procedureEditor.withdrawn");
        } catch (BusinessException e) {
            Messages.show(e, "editor");
        }
    }

    public void addFee() {
        form.addFee();
    }

    public void removeFee(int index) {
        form.getFees().remove(index);
    }

    public void addDocument() {
        form.addDocument();
    }

    public void removeDocument(int index) {
        form.getDocuments().remove(index);
        templates().clear();
    }

    public void addFormField() {
        form.addFormField();
    }

    public void removeFormField(int index) {
        form.getFormFields().remove(index);
    }

    public void addStep() {
        form.addStep();
    }

    public void removeStep(int index) {
        form.getSteps().remove(index);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<FieldView> getFields() {
        return catalog.fields();
    }

    public List<UnitView> getUnits() {
        return organization.units();
    }

    public ServiceLevel[] getLevels() {
        return ServiceLevel.values();
    }

    public OnlineClass[] getOnlineClasses() {
        return OnlineClass.values();
    }

    public FieldType[] getFieldTypes() {
        return FieldType.values();
    }

    public List<Role> getStepRoles() {
        return List.of(Role.RECEPTION, Role.SPECIALIST, Role.LEADER, Role.CLERK);
    }

    /** The template file inputs, by document row. */
    public Map<Integer, Part> getTemplates() {
        return templates();
    }

    private Map<Integer, Part> templates() {
        if (templates == null) {
            templates = new HashMap<>(); // after the view was serialised
        }
        return templates;
    }

    public ProcedureForm getForm() {
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public boolean isExisting() {
        return existing;
    }

    public boolean isActive() {
        return active;
    }

    public int getVersionNumber() {
        return versionNumber;
    }
}
