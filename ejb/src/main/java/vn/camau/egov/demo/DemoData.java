package vn.camau.egov.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import vn.camau.egov.catalog.application.CatalogService;
import vn.camau.egov.catalog.domain.ProcedureContent;
import vn.camau.egov.catalog.domain.RequiredDocument;
import vn.camau.egov.identity.application.ApplicantService;
import vn.camau.egov.identity.domain.CitizenRegistration;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.organization.application.OfficialForm;
import vn.camau.egov.organization.application.OrganizationService;
import vn.camau.egov.organization.application.UnitForm;
import vn.camau.egov.organization.domain.UnitKind;
import vn.camau.egov.organization.domain.UnitRepository;
import vn.camau.egov.reporting.application.ReportService;
import vn.camau.egov.shared.application.Settings;
import vn.camau.egov.shared.application.Upload;
import vn.camau.egov.shared.application.WorkingCalendars;
import vn.camau.egov.shared.infrastructure.PdfLayout;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Loads the demo data once, in demo mode only, through the same services an administrator and a
 * citizen use. The README lists what it loads and the sign-ins.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@RunAs(Roles.PROVINCE_ADMIN)
@RunAsPrincipal("demo-loader")
public class DemoData {

    /** The password of every demo account; printed by the run command and in the README. */
    public static final String PASSWORD = "CaMau@2026demo";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    private Settings settings;

    @Inject
    private UnitRepository units;

    @Inject
    private OrganizationService organization;

    @Inject
    private ApplicantService registration;

    @Inject
    private CatalogService catalog;

    @Inject
    private WorkingCalendars calendars;

    @Inject
    private ReportService reports;

    @Inject
    private DemoMonitoring monitoring;

    @Inject
    private DemoParticipation participation;

    /** A demo unit: code, Vietnamese and English names, kind, level-2 number in the agency id, statistical code. */
    record DemoUnit(String code, String name, String nameEn, UnitKind kind, int number, String statisticalCode) {
    }

    /** A demo official: username, name, position, unit, roles. */
    record DemoOfficial(String username, String fullName, String position, String unit, EnumSet<Role> roles) {
    }

    /**
     * Cà Mau's units as the plan names them. Agency identifiers below level 1 are made up for the demo
     * (000.00.NN.H12); the statistical codes are those of Decision 124/2004/QĐ-TTg (to be verified).
     */
    static final List<DemoUnit> UNITS = List.of(
            new DemoUnit("UBND_TINH", "Ủy ban nhân dân tỉnh Cà Mau", "Cà Mau Provincial People's Committee",
                    UnitKind.PROVINCIAL_COMMITTEE, 0, "96"),
            new DemoUnit("VP_UBND", "Văn phòng Ủy ban nhân dân tỉnh", "Office of the Provincial People's Committee",
                    UnitKind.COMMITTEE_OFFICE, 1, "96"),
            new DemoUnit("SNV", "Sở Nội vụ", "Department of Home Affairs", UnitKind.DEPARTMENT, 2, "96"),
            new DemoUnit("STP", "Sở Tư pháp", "Department of Justice", UnitKind.DEPARTMENT, 3, "96"),
            new DemoUnit("SKHDT", "Sở Kế hoạch và Đầu tư", "Department of Planning and Investment",
                    UnitKind.DEPARTMENT, 4, "96"),
            new DemoUnit("STC", "Sở Tài chính", "Department of Finance", UnitKind.DEPARTMENT, 5, "96"),
            new DemoUnit("SCT", "Sở Công Thương", "Department of Industry and Trade", UnitKind.DEPARTMENT, 6, "96"),
            new DemoUnit("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn",
                    "Department of Agriculture and Rural Development", UnitKind.DEPARTMENT, 7, "96"),
            new DemoUnit("SGTVT", "Sở Giao thông vận tải", "Department of Transport", UnitKind.DEPARTMENT, 8, "96"),
            new DemoUnit("SXD", "Sở Xây dựng", "Department of Construction", UnitKind.DEPARTMENT, 9, "96"),
            new DemoUnit("STNMT", "Sở Tài nguyên và Môi trường", "Department of Natural Resources and Environment",
                    UnitKind.DEPARTMENT, 10, "96"),
            new DemoUnit("STTTT", "Sở Thông tin và Truyền thông", "Department of Information and Communications",
                    UnitKind.DEPARTMENT, 11, "96"),
            new DemoUnit("SLDTBXH", "Sở Lao động - Thương binh và Xã hội",
                    "Department of Labour, Invalids and Social Affairs", UnitKind.DEPARTMENT, 12, "96"),
            new DemoUnit("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism",
                    UnitKind.DEPARTMENT, 13, "96"),
            new DemoUnit("SKHCN", "Sở Khoa học và Công nghệ", "Department of Science and Technology",
                    UnitKind.DEPARTMENT, 14, "96"),
            new DemoUnit("SGDDT", "Sở Giáo dục và Đào tạo", "Department of Education and Training",
                    UnitKind.DEPARTMENT, 15, "96"),
            new DemoUnit("SYT", "Sở Y tế", "Department of Health", UnitKind.DEPARTMENT, 16, "96"),
            new DemoUnit("TP_CA_MAU", "Ủy ban nhân dân thành phố Cà Mau", "Cà Mau City People's Committee",
                    UnitKind.CITY, 20, "964"),
            new DemoUnit("U_MINH", "Ủy ban nhân dân huyện U Minh", "U Minh District People's Committee",
                    UnitKind.DISTRICT, 21, "966"),
            new DemoUnit("THOI_BINH", "Ủy ban nhân dân huyện Thới Bình", "Thới Bình District People's Committee",
                    UnitKind.DISTRICT, 22, "967"),
            new DemoUnit("TRAN_VAN_THOI", "Ủy ban nhân dân huyện Trần Văn Thời",
                    "Trần Văn Thời District People's Committee", UnitKind.DISTRICT, 23, "968"),
            new DemoUnit("CAI_NUOC", "Ủy ban nhân dân huyện Cái Nước", "Cái Nước District People's Committee",
                    UnitKind.DISTRICT, 24, "969"),
            new DemoUnit("DAM_DOI", "Ủy ban nhân dân huyện Đầm Dơi", "Đầm Dơi District People's Committee",
                    UnitKind.DISTRICT, 25, "970"),
            new DemoUnit("NAM_CAN", "Ủy ban nhân dân huyện Năm Căn", "Năm Căn District People's Committee",
                    UnitKind.DISTRICT, 26, "971"),
            new DemoUnit("PHU_TAN", "Ủy ban nhân dân huyện Phú Tân", "Phú Tân District People's Committee",
                    UnitKind.DISTRICT, 27, "972"),
            new DemoUnit("NGOC_HIEN", "Ủy ban nhân dân huyện Ngọc Hiển", "Ngọc Hiển District People's Committee",
                    UnitKind.DISTRICT, 28, "973"));

