package vn.camau.egov.catalog.application;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.camau.egov.catalog.domain.Fee;
import vn.camau.egov.catalog.domain.FieldType;
import vn.camau.egov.catalog.domain.FormField;
import vn.camau.egov.catalog.domain.ProcedureContent;
import vn.camau.egov.catalog.domain.ProcessStep;
import vn.camau.egov.catalog.domain.RequiredDocument;
import vn.camau.egov.catalog.domain.ServiceLevel;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.it.AsProvinceAdmin;
import vn.camau.egov.it.Deployments;
import vn.camau.egov.it.Fixtures;
import vn.camau.egov.organization.application.UnitView;
import vn.camau.egov.shared.application.Upload;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.InvalidInputException.FieldProblem;
import vn.camau.egov.shared.domain.PageRequest;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The catalogue: upkeep in versions, search without diacritics, filters, paging, templates, access. */
@ExtendWith(ArquillianExtension.class)
class CatalogServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    private CatalogService catalog;

    @Inject
    private Fixtures fixtures;

    @EJB
    private AsProvinceAdmin admin;

    private UnitView unit;
    private String field;

    @BeforeEach
    void unitAndField() throws Exception {
        unit = fixtures.newUnit();
        field = "F_" + ThreadLocalRandom.current().nextInt(1_000_000);
        admin.call(() -> catalog.createField(field, "Lĩnh vực thử " + field, null));
    }

    private static String code() {
        return String.format("2.%06d.000.00.00.H12", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    private ProcedureContent content(String name, ServiceLevel level) {
        return new ProcedureContent(name, field, level, null, 15, "Giấy phép", "Luật Xây dựng", true,
                List.of(new Fee("Lệ phí", 150_000)), List.of(new RequiredDocument("Đơn đề nghị", true, 1, null)),
                List.of(new FormField("diaDiem", "Địa điểm", FieldType.ADDRESS, true, null)),
                List.of(new ProcessStep("Thẩm định", null, Role.SPECIALIST, 10),
                        new ProcessStep("Phê duyệt", null, Role.LEADER, 3)));
    }

    @Test
    void aSearchWithoutDiacriticsFindsTheProcedure() throws Exception {
        String code = code();
        admin.call(() -> catalog.create(unit.code(), code, content("Cấp giấy phép xây dựng nhà ở riêng lẻ", ServiceLevel.LEVEL_3)));

        var found = catalog.search(new CatalogQuery("cap giay phep XAY DUNG", unit.code(), null, null), PageRequest.first(20));
        assertThat(found.items()).extracting(ProcedureSummary::code).containsExactly(code);
        assertThat(found.items().get(0).name()).isEqualTo("Cấp giấy phép xây dựng nhà ở riêng lẻ");
        assertThat(found.items().get(0).totalFees()).isEqualTo(150_000);
        assertThat(catalog.search(new CatalogQuery("xây dựng riêng lẻ", unit.code(), null, null), PageRequest.first(20)).total())
                .isEqualTo(1);
        assertThat(catalog.search(new CatalogQuery("khai sinh", unit.code(), null, null), PageRequest.first(20)).total()).isZero();
        assertThat(catalog.search(new CatalogQuery(code, null, null, null), PageRequest.first(20)).total()).isEqualTo(1);
    }

    @Test
    void filtersAndPagesCombine() throws Exception {
        for (int i = 0; i < 5; i++) {
            String name = "Thủ tục lọc " + i;
            ServiceLevel level = i < 3 ? ServiceLevel.LEVEL_4 : ServiceLevel.LEVEL_2;
            admin.call(() -> catalog.create(unit.code(), code(), content(name, level)));
        }
        var level4 = catalog.search(new CatalogQuery(null, unit.code(), field, ServiceLevel.LEVEL_4), new PageRequest(0, 2));
        assertThat(level4.total()).isEqualTo(3);
        assertThat(level4.items()).hasSize(2);
        assertThat(level4.pageCount()).isEqualTo(2);
        assertThat(catalog.search(new CatalogQuery(null, unit.code(), field, ServiceLevel.LEVEL_4), new PageRequest(1, 2)).items())
                .hasSize(1);
        assertThat(catalog.search(new CatalogQuery(null, unit.code(), null, ServiceLevel.LEVEL_2), PageRequest.first(20)).total())
                .isEqualTo(2);
    }

    @Test
    void aRevisionMakesANewVersionAndKeepsTheOld() throws Exception {
        String code = code();
        ProcedureDetail first = admin.call(() -> catalog.create(unit.code(), code, content("Thủ tục có phiên bản", ServiceLevel.LEVEL_3)));
        ProcedureContent changed = new ProcedureContent("Thủ tục có phiên bản (sửa đổi)", field, ServiceLevel.LEVEL_4,
                null, 10, "Giấy phép", null, false, List.of(new Fee("Lệ phí mới", 200_000)), first.documents(),
                first.formFields(), List.of(new ProcessStep("Thẩm định", null, Role.SPECIALIST, 8)));
        ProcedureDetail second = admin.call(() -> catalog.revise(code, changed));

        assertThat(second.versionNumber()).isEqualTo(2);
        assertThat(second.versionId()).isNotEqualTo(first.versionId());
        assertThat(catalog.procedure(code).orElseThrow().level()).isEqualTo(ServiceLevel.LEVEL_4);
        assertThat(catalog.procedure(code).orElseThrow().totalFees()).isEqualTo(200_000);
        assertThat(catalog.currentVersion(code).getId()).isEqualTo(second.versionId());
    }

    @Test
    void aWithdrawnProcedureLeavesTheCatalogue() throws Exception {
        String code = code();
        admin.call(() -> catalog.create(unit.code(), code, content("Thủ tục sẽ ngừng", ServiceLevel.LEVEL_3)));
        admin.call(() -> {
            catalog.setActive(code, false);
            return null;
        });
        assertThat(catalog.search(new CatalogQuery(code, null, null, null), PageRequest.first(5)).total()).isZero();
        assertThat(catalog.procedure(code).orElseThrow().acceptsOnlineSubmission()).isFalse();
    }

    @Test
    void badContentIsRefusedFieldByField() {
        ProcedureContent bad = new ProcedureContent(" ", "NO_SUCH_FIELD", ServiceLevel.LEVEL_3, null, 2, null, null, false,
                List.of(), List.of(), List.of(), List.of(new ProcessStep("Thẩm định", null, Role.SPECIALIST, 5)));
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> admin.call(() -> catalog.create(unit.code(), "not-a-code", bad)));
        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("code");
        e = catchThrowableOfType(InvalidInputException.class, () -> admin.call(() -> catalog.create(unit.code(), code(), bad)));
        assertThat(e.problems()).extracting(FieldProblem::messageKey)
                .containsExactly("procedure.name.invalid", "procedure.steps.overBudget", "procedure.online.needsContent");
    }

    @Test
    void onlyAdministratorsKeepTheCatalogue() {
        assertThatThrownBy(() -> catalog.create(unit.code(), code(), content("x", ServiceLevel.LEVEL_3)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> catalog.uploadTemplate(new Upload("t.pdf", "%PDF-1.4".getBytes())))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aTemplateIsOfferedOnlyOnceAProcedureUsesIt() throws Exception {
        long template = admin.call(() -> catalog.uploadTemplate(new Upload("Đơn đề nghị.pdf", "%PDF-1.4 mẫu".getBytes())));
        assertThat(catalog.template(template)).isEmpty();
        ProcedureContent withTemplate = new ProcedureContent("Thủ tục có mẫu đơn", field, ServiceLevel.LEVEL_3, null, 5,
                null, null, false, List.of(), List.of(new RequiredDocument("Đơn đề nghị", true, 1, template)), List.of(),
                List.of(new ProcessStep("Thẩm định", null, Role.SPECIALIST, 5)));
        admin.call(() -> catalog.create(unit.code(), code(), withTemplate));
        assertThat(catalog.template(template)).hasValueSatisfying(f -> assertThat(f.name()).isEqualTo("Đơn đề nghị.pdf"));

        InvalidInputException notAPdf = catchThrowableOfType(InvalidInputException.class,
                () -> admin.call(() -> catalog.uploadTemplate(new Upload("virus.pdf", new byte[] {'M', 'Z', 1, 2}))));
        assertThat(notAPdf.problems()).extracting(FieldProblem::messageKey).containsExactly("file.kindNotAllowed");
    }

    @Test
    void theEditorsFormSavesWithItsTemplatesOrLeavesEverythingAsItWas() throws Exception {
        String taken = code();
        admin.call(() -> catalog.create(unit.code(), taken, content("Thủ tục đã có", ServiceLevel.LEVEL_2)));

        ProcedureForm form = ProcedureForm.blank();
        form.setName("Thủ tục soạn trên trang");
        form.setFieldCode(field);
        form.setProcessingDays("5");
        form.getDocuments().get(0).setName("Tờ khai");
        form.getDocuments().get(0).setTemplate(new Upload("to-khai.docx", DOCX));
        form.getSteps().get(0).setDays("3");
        form.getSteps().get(1).setDays("2");

        // refused for its code after the template was stored: the template goes with the rollback,
        // and the form is as it was, ready for the next try
        InvalidInputException takenCode = catchThrowableOfType(InvalidInputException.class,
                () -> admin.call(() -> catalog.create(unit.code(), taken, form)));
        assertThat(takenCode.problems()).extracting(FieldProblem::messageKey).containsExactly("procedure.code.taken");
        assertThat(form.getDocuments().get(0).getTemplateFileId()).isNull();
        assertThat(form.getDocuments().get(0).getTemplate()).isNotNull();

        // a template that is not a PDF or a DOCX is named at its row, with the form's other problems
        form.getDocuments().get(0).setTemplate(new Upload("anh.png", PNG));
        form.setName("");
        InvalidInputException badTemplate = catchThrowableOfType(InvalidInputException.class,
                () -> admin.call(() -> catalog.create(unit.code(), code(), form)));
        assertThat(badTemplate.problems()).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("documents:0:template", "name");

        form.setName("Thủ tục soạn trên trang");
        form.getDocuments().get(0).setTemplate(new Upload("to-khai.docx", DOCX));
        String fresh = code();
        ProcedureDetail saved = admin.call(() -> catalog.create(unit.code(), fresh, form));
        Long template = saved.documents().get(0).getTemplateFileId();
        assertThat(catalog.template(template)).hasValueSatisfying(f -> assertThat(f.name()).isEqualTo("to-khai.docx"));

        // the next version from the editor keeps the template and changes the time
        ProcedureForm next = ProcedureForm.of(saved);
        next.setProcessingDays("8");
        ProcedureDetail revised = admin.call(() -> catalog.revise(fresh, next));
        assertThat(revised.versionNumber()).isEqualTo(2);
        assertThat(revised.processingDays()).isEqualTo(8);
        assertThat(revised.documents().get(0).getTemplateFileId()).isEqualTo(template);
    }

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
    private static final byte[] DOCX = docx();

    private static byte[] docx() {
        try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes());
            zip.finish();
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
