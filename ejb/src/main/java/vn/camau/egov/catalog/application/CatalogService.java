package vn.camau.egov.catalog.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import vn.camau.egov.catalog.domain.Field;
import vn.camau.egov.catalog.domain.Procedure;
import vn.camau.egov.catalog.domain.ProcedureCode;
import vn.camau.egov.catalog.domain.ProcedureContent;
import vn.camau.egov.catalog.domain.ProcedureVersion;
import vn.camau.egov.catalog.domain.RequiredDocument;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.organization.application.OrganizationService;
import vn.camau.egov.organization.domain.UnitRepository;
import vn.camau.egov.shared.application.AuditTrail;
import vn.camau.egov.shared.application.FileContent;
import vn.camau.egov.shared.application.FileStore;
import vn.camau.egov.shared.application.Settings;
import vn.camau.egov.shared.application.Upload;
import vn.camau.egov.shared.application.UploadCheck;
import vn.camau.egov.shared.domain.FileKind;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.InvalidInputException.FieldProblem;
import vn.camau.egov.shared.domain.NotFoundException;
import vn.camau.egov.shared.domain.Page;
import vn.camau.egov.shared.domain.PageRequest;
import vn.camau.egov.shared.domain.SearchText;
import vn.camau.egov.shared.domain.StoredFile;
import vn.camau.egov.shared.domain.Text;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The procedure catalogue. Anyone searches it and reads a procedure; a unit's administrators keep
 * their unit's procedures (provincial administrators any unit's). A change makes a new version.
 */
@Stateless
public class CatalogService {

    public static final String PROCEDURE = "procedure";

    @Inject
    private CatalogPublication publication;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UnitRepository units;

    @Inject
    private OrganizationService organization;

    @Inject
    private FileStore files;