    static final List<DemoOfficial> OFFICIALS = List.of(
            new DemoOfficial("quantri.tinh", "Nguyễn Thanh Hải", "Quản trị hệ thống cấp tỉnh", "STTTT",
                    EnumSet.of(Role.PROVINCE_ADMIN)),
            new DemoOfficial("giamsat.stttt", "Phạm Thị Thu Hà", "Chuyên viên Phòng Công nghệ thông tin", "STTTT",
                    EnumSet.of(Role.DIC_MONITOR)),
            new DemoOfficial("quantri.stp", "Võ Văn Tâm", "Quản trị đơn vị", "STP", EnumSet.of(Role.UNIT_ADMIN)),
            new DemoOfficial("tiepnhan.stp", "Lê Thị Ngọc Hân", "Cán bộ bộ phận một cửa", "STP",
                    EnumSet.of(Role.RECEPTION)),
            new DemoOfficial("chuyenvien.stp", "Trần Quốc Bảo", "Chuyên viên Phòng Hành chính tư pháp", "STP",
                    EnumSet.of(Role.SPECIALIST)),
            new DemoOfficial("lanhdao.stp", "Đặng Minh Khoa", "Phó Giám đốc Sở", "STP", EnumSet.of(Role.LEADER)),
            new DemoOfficial("vanthu.stp", "Huỳnh Thị Mai", "Văn thư", "STP", EnumSet.of(Role.CLERK)),
            new DemoOfficial("tiepnhan.tpcm", "Ngô Văn Phúc", "Cán bộ bộ phận một cửa", "TP_CA_MAU",
                    EnumSet.of(Role.RECEPTION)),
            new DemoOfficial("chuyenvien.tpcm", "Lâm Thị Thảo", "Chuyên viên Phòng Tài chính - Kế hoạch", "TP_CA_MAU",
                    EnumSet.of(Role.SPECIALIST)),
            new DemoOfficial("lanhdao.tpcm", "Châu Văn Lợi", "Phó Chủ tịch Ủy ban nhân dân thành phố", "TP_CA_MAU",
                    EnumSet.of(Role.LEADER)),
            new DemoOfficial("tiepnhan.sxd", "Dương Thị Yến", "Cán bộ bộ phận một cửa", "SXD", EnumSet.of(Role.RECEPTION)),
            new DemoOfficial("chuyenvien.sxd", "Kiều Minh Trí", "Chuyên viên Phòng Quản lý xây dựng", "SXD",
                    EnumSet.of(Role.SPECIALIST)),
            new DemoOfficial("lanhdao.sxd", "Mai Văn Hòa", "Phó Giám đốc Sở", "SXD", EnumSet.of(Role.LEADER)),
            new DemoOfficial("chuyenvien.stnmt", "Trịnh Thị Lan", "Chuyên viên Phòng Quản lý đất đai", "STNMT",
                    EnumSet.of(Role.SPECIALIST)),
            new DemoOfficial("lanhdao.vp", "Tạ Thị Kim Oanh", "Chánh Văn phòng", "VP_UBND", EnumSet.of(Role.LEADER)));

