package vn.camau.egov.catalog.application;

import vn.camau.egov.catalog.domain.Fee;
import vn.camau.egov.catalog.domain.FieldType;
import vn.camau.egov.catalog.domain.FormField;
import vn.camau.egov.catalog.domain.OnlineClass;
import vn.camau.egov.catalog.domain.ProcedureContent;
import vn.camau.egov.catalog.domain.ProcessStep;
import vn.camau.egov.catalog.domain.RequiredDocument;
import vn.camau.egov.catalog.domain.ServiceLevel;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.InvalidInputException.FieldProblem;
import vn.camau.egov.shared.domain.Text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A procedure as its editor holds it: text as typed, rows that may be incomplete. {@link #toContent}
 * turns it into a procedure's content or reports every problem at once, each under the input it
 * concerns ("fees:2:amount" is the third fee's amount), so the administrator fixes all in one go.
 */
public class ProcedureForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final java.util.Set<String> OWN_FIELDS = java.util.Set.of("name", "field", "level", "resultName", "legalBasis");

    private String name;
    private String fieldCode;
    private ServiceLevel level = ServiceLevel.LEVEL_3;
    private OnlineClass onlineClass;
    private String processingDays;
    private String resultName;
    private String legalBasis;
    private boolean priority1819;
    private final List<FeeRow> fees = new ArrayList<>();
    private final List<DocumentRow> documents = new ArrayList<>();
    private final List<FieldRow> formFields = new ArrayList<>();
    private final List<StepRow> steps = new ArrayList<>();

    /** A new procedure: the usual two steps, a specialist's review and the leader's approval. */
    public static ProcedureForm blank() {
        ProcedureForm form = new ProcedureForm();
        form.steps.add(new StepRow("Thẩm định hồ sơ", null, Role.SPECIALIST, null));
        form.steps.add(new StepRow("Phê duyệt kết quả", null, Role.LEADER, null));
        form.documents.add(new DocumentRow());
        return form;
    }

    /** The current version of a procedure, to edit into the next one. */
    public static ProcedureForm of(ProcedureDetail d) {
        ProcedureForm form = new ProcedureForm();
        form.name = d.name();
        form.fieldCode = d.fieldCode();
        form.level = d.level();
        form.onlineClass = d.onlineClass();
        form.processingDays = String.valueOf(d.processingDays());
        form.resultName = d.resultName();
        form.legalBasis = d.legalBasis();
        form.priority1819 = d.priority1819();
        d.fees().forEach(f -> form.fees.add(new FeeRow(f.getName(), String.valueOf(f.getAmount()))));
        d.documents().forEach(doc -> {
            DocumentRow row = new DocumentRow();
            row.name = doc.getName();
            row.mandatory = doc.isMandatory();
            row.copies = String.valueOf(doc.getCopies());
            row.templateFileId = doc.getTemplateFileId();
            form.documents.add(row);
        });
        d.formFields().forEach(f -> {
            FieldRow row = new FieldRow();
            row.key = f.getKey();
            row.label = f.getLabel();
            row.type = f.getType();
            row.required = f.isRequired();
            row.options = String.join("\n", f.getOptions());
            form.formFields.add(row);
        });
        d.steps().forEach(s -> form.steps.add(new StepRow(s.getName(), s.getUnitCode(), s.getRole(),
                String.valueOf(s.getBudgetDays()))));
        return form;
    }

    /**
     * @throws InvalidInputException with every problem of the rows and of the whole
     */
    public ProcedureContent toContent() {
        return toContent(java.util.Map.of());
    }

    /**
     * The content with the templates just stored for some document rows (by row index); the form
     * itself is left as it is, so a save that fails later leaves the editor as the person left it.
     */
    public ProcedureContent toContent(java.util.Map<Integer, Long> storedTemplates) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Fee> fs = new ArrayList<>();
        for (int i = 0; i < fees.size(); i++) {
            FeeRow r = fees.get(i);
            String n = Text.clean(r.name);
            Long amount = number(r.amount);
            if (n == null && amount == null) {
                continue; // a row left empty
            }
            if (n == null) {
                problems.add(new FieldProblem("fees:" + i + ":name", "procedure.fee.name.required", i + 1));
            }
            if (amount == null || amount < 0) {
                problems.add(new FieldProblem("fees:" + i + ":amount", "procedure.fee.amount.invalid", i + 1));
            }
            if (n != null && amount != null && amount >= 0) {
                fs.add(new Fee(n, amount));
            }
        }
        List<RequiredDocument> ds = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            DocumentRow r = documents.get(i);
            String n = Text.clean(r.name);
            if (n == null) {
                if (r.templateFileId != null || r.template != null) {
                    problems.add(new FieldProblem("documents:" + i + ":name", "procedure.document.name.required", i + 1));
                }
                continue;
            }
            Long copies = number(r.copies == null || r.copies.isBlank() ? "1" : r.copies);
            if (copies == null || copies < 1 || copies > 99) {
                problems.add(new FieldProblem("documents:" + i + ":copies", "procedure.document.copies.invalid", i + 1));
            } else {
                ds.add(new RequiredDocument(n, r.mandatory, copies.intValue(),
                        storedTemplates.getOrDefault(i, r.templateFileId)));
            }
        }
        List<FormField> ffs = new ArrayList<>();
        for (int i = 0; i < formFields.size(); i++) {
            FieldRow r = formFields.get(i);
            String key = Text.clean(r.key);
            String label = Text.clean(r.label);
            if (key == null && label == null) {
                continue;
            }
            List<String> options = r.options == null ? List.of()
                    : Arrays.stream(r.options.split("\\R")).map(Text::clean).filter(o -> o != null).toList();
            boolean ok = true;
            if (!FormField.isValidKey(key)) {
                problems.add(new FieldProblem("formFields:" + i + ":key", "procedure.formField.key.invalid", i + 1));
                ok = false;
            }
            if (label == null) {
                problems.add(new FieldProblem("formFields:" + i + ":label", "procedure.formField.label.required", i + 1));
                ok = false;
            }
            if (r.type == FieldType.CHOICE && options.isEmpty()) {
                problems.add(new FieldProblem("formFields:" + i + ":options", "procedure.formField.options.required", i + 1));
                ok = false;
            }
            if (ok) {
                ffs.add(new FormField(key, label, r.type == null ? FieldType.TEXT : r.type, r.required,
                        r.type == FieldType.CHOICE ? options : null));
            }
        }
        List<ProcessStep> ss = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            StepRow r = steps.get(i);
            String n = Text.clean(r.name);
            Long days = number(r.days);
            if (n == null && days == null) {
                continue;
            }
            boolean ok = true;
            if (n == null) {
                problems.add(new FieldProblem("steps:" + i + ":name", "procedure.step.name.required", i + 1));
                ok = false;
            }
            if (days == null || days < 0 || days > ProcedureContent.MAX_DAYS) {
                problems.add(new FieldProblem("steps:" + i + ":days", "procedure.step.days.invalid", i + 1));
                ok = false;
            }
            if (r.role == null || !r.role.isOfficialRole()) {
                problems.add(new FieldProblem("steps:" + i + ":role", "procedure.step.role.invalid", i + 1));
                ok = false;
            }
            if (ok) {
                ss.add(new ProcessStep(n, r.unitCode, r.role, days.intValue()));
            }
        }
        Long total = number(processingDays);
        boolean totalRight = total != null && total >= 0 && total <= ProcedureContent.MAX_DAYS;
        if (!totalRight) {
            problems.add(new FieldProblem("processingDays", "procedure.processingDays.invalid", ProcedureContent.MAX_DAYS));
        }
        ProcedureContent content = new ProcedureContent(name, fieldCode, level, onlineClass,
                totalRight ? total.intValue() : 0, resultName, legalBasis, priority1819, fs, ds, ffs, ss);
        boolean rowsRight = problems.isEmpty();
        try {
            content = content.validated();
        } catch (InvalidInputException e) {
            // with rows still wrong, a check of the whole (the steps' total, the online content)
            // would only repeat them: then only the procedure's own fields are added
            e.problems().stream().filter(p -> rowsRight || OWN_FIELDS.contains(p.field())).forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return content;
    }

    private static Long number(String text) {
        String t = text == null ? "" : text.replace(".", "").replace(",", "").replace(" ", "").strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    public void addFee() {
        fees.add(new FeeRow(null, null));
    }

    public void addDocument() {
        documents.add(new DocumentRow());
    }

    public void addFormField() {
        formFields.add(new FieldRow());
    }

    public void addStep() {
        steps.add(new StepRow(null, null, Role.SPECIALIST, null));
    }

    // --- rows --------------------------------------------------------------------------------

    public static class FeeRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String amount;

        public FeeRow(String name, String amount) {
            this.name = name;
            this.amount = amount;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getAmount() { return amount; }
        public void setAmount(String amount) { this.amount = amount; }
    }

    public static class DocumentRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private boolean mandatory = true;
        private String copies = "1";
        private Long templateFileId;
        /** A new template chosen in the editor, stored when the procedure is saved. */
        private vn.camau.egov.shared.application.Upload template;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public boolean isMandatory() { return mandatory; }
        public void setMandatory(boolean mandatory) { this.mandatory = mandatory; }
        public String getCopies() { return copies; }
        public void setCopies(String copies) { this.copies = copies; }
        public Long getTemplateFileId() { return templateFileId; }
        public void setTemplateFileId(Long templateFileId) { this.templateFileId = templateFileId; }
        public vn.camau.egov.shared.application.Upload getTemplate() { return template; }
        public void setTemplate(vn.camau.egov.shared.application.Upload template) { this.template = template; }
    }

    public static class FieldRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String key;
        private String label;
        private FieldType type = FieldType.TEXT;
        private boolean required = true;
        private String options;

        public String getKey() { return key; }
        public void setKey(String key) { this.key = key; }
        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public FieldType getType() { return type; }
        public void setType(FieldType type) { this.type = type; }
        public boolean isRequired() { return required; }
        public void setRequired(boolean required) { this.required = required; }
        public String getOptions() { return options; }
        public void setOptions(String options) { this.options = options; }
    }

    public static class StepRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String unitCode;
        private Role role;
        private String days;

        public StepRow(String name, String unitCode, Role role, String days) {
            this.name = name;
            this.unitCode = unitCode;
            this.role = role;
            this.days = days;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getUnitCode() { return unitCode; }
        public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
        public Role getRole() { return role; }
        public void setRole(Role role) { this.role = role; }
        public String getDays() { return days; }
        public void setDays(String days) { this.days = days; }
    }

    // --- the whole ---------------------------------------------------------------------------

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getFieldCode() { return fieldCode; }
    public void setFieldCode(String fieldCode) { this.fieldCode = fieldCode; }
    public ServiceLevel getLevel() { return level; }
    public void setLevel(ServiceLevel level) { this.level = level; }
    public OnlineClass getOnlineClass() { return onlineClass; }
    public void setOnlineClass(OnlineClass onlineClass) { this.onlineClass = onlineClass; }
    public String getProcessingDays() { return processingDays; }
    public void setProcessingDays(String processingDays) { this.processingDays = processingDays; }
    public String getResultName() { return resultName; }
    public void setResultName(String resultName) { this.resultName = resultName; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public boolean isPriority1819() { return priority1819; }
    public void setPriority1819(boolean priority1819) { this.priority1819 = priority1819; }
    public List<FeeRow> getFees() { return fees; }
    public List<DocumentRow> getDocuments() { return documents; }
    public List<FieldRow> getFormFields() { return formFields; }
    public List<StepRow> getSteps() { return steps; }
}