    @Inject
    private Settings settings;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** Active procedures matching every word of the text (diacritics ignored) and the filters; a page at a time. */
    @PermitAll
    // a public read needs no transaction of its own (it joins a caller's), which would cost two more
    // round trips to the database (the XA branch's start and its commit): README, "Performance"
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<ProcedureSummary> search(CatalogQuery query, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE p.active = TRUE");
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> words = SearchText.words(query.text() == null ? null
                : query.text().substring(0, Math.min(query.text().length(), 200)));
        for (int i = 0; i < words.size(); i++) {
            where.append(" AND p.searchText LIKE :w").append(i);
            parameters.put("w" + i, "%" + words.get(i) + "%");
        }
        if (Text.clean(query.unitCode()) != null) {
            where.append(" AND p.unit.code = :unit");
            parameters.put("unit", query.unitCode());
        }
        if (Text.clean(query.fieldCode()) != null) {
            where.append(" AND p.field.code = :field");
            parameters.put("field", query.fieldCode());
        }
        if (query.level() != null) {
            where.append(" AND p.level = :level");
            parameters.put("level", query.level());
        }
        TypedQuery<Procedure> select = em.createQuery("SELECT p FROM Procedure p JOIN FETCH p.unit JOIN FETCH p.field"
                + where + " ORDER BY p.name, p.id", Procedure.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM Procedure p" + where, Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<ProcedureSummary> items = select.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(ProcedureSummary::of).toList();
        return new Page<>(items, count.getSingleResult(), page);
    }

    /** A procedure's current version, active or withdrawn. */
    @PermitAll
    public Optional<ProcedureDetail> procedure(String code) {
        return find(code).map(p -> ProcedureDetail.of(p.getCurrent()));
    }

    @PermitAll
    // a public read needs no transaction of its own (it joins a caller's), which would cost two more
    // round trips to the database (the XA branch's start and its commit): README, "Performance"
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FieldView> fields() {
        return em.createNamedQuery("Field.findAll", Field.class).setMaxResults(1000).getResultStream()
                .map(FieldView::of).toList();
    }

    /** A form template, if some procedure's current version offers it for download. */
    @PermitAll
    public Optional<FileContent> template(long fileId) {
        Long offered = em.createQuery("SELECT COUNT(p) FROM Procedure p JOIN p.current v JOIN v.documents d "
                + "WHERE d.templateFileId = :id", Long.class).setParameter("id", fileId).getSingleResult();
        return offered > 0 ? files.find(fileId).map(FileContent::of) : Optional.empty();
    }

    /** The entity of the current version, for a dossier to point at. Only the dossier service calls this. */
    @PermitAll
    public ProcedureVersion currentVersion(String code) {
        Procedure procedure = find(code).orElseThrow(() -> new NotFoundException(PROCEDURE, code));
        return procedure.getCurrent();
    }

    @RolesAllowed({Roles.UNIT_ADMIN, Roles.PROVINCE_ADMIN})
    public Page<ProcedureSummary> unitProcedures(String unitCode, PageRequest page) {
        organization.administeredUnit(unitCode);
        List<Procedure> found = em.createQuery("SELECT p FROM Procedure p JOIN FETCH p.unit JOIN FETCH p.field "
                        + "WHERE p.unit.code = :unit ORDER BY p.name, p.id", Procedure.class)
                .setParameter("unit", unitCode).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("SELECT COUNT(p) FROM Procedure p WHERE p.unit.code = :unit", Long.class)
                .setParameter("unit", unitCode).getSingleResult();
        return new Page<>(found.stream().map(ProcedureSummary::of).toList(), total, page);
    }

    @RolesAllowed({Roles.UNIT_ADMIN, Roles.PROVINCE_ADMIN})
    public ProcedureDetail create(String unitCode, String code, ProcedureContent content) {
        organization.administeredUnit(unitCode);
        String c = Text.clean(code);
        if (!ProcedureCode.isValid(c)) {
            throw new InvalidInputException("code", "procedure.code.invalid");
        }
        if (find(c).isPresent()) {
            throw new InvalidInputException("code", "procedure.code.taken");
        }
        ProcedureContent valid = checked(content);
        Field field = field(valid);
        Procedure procedure = new Procedure(new ProcedureCode(c), units.findByCode(unitCode).orElseThrow(), valid, field);
        em.persist(procedure);
        // the procedure and its versions point at each other: the procedure's row goes in first
        em.flush();
        ProcedureVersion version = procedure.revise(valid, field, Instant.now(clock), caller());
        em.persist(version);
        audit.record("PROCEDURE_CREATED", PROCEDURE, c, valid.name());
        publication.changed(procedure);
        return ProcedureDetail.of(version);
    }

    /** A new version of a procedure; dossiers already submitted keep theirs. */
    @RolesAllowed({Roles.UNIT_ADMIN, Roles.PROVINCE_ADMIN})
    public ProcedureDetail revise(String code, ProcedureContent content) {
        Procedure procedure = administered(code);
        ProcedureContent valid = checked(content);
        Field field = field(valid);
        ProcedureVersion version = procedure.revise(valid, field, Instant.now(clock), caller());
        em.persist(version);
        audit.record("PROCEDURE_REVISED", PROCEDURE, code, "version " + version.getNumber());
        publication.changed(procedure);
        return ProcedureDetail.of(version);
    }

    /**
     * A new procedure from its editor, with the templates chosen for its documents: every problem
     * reported at once, and the procedure and its templates stored together or not at all.
     */
    @RolesAllowed({Roles.UNIT_ADMIN, Roles.PROVINCE_ADMIN})
    public ProcedureDetail create(String unitCode, String code, ProcedureForm form) {
        organization.administeredUnit(unitCode);
        return create(unitCode, code, withTemplates(form));
    }

    /** The next version of a procedure from its editor; see {@link #create(String, String, ProcedureForm)}. */
    @RolesAllowed({Roles.UNIT_ADMIN, Roles.PROVINCE_ADMIN})
    public ProcedureDetail revise(String code, ProcedureForm form) {
        administered(code);
        return revise(code, withTemplates(form));
    }

    /**
     * The form's content, its new templates stored (PDF or DOCX by content) and referenced. The
     * form is not changed: it is the caller's own object, and the transaction may still roll back.
     */
    private ProcedureContent withTemplates(ProcedureForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        List<ProcedureForm.DocumentRow> rows = form.getDocuments();
        for (int i = 0; i < rows.size(); i++) {
            Upload template = rows.get(i).getTemplate();
            if (template != null) {
                String field = "documents:" + i + ":template";
                UploadCheck.check(field, template, settings.maxFileBytes(), problems)
                        .filter(kind -> kind != FileKind.PDF && kind != FileKind.DOCX)
                        .ifPresent(kind -> problems.add(new FieldProblem(field, "procedure.document.template.kind", template.name())));
            }
        }
        try {
            form.toContent();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<Integer, Long> stored = new java.util.HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getTemplate() != null) {
                stored.put(i, uploadTemplate(rows.get(i).getTemplate()));
            }
        }
        return form.toContent(stored);
    }