    static final List<CitizenRegistration> CITIZENS = List.of(
            new CitizenRegistration("Nguyễn Văn An", "096088000001", "an.nguyen@example.vn", "0912000001",
                    PASSWORD, PASSWORD),
            new CitizenRegistration("Trần Thị Bích", "096190000002", "bich.tran@example.vn", "0912000002",
                    PASSWORD, PASSWORD),
            new CitizenRegistration("Lê Minh Châu", "096085000003", "chau.le@example.vn", null, PASSWORD, PASSWORD));

    @PostConstruct
    void load() {
        if (!settings.demo()) {
            return;
        }
        if (units.count() > 0) {
            LOG.info("Demo mode: the database already holds data; nothing loaded");
            return;
        }
        String levelOne = settings.levelOneCode();
        for (DemoUnit u : UNITS) {
            String agencyId = String.format("000.00.%02d.%s", u.number(), levelOne);
            String parent = u.kind() == UnitKind.PROVINCIAL_COMMITTEE ? null : "UBND_TINH";
            organization.createUnit(new UnitForm(u.code(), u.name(), u.nameEn(), u.kind(), agencyId,
                    u.statisticalCode(), parent));
        }
        for (DemoOfficial o : OFFICIALS) {
            organization.createOfficial(new OfficialForm(o.unit(), o.username(), PASSWORD, o.fullName(), o.position(),
                    o.username() + "@camau.gov.vn", null, o.roles()));
        }
        for (CitizenRegistration c : CITIZENS) {
            registration.registerCitizen(c, Locale.forLanguageTag("vi"));
        }
        for (Object[] h : DemoCatalog.HOLIDAYS) {
            calendars.addHoliday((LocalDate) h[0], (String) h[1]);
        }
        for (DemoCatalog.DemoField f : DemoCatalog.FIELDS) {
            catalog.createField(f.code(), f.name(), f.nameEn());
        }
        for (DemoCatalog.DemoProcedure p : DemoCatalog.PROCEDURES) {
            List<RequiredDocument> documents = p.documents().stream().map(d -> new RequiredDocument(d.name(),
                    d.mandatory(), 1, d.template() == null ? null : template(d.template(), p.unit()))).toList();
            catalog.create(p.unit(), p.code(), new ProcedureContent(p.name(), p.field(), p.level(), null, p.days(),
                    p.result(), p.legalBasis(), p.priority(), p.fees(), documents, p.form(), p.steps()));
        }
        // the plan's named owners, linked to the demo's units
        Map.of("IV.2.a", "VP_UBND", "IV.2.b", "VP_UBND", "IV.3.a", "STTTT", "IV.3.b", "STTTT", "IV.4", "SGDDT",
                "IV.5", "SKHCN").forEach(reports::assignTask);
        monitoring.load();
        participation.load();
        LOG.info(() -> "Demo mode: loaded " + UNITS.size() + " units, " + OFFICIALS.size() + " officials, "
                + CITIZENS.size() + " citizens and " + DemoCatalog.PROCEDURES.size() + " procedures");
    }

    /** A printable form for a required document, as a unit would upload it. */
    private long template(String title, String unitCode) {
        String unitName = UNITS.stream().filter(u -> u.code().equals(unitCode)).findFirst().orElseThrow().name();
        try (PdfLayout pdf = new PdfLayout()) {
            pdf.header("").title(title).subtitle("Kính gửi: " + unitName)
                    .line("Họ và tên", "...................................................")
                    .line("Ngày sinh", "........ / ........ / ..............")
                    .line("Số CCCD", "...................................................")
                    .line("Địa chỉ thường trú", "...................................................")
                    .line("Số điện thoại", "...................................................")
                    .line("Nội dung đề nghị", "...................................................")
                    .space(20)
                    .paragraph("Tôi cam đoan những thông tin kê khai trên là đúng sự thật và chịu trách nhiệm trước "
                            + "pháp luật về lời khai của mình.")
                    .space(10)
                    .paragraph("Người khai (ký, ghi rõ họ tên)");
            return catalog.uploadTemplate(new Upload(title + ".pdf", pdf.bytes()));
        }
    }
}
