package vn.camau.egov.it;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.camau.egov.catalog.application.CatalogService;
import vn.camau.egov.catalog.domain.Fee;
import vn.camau.egov.catalog.domain.FieldType;
import vn.camau.egov.catalog.domain.FormField;
import vn.camau.egov.catalog.domain.ProcedureContent;
import vn.camau.egov.catalog.domain.ProcessStep;
import vn.camau.egov.catalog.domain.RequiredDocument;
import vn.camau.egov.catalog.domain.ServiceLevel;
import vn.camau.egov.dossier.application.DocumentUpload;
import vn.camau.egov.dossier.application.SubmissionForm;
import vn.camau.egov.identity.application.ApplicantService;
import vn.camau.egov.identity.domain.CitizenRegistration;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.organization.application.UnitView;
import vn.camau.egov.shared.application.Upload;

import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A small world for dossier tests, made through the services: a new unit with a reception
 * officer, a specialist and a leader; two citizens with accounts; a level-3 and a level-4 procedure
 * of that unit. Each call of {@link #create()} makes a fresh one.
 */
@ApplicationScoped
public class DossierWorld {

    public static final String APPLICATION = "Đơn đề nghị";
    public static final String OTHER = "Giấy tờ khác";
    public static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Inject
    private Fixtures fixtures;

    @Inject
    private CatalogService catalog;

    @Inject
    private ApplicantService applicants;

    @EJB
    private AsProvinceAdmin admin;

    /** The people and procedures of one world. */
    public record World(UnitView unit, String reception, String specialist, String leader, String citizen,
                        String otherCitizen, String level3, String level4, String field) {

        public <T> T asReception(PrivilegedExceptionAction<T> work) throws Exception {
            return AsUser.call(reception, Set.of(Roles.RECEPTION), work);
        }

        public <T> T asSpecialist(PrivilegedExceptionAction<T> work) throws Exception {
            return AsUser.call(specialist, Set.of(Roles.SPECIALIST), work);
        }

        public <T> T asLeader(PrivilegedExceptionAction<T> work) throws Exception {
            return AsUser.call(leader, Set.of(Roles.LEADER), work);
        }

        public <T> T asCitizen(PrivilegedExceptionAction<T> work) throws Exception {
            return AsUser.call(citizen, Set.of(Roles.CITIZEN), work);
        }

        public <T> T asOtherCitizen(PrivilegedExceptionAction<T> work) throws Exception {
            return AsUser.call(otherCitizen, Set.of(Roles.CITIZEN), work);
        }
    }

    public World create() throws Exception {
        UnitView unit = fixtures.newUnit();
        String reception = fixtures.uniqueUsername("tn");
        String specialist = fixtures.uniqueUsername("cv");
        String leader = fixtures.uniqueUsername("ld");
        fixtures.newOfficial(unit.code(), reception, Role.RECEPTION);
        fixtures.newOfficial(unit.code(), specialist, Role.SPECIALIST);
        fixtures.newOfficial(unit.code(), leader, Role.LEADER);
        String citizen = citizen("Nguyễn Thị Hoa");
        String other = citizen("Trần Văn Khánh");
        String field = "DW_" + ThreadLocalRandom.current().nextInt(1_000_000);
        admin.call(() -> catalog.createField(field, "Lĩnh vực thử nghiệm", null));
        String level3 = procedure(unit, field, ServiceLevel.LEVEL_3, List.of());
        String level4 = procedure(unit, field, ServiceLevel.LEVEL_4, List.of(new Fee("Lệ phí", 200_000)));
        return new World(unit, reception, specialist, leader, citizen, other, level3, level4, field);
    }

    private String citizen(String name) {
        String cccd = fixtures.uniqueCitizenId();
        String password = "mật khẩu công dân thử";
        return applicants.registerCitizen(new CitizenRegistration(name, cccd, cccd + "@example.vn", null, password,
                password), Locale.forLanguageTag("vi"));
    }

    private String procedure(UnitView unit, String field, ServiceLevel level, List<Fee> fees) throws Exception {
        String code = String.format("3.%06d.000.00.00.H12", ThreadLocalRandom.current().nextInt(1_000_000));
        admin.call(() -> catalog.create(unit.code(), code, new ProcedureContent("Cấp giấy phép thử nghiệm " + level,
                field, level, null, 7, "Giấy phép", null, false, fees,
                List.of(new RequiredDocument(APPLICATION, true, 1, null), new RequiredDocument(OTHER, false, 1, null)),
                List.of(new FormField("diaChi", "Địa chỉ", FieldType.ADDRESS, true, null),
                        new FormField("soLuong", "Số lượng", FieldType.NUMBER, false, null)),
                List.of(new ProcessStep("Thẩm định", null, Role.SPECIALIST, 4),
                        new ProcessStep("Phê duyệt", null, Role.LEADER, 2)))));
        return code;
    }

    /** A level-3 procedure of the world's unit whose second step is done by another unit's specialists. */
    public String consultingProcedure(World w, UnitView consulted) throws Exception {
        String code = String.format("3.%06d.000.00.00.H12", ThreadLocalRandom.current().nextInt(1_000_000));
        admin.call(() -> catalog.create(w.unit().code(), code, new ProcedureContent("Cấp phép có lấy ý kiến", w.field(),
                ServiceLevel.LEVEL_3, null, 9, "Giấy phép", null, false, List.of(),
                List.of(new RequiredDocument(APPLICATION, true, 1, null)),
                List.of(new FormField("diaChi", "Địa chỉ", FieldType.ADDRESS, true, null)),
                List.of(new ProcessStep("Thẩm định", null, Role.SPECIALIST, 3),
                        new ProcessStep("Lấy ý kiến", consulted.code(), Role.SPECIALIST, 3),
                        new ProcessStep("Phê duyệt", null, Role.LEADER, 2)))));
        return code;
    }

    public static SubmissionForm form() {
        return new SubmissionForm(null, null, null, null, "Số 1 Hùng Vương, Phường 5", Map.of("diaChi", "Khóm 3, Phường 7"),
                false);
    }

    public static List<DocumentUpload> files() {
        return List.of(new DocumentUpload(APPLICATION, new Upload("don-de-nghi.pdf", PDF)));
    }
}
