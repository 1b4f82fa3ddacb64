package vn.camau.egov.reporting.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.camau.egov.dossier.application.DossierService;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.it.AsUser;
import vn.camau.egov.it.Deployments;
import vn.camau.egov.it.DossierWorld;
import vn.camau.egov.it.DossierWorld.World;
import vn.camau.egov.it.TestMailServer;
import vn.camau.egov.reporting.domain.PeriodKind;
import vn.camau.egov.reporting.domain.ReportRefusedException;
import vn.camau.egov.reporting.domain.ReportStatus;
import vn.camau.egov.reporting.domain.TaskReport;
import vn.camau.egov.reporting.domain.TaskStatus;
import vn.camau.egov.shared.application.ExportFormat;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.NotFoundException;
import vn.camau.egov.shared.domain.VietnamTime;

import java.io.ByteArrayInputStream;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The periodic reports: draft, submit, return, accept, consolidate; late and missing; reminders; who sees what. */
@ExtendWith(ArquillianExtension.class)
class ReportServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    private ReportService reports;

    @Inject
    private DossierService dossiers;

    @Inject
    private DossierWorld worlds;

    @Inject
    private TestMailServer smtp;

    @Inject
    private MonitoringExports exports;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    private static <T> T asDepartment(PrivilegedExceptionAction<T> work) throws Exception {
        return AsUser.call("it.stttt", Set.of(Roles.DIC_MONITOR), work);
    }

    private static LocalDate today() {
        return VietnamTime.dateOf(Instant.now());
    }

    /** A period no other test or run has: a quarter of a random far year. */
    private long freshPeriod(LocalDate dueOn, int fromYear, int toYear, PeriodKind kind) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            int year = ThreadLocalRandom.current().nextInt(fromYear, toYear + 1);
            int number = ThreadLocalRandom.current().nextInt(1, kind.perYear() + 1);
            LocalDate due = dueOn != null ? dueOn : kind.lastDay(year, number).plusDays(10);
            try {
                return asDepartment(() -> reports.openPeriod(kind, year, number, due));
            } catch (InvalidInputException taken) {
                // that period exists already: try another
            }
        }
        throw new IllegalStateException("no free period left");
    }

    private long task(String code) throws Exception {
        return asDepartment(() -> reports.tasks()).stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow().id();
    }

    private long done(String code) throws Exception {
        return asDepartment(() -> reports.tasks()).stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow().done();
    }

    @Test
    void aReportFromDraftToTheProvincialReport() throws Exception {
        World w = worlds.create();
        World other = worlds.create();
        long period = freshPeriod(null, 2030, 2099, PeriodKind.QUARTER);
        long doneBefore = done("II.1.a");

        long id = w.asSpecialist(() -> reports.draft(period));
        assertThat(w.asLeader(() -> reports.draft(period))).as("one report per unit and period").isEqualTo(id);
        ReportView draft = w.asSpecialist(() -> reports.view(id));
        assertThat(draft.status()).isEqualTo(ReportStatus.DRAFT);
        // the tasks for all units, not those owned by a named department
        assertThat(draft.tasks()).extracting(ReportView.TaskLine::code)
                .contains("II.1.a", "II.1.b", "II.2", "II.3", "IV.1.a", "IV.1.b").doesNotContain("IV.3.a", "IV.5");

        long ii1a = task("II.1.a");
        // a task marked done must say what was done: the leader's submission is refused, naming the task
        w.asSpecialist(() -> {
            reports.write(id, draft.version(), "Thiếu cán bộ chuyên trách CNTT", "Bổ sung biên chế",
                    List.of(new TaskReport(ii1a, TaskStatus.DONE, null, null)));
            return null;
        });
        long v1 = w.asLeader(() -> reports.view(id)).version();
        assertThatThrownBy(() -> w.asLeader(() -> { reports.submit(id, v1); return null; }))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).field()).isEqualTo("task-" + ii1a));
        w.asSpecialist(() -> {
            reports.write(id, v1, "Thiếu cán bộ chuyên trách CNTT", "Bổ sung biên chế",
                    List.of(new TaskReport(ii1a, TaskStatus.DONE, "12/12 thủ tục ưu tiên ở mức độ 3", "Quyết định 15/QĐ-STP")));
            return null;
        });
        long v2 = w.asLeader(() -> reports.view(id)).version();
        assertThatThrownBy(() -> w.asSpecialist(() -> { reports.submit(id, v2); return null; }))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> other.asLeader(() -> reports.view(id))).isInstanceOf(NotFoundException.class);
        w.asLeader(() -> { reports.submit(id, v2); return null; });

        // the Department returns it with a comment, the unit corrects it, the leader sends it again
        ReportView submitted = asDepartment(() -> reports.view(id));
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(submitted.late()).isFalse();
        asDepartment(() -> { reports.returnToUnit(id, submitted.version(), "Bổ sung số liệu thanh toán trực tuyến"); return null; });
        ReportView returned = w.asSpecialist(() -> reports.view(id));
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.reviewNote()).isEqualTo("Bổ sung số liệu thanh toán trực tuyến");
        w.asSpecialist(() -> {
            reports.write(id, returned.version(), "Thiếu cán bộ chuyên trách CNTT", "Bổ sung biên chế; kinh phí ký số",
                    List.of(new TaskReport(ii1a, TaskStatus.DONE, "12/12 thủ tục ưu tiên ở mức độ 3", "Quyết định 15/QĐ-STP")));
            return null;
        });
        w.asLeader(() -> { reports.submit(id, reports.view(id).version()); return null; });

        // the other unit sends one too; consolidation waits until the Department has reviewed it
        long otherId = other.asSpecialist(() -> reports.draft(period));
        other.asLeader(() -> { reports.submit(otherId, reports.view(otherId).version()); return null; });
        asDepartment(() -> { reports.accept(id, reports.view(id).version()); return null; });
        assertThatThrownBy(() -> asDepartment(() -> { reports.consolidate(period); return null; }))
                .isInstanceOf(ReportRefusedException.class)
                .satisfies(e -> assertThat(((ReportRefusedException) e).messageKey()).isEqualTo("report.refused.pendingReview"));
        asDepartment(() -> { reports.accept(otherId, reports.view(otherId).version()); return null; });

        List<PeriodOverview> overview = asDepartment(() -> reports.overview(period));
        assertThat(overview).filteredOn(o -> o.unitCode().equals(w.unit().code())).singleElement()
                .satisfies(o -> {
                    assertThat(o.status()).isEqualTo(ReportStatus.ACCEPTED);
                    assertThat(o.submittedOn()).isEqualTo(today());
                    assertThat(o.late()).isFalse();
                });
        assertThat(done("II.1.a")).as("accepted: the unit now counts as done on the task").isEqualTo(doneBefore + 1);
        assertThat(asDepartment(() -> reports.accepted(period))).extracting(ReportView::unitCode)
                .contains(w.unit().code(), other.unit().code());

        asDepartment(() -> { reports.consolidate(period); return null; });
        PeriodView consolidated = asDepartment(() -> reports.periodView(period));
        assertThat(consolidated.consolidated()).isTrue();

        // the provincial report prints with its Vietnamese intact, and the unit's report opens as a spreadsheet
        byte[] pdf = asDepartment(() -> exports.provincial(period, ExportFormat.PDF));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Báo cáo tổng hợp " + consolidated.label(), w.unit().name(), "Đã tiếp nhận",
                    "Thiếu cán bộ chuyên trách CNTT", "Bổ sung biên chế; kinh phí ký số");
        }
        byte[] xlsx = w.asLeader(() -> exports.report(id, ExportFormat.XLSX));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Nhiệm vụ");
        }
        assertThatThrownBy(() -> other.asLeader(() -> exports.provincial(period, ExportFormat.PDF)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> asDepartment(() -> { reports.consolidate(period); return null; }))
                .isInstanceOf(ReportRefusedException.class);
        // consolidated: the provincial report is public
        assertThat(reports.consolidatedPeriods()).extracting(PeriodView::id).contains(period);
        try (PDDocument doc = Loader.loadPDF(exports.publishedProvincial(period, ExportFormat.PDF))) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains(w.unit().name());
        }
        World late = worlds.create();
        assertThatThrownBy(() -> late.asSpecialist(() -> reports.draft(period))).isInstanceOf(ReportRefusedException.class);
    }

    @Test
    void anOlderReportAcceptedLateDoesNotUndoANewerOneAndOnlySentReportsCountAsTimely() throws Exception {
        World w = worlds.create();
        int year = ThreadLocalRandom.current().nextInt(2030, 2100);
        long q1;
        long q2;
        try {
            q1 = asDepartment(() -> reports.openPeriod(PeriodKind.QUARTER, year, 1, LocalDate.of(year, 4, 10)));
            q2 = asDepartment(() -> reports.openPeriod(PeriodKind.QUARTER, year, 2, LocalDate.of(year, 7, 10)));
        } catch (InvalidInputException taken) {
            return; // that year was used by an earlier run on this database; a fresh database always runs it
        }
        long ii1a = task("II.1.a");
        long doneBefore = done("II.1.a");
        long newer = sendReport(w, q2, new TaskReport(ii1a, TaskStatus.DONE, "Hoàn thành", null));
        long older = sendReport(w, q1, new TaskReport(ii1a, TaskStatus.IN_PROGRESS, null, null));
        asDepartment(() -> { reports.accept(newer, reports.view(newer).version()); return null; });
        asDepartment(() -> { reports.accept(older, reports.view(older).version()); return null; });
        assertThat(done("II.1.a")).as("the second quarter's DONE stands").isEqualTo(doneBefore + 1);

        // both due dates pass: both reports were sent in time
        moveDueDates(year);
        assertThat(asDepartment(() -> reports.timeliness(year)).get(w.unit().code())).isEqualTo(1.0);
        // a third period's report, sent in time, then returned and never sent again, does not count
        long q3 = asDepartment(() -> reports.openPeriod(PeriodKind.QUARTER, year, 3, LocalDate.of(year, 10, 10)));
        long third = sendReport(w, q3, new TaskReport(ii1a, TaskStatus.DONE, "Hoàn thành", null));
        asDepartment(() -> { reports.returnToUnit(third, reports.view(third).version(), "Bổ sung minh chứng"); return null; });
        moveDueDates(year);
        assertThat(asDepartment(() -> reports.timeliness(year)).get(w.unit().code())).isCloseTo(2 / 3.0, within(1e-9));
    }

    private long sendReport(World w, long period, TaskReport task) throws Exception {
        long id = w.asSpecialist(() -> reports.draft(period));
        w.asSpecialist(() -> { reports.write(id, reports.view(id).version(), null, null, List.of(task)); return null; });
        w.asLeader(() -> { reports.submit(id, reports.view(id).version()); return null; });
        return id;
    }

    /**
     * The year's due dates are now past, and its reports were sent the day before them (the test
     * moves the dates; the clock stays).
     */
    private void moveDueDates(int year) throws Exception {
        tx.begin();
        em.createNativeQuery("UPDATE reporting_period SET due_on = ? WHERE period_year = ?")
                .setParameter(1, today().minusDays(1)).setParameter(2, year).executeUpdate();
        em.createNativeQuery("UPDATE periodic_report SET first_submitted_on = ? WHERE first_submitted_on IS NOT NULL"
                        + " AND period_id IN (SELECT id FROM reporting_period WHERE period_year = ?)")
                .setParameter(1, today().minusDays(2)).setParameter(2, year).executeUpdate();
        tx.commit();
    }

    @Test
    void lateAndMissingReportsAreListed() throws Exception {
        World w = worlds.create();
        long period = freshPeriod(null, 2016, 2025, PeriodKind.QUARTER);
        assertThat(asDepartment(() -> reports.overview(period)))
                .filteredOn(o -> o.unitCode().equals(w.unit().code())).singleElement()
                .satisfies(o -> {
                    assertThat(o.missing()).isTrue();
                    assertThat(o.late()).isTrue();
                });
        long id = w.asSpecialist(() -> reports.draft(period));
        w.asLeader(() -> { reports.submit(id, reports.view(id).version()); return null; });
        assertThat(asDepartment(() -> reports.view(id)).late()).as("sent after its due date").isTrue();
    }

    @Test
    void leadersAreRemindedOnceBeforeTheDueDate() throws Exception {
        World w = worlds.create();
        long period = freshPeriod(today().plusDays(1), 2016, 2025, PeriodKind.YEAR);
        String label = asDepartment(() -> reports.periodView(period)).label();
        assertThat(asDepartment(() -> reports.sendReminders())).isPositive();
        assertThatThrownBy(() -> w.asLeader(() -> reports.sendReminders())).isInstanceOf(EJBAccessException.class);
        String subject = "Nhắc nộp báo cáo " + label + " của " + w.unit().name();
        MimeMessage mail = smtp.awaitSubject(subject, Duration.ofSeconds(20)).orElseThrow();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(w.leader() + "@camau.gov.vn");
        assertThat((String) mail.getContent()).contains("workspace/monitoring/reports.xhtml");
        // the next run does not mail the same unit again
        int before = smtp.to("camau.gov.vn").size();
        asDepartment(() -> reports.sendReminders());
        Thread.sleep(1000);
        assertThat(smtp.to("camau.gov.vn").stream().filter(m -> {
            try {
                return subject.equals(m.getSubject());
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).count()).isEqualTo(1);
        assertThat(smtp.to("camau.gov.vn").size()).isGreaterThanOrEqualTo(before);
    }

    @Test
    void theCurrentYearsReportIsPrefilledWithTheUnitsFigures() throws Exception {
        World w = worlds.create();
        w.asCitizen(() -> dossiers.submitOnline(w.level3(), DossierWorld.form(), DossierWorld.files()));
        int year = today().getYear();
        long period = asDepartment(() -> reports.periods()).stream()
                .filter(p -> p.kind() == PeriodKind.YEAR && p.year() == year).map(PeriodView::id).findFirst()
                .orElseGet(() -> {
                    try {
                        return asDepartment(() -> reports.openPeriod(PeriodKind.YEAR, year, 1, LocalDate.of(year, 12, 20)));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        long id = w.asSpecialist(() -> reports.draft(period));
        ReportView r = w.asSpecialist(() -> reports.view(id));
        assertThat(r.figures().getReceived()).isEqualTo(1);
        assertThat(r.figures().getReceivedOnline()).isEqualTo(1);
        assertThat(r.figures().onlinePercent()).isEqualTo(100.0);
        assertThat(r.figures().getScorecard()).isBetween(0.0, 100.0);
        // people outside the unit and the Department see nothing of it
        assertThatThrownBy(() -> w.asCitizen(() -> reports.view(id))).isInstanceOf(EJBAccessException.class);
        // the plan is public, with progress from consolidated periods only; a period's reports only once consolidated
        assertThat(reports.publicTasks()).isNotEmpty().allSatisfy(t -> assertThat(t.ownerEvidence()).isNull());
        assertThatThrownBy(() -> reports.tasks()).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> reports.accepted(period)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> w.asLeader(() -> reports.overview(period))).isInstanceOf(EJBAccessException.class);
    }
}