    /** Takes a procedure out of the public catalogue and out of submission (or back in). */
    @RolesAllowed({Roles.UNIT_ADMIN, Roles.PROVINCE_ADMIN})
    public void setActive(String code, boolean active) {
        Procedure procedure = administered(code);
        if (active) {
            procedure.reinstate();
        } else {
            procedure.withdraw();
        }
        audit.record(active ? "PROCEDURE_REINSTATED" : "PROCEDURE_WITHDRAWN", PROCEDURE, code, null);
        publication.changed(procedure);
    }

    /** Stores a form template (PDF or DOCX) for a required document; returns its id. */
    @RolesAllowed({Roles.UNIT_ADMIN, Roles.PROVINCE_ADMIN})
    public long uploadTemplate(Upload upload) {
        StoredFile file = files.store("template", upload);
        audit.record("TEMPLATE_UPLOADED", "file", file.getId(), file.getName());
        return file.getId();
    }

    @RolesAllowed(Roles.PROVINCE_ADMIN)
    public FieldView createField(String code, String name, String nameEn) {
        String c = Text.clean(code);
        String n = Text.clean(name);
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        if (c == null || !c.matches("[A-Z0-9_]{2,32}")) {
            problems.add(new InvalidInputException.FieldProblem("fieldCode", "field.code.invalid"));
        } else if (findField(c).isPresent()) {
            problems.add(new InvalidInputException.FieldProblem("fieldCode", "field.code.taken"));
        }
        if (n == null || n.length() > 255) {
            problems.add(new InvalidInputException.FieldProblem("fieldName", "field.name.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Field field = new Field(c, n, Text.clean(nameEn));
        em.persist(field);
        audit.record("FIELD_CREATED", "field", c, n);
        return FieldView.of(field);
    }

    private ProcedureContent checked(ProcedureContent content) {
        ProcedureContent valid = content.validated();
        for (var step : valid.steps()) {
            if (step.getUnitCode() != null && units.findByCode(step.getUnitCode()).isEmpty()) {
                throw new InvalidInputException("steps", "procedure.steps.unknownUnit", step.getUnitCode());
            }
        }
        for (RequiredDocument d : valid.documents()) {
            if (d.getTemplateFileId() != null && files.find(d.getTemplateFileId()).isEmpty()) {
                throw new InvalidInputException("documents", "procedure.documents.unknownTemplate", d.getName());
            }
        }
        return valid;
    }

    private Field field(ProcedureContent content) {
        return findField(content.fieldCode())
                .orElseThrow(() -> new InvalidInputException("field", "procedure.field.unknown", content.fieldCode()));
    }

    private Optional<Field> findField(String code) {
        return em.createNamedQuery("Field.findByCode", Field.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    private Procedure administered(String code) {
        Procedure procedure = find(code).orElseThrow(() -> new NotFoundException(PROCEDURE, code));
        organization.administeredUnit(procedure.getUnit().getCode());
        return procedure;
    }

    private Optional<Procedure> find(String code) {
        if (!ProcedureCode.isValid(code)) {
            return Optional.empty();
        }
        return em.createNamedQuery("Procedure.findByCode", Procedure.class)
                .setParameter("code", new ProcedureCode(code)).getResultStream().findFirst();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
