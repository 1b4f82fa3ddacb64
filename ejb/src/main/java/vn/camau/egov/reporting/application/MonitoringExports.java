package vn.camau.egov.reporting.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.reporting.domain.Scorecard766;
import vn.camau.egov.reporting.domain.TaskStatus;
import vn.camau.egov.shared.application.ExportFormat;
import vn.camau.egov.shared.application.ReportTable;
import vn.camau.egov.shared.application.Settings;
import vn.camau.egov.shared.domain.VietnamTime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every statistics table and report of monitoring as a spreadsheet or a PDF. The texts are in
 * Vietnamese whatever the reader's language: these are the province's administrative documents,
 * filed and sent to the Provincial People's Committee as they are. Who may export what is decided
 * by the services the figures come from.
 */
@Stateless
public class MonitoringExports {

    /** Moves listed under the ranking: the ten largest. */
    private static final int MOVES = 10;
    private static final String[] STATUS = {"Dự thảo", "Đã gửi", "Trả lại", "Đã tiếp nhận"};

    @Inject
    private StatisticsService statistics;

    @Inject
    private ReportService reports;

    @Inject
    private IndexService indices;

    @Inject
    private Settings settings;

    /** A statistics table with each unit's Decision 766 score (per unit) for the period. */
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.DIC_MONITOR, Roles.LEADER, Roles.SPECIALIST, Roles.RECEPTION,
            Roles.UNIT_ADMIN})
    public byte[] statistics(LocalDate from, LocalDate to, String unitCode, Breakdown by, ExportFormat format) {
        List<DossierStatistics> rows = statistics.table(from, to, unitCode, by);
        Map<String, Scorecard766> cards = by == Breakdown.UNIT ? statistics.scorecards(from, to, unitCode) : Map.of();
        List<String> headers = new ArrayList<>(List.of(by == Breakdown.UNIT ? "Cơ quan, đơn vị"
                        : by == Breakdown.FIELD ? "Lĩnh vực" : "Thủ tục hành chính",
                "Tiếp nhận", "Trực tuyến", "Tại một cửa", "Từ Cổng DVCQG", "Đã giải quyết", "Trước hạn", "Đúng hạn",
                "Trễ hạn", "Tỷ lệ đúng hạn (%)", "Tỷ lệ trực tuyến (%)", "Từ chối", "Rút hồ sơ", "Đang giải quyết",
                "Quá hạn", "Tạm dừng", "Thanh toán trực tuyến", "Hài lòng (%)"));
        if (by == Breakdown.UNIT) {
            headers.add("Điểm QĐ 766");
        }
        List<List<Object>> table = new ArrayList<>();
        for (DossierStatistics s : rows) {
            List<Object> row = new ArrayList<>(List.of(s.label(), s.received(), s.receivedOnline(), s.receivedAtCounter(),
                    s.receivedFromPortal(), s.resolved(), s.early(), s.onTime(), s.late(), s.onTimeRate() * 100));
            row.add(s.onlineRate() == null ? null : s.onlineRate() * 100);
            row.addAll(List.of(s.refused(), s.withdrawn(), s.inProgress(), s.pastDeadline(), s.paused(), s.paidOnline()));
            row.add(s.satisfactionRate() == null ? null : s.satisfactionRate() * 100);
            if (by == Breakdown.UNIT) {
                Scorecard766 card = cards.get(s.key());
                row.add(card == null ? null : card.total());
            }
            table.add(row);
        }
        return format.render(settings.provinceName(), List.of(new ReportTable("Thống kê giải quyết hồ sơ",
                List.of("Từ ngày " + VietnamTime.format(from) + " đến ngày " + VietnamTime.format(to)), headers, table,
                List.of("Tỷ lệ đúng hạn = (trước hạn + đúng hạn) × 100 / đã giải quyết; 100 khi chưa giải quyết hồ sơ nào (OpenCPS).",
                        "Tỷ lệ trực tuyến = hồ sơ nộp trực tuyến (Cổng DVC tỉnh và Cổng DVCQG) × 100 / tiếp nhận.",
                        "Điểm QĐ 766: năm nhóm chỉ số, công thức từng nhóm ghi tại trang Thống kê; nhóm không phát sinh được điểm tối đa."))));
    }

    /** One unit's periodic report. */
    @RolesAllowed({Roles.DIC_MONITOR, Roles.PROVINCE_ADMIN, Roles.LEADER, Roles.SPECIALIST, Roles.UNIT_ADMIN})
    public byte[] report(long id, ExportFormat format) {
        ReportView r = reports.view(id);
        String title = "Báo cáo " + r.period().label() + " - " + r.unitName();
        List<String> subtitle = List.of("Tình hình thực hiện Kế hoạch Chính phủ điện tử (Nghị quyết 36a/NQ-CP)",
                "Trạng thái: " + STATUS[r.status().ordinal()] + (r.firstSubmittedOn() == null ? ""
                        : "; gửi ngày " + VietnamTime.format(r.firstSubmittedOn()) + (r.late() ? " (trễ hạn)" : "")));
        List<ReportTable> tables = new ArrayList<>();
        tables.add(new ReportTable(title, subtitle, List.of("Chỉ tiêu", "Số liệu"), List.of(
                List.of("Hồ sơ tiếp nhận", r.figures().getReceived()),
                List.of("Trong đó trực tuyến", r.figures().getReceivedOnline()),
                List.of("Tỷ lệ trực tuyến (%)", r.figures().onlinePercent()),
                List.of("Hồ sơ đã giải quyết", r.figures().getResolved()),
                List.of("Tỷ lệ đúng hạn (%)", r.figures().onTimePercent()),
                List.of("Thanh toán trực tuyến", r.figures().getPaidOnline()),
                List.of("Điểm Quyết định 766", r.figures().getScorecard())), List.of()));
        tables.add(new ReportTable("Kết quả thực hiện nhiệm vụ", List.of(),
                List.of("Nhiệm vụ", "Nội dung", "Tình trạng", "Kết quả", "Minh chứng"),
                r.tasks().stream().map(t -> List.<Object>of(t.code(), t.content(), status(t.status()),
                        text(t.result()), text(t.evidence()))).toList(), List.of()));
        tables.add(new ReportTable("Khó khăn, vướng mắc và đề xuất", List.of(), List.of("Mục", "Nội dung"), List.of(
                List.of("Khó khăn, vướng mắc", text(r.difficulties())), List.of("Đề xuất, kiến nghị", text(r.proposals()))),
                List.of()));
        return format.render(r.unitName(), tables);
    }

    /**
     * The provincial report of a period: every reporting unit's status and figures, the plan's tasks
     * as the accepted reports left them, and the difficulties and proposals of the accepted reports.
     */
    @RolesAllowed({Roles.DIC_MONITOR, Roles.PROVINCE_ADMIN})
    public byte[] provincial(long periodId, ExportFormat format) {
        return provincialReport(periodId, format);
    }

    private byte[] provincialReport(long periodId, ExportFormat format) {
        PeriodView period = reports.periodView(periodId);
        List<PeriodOverview> overview = reports.overview(periodId);
        List<ReportView> accepted = reports.accepted(periodId);
        List<String> subtitle = List.of("Tổng hợp tình hình thực hiện Kế hoạch Chính phủ điện tử của các cơ quan, đơn vị",
                (period.consolidated() ? "Đã tổng hợp" : "Dự thảo, chưa tổng hợp") + "; hạn gửi báo cáo "
                        + VietnamTime.format(period.dueOn()) + "; " + accepted.size() + "/" + overview.size()
                        + " báo cáo đã tiếp nhận");
        List<List<Object>> units = new ArrayList<>();
        for (PeriodOverview o : overview) {
            ReportView r = accepted.stream().filter(a -> a.unitCode().equals(o.unitCode())).findFirst().orElse(null);
            units.add(List.of(o.unitName(), o.status() == null ? "Chưa báo cáo" : STATUS[o.status().ordinal()],
                    o.submittedOn() == null ? "—" : VietnamTime.format(o.submittedOn()), o.late() ? "Trễ hạn" : "Đúng hạn",
                    r == null ? "—" : r.figures().getReceived(), r == null ? "—" : r.figures().onlinePercent(),
                    r == null ? "—" : r.figures().getResolved(), r == null ? "—" : r.figures().onTimePercent(),
                    r == null ? "—" : r.figures().getScorecard()));
        }
        List<List<Object>> tasks = new ArrayList<>();
        // the tasks' names and owners (the public list): the counts come from this period's accepted reports
        for (PlanTaskView t : reports.publicTasks()) {
            long done = 0;
            long inProgress = 0;
            for (ReportView r : accepted) {
                for (ReportView.TaskLine l : r.tasks()) {
                    if (l.taskId() == t.id()) {
                        done += l.status() == TaskStatus.DONE ? 1 : 0;
                        inProgress += l.status() == TaskStatus.IN_PROGRESS ? 1 : 0;
                    }
                }
            }
            tasks.add(List.of(t.code(), t.content(), t.ownerName(), t.dueYear(), done, inProgress));
        }
        List<List<Object>> notes = accepted.stream()
                .map(r -> List.<Object>of(r.unitName(), text(r.difficulties()), text(r.proposals()))).toList();
        return format.render(settings.provinceName(), List.of(
                new ReportTable("Báo cáo tổng hợp " + period.label(), subtitle, List.of("Cơ quan, đơn vị", "Báo cáo",
                        "Ngày gửi", "Thời hạn", "Tiếp nhận", "Trực tuyến (%)", "Đã giải quyết", "Đúng hạn (%)",
                        "Điểm QĐ 766"), units, List.of("Số liệu theo báo cáo đã được Sở Thông tin và Truyền thông tiếp nhận.")),
                new ReportTable("Tiến độ nhiệm vụ của Kế hoạch", List.of(), List.of("Nhiệm vụ", "Nội dung",
                        "Đơn vị chủ trì", "Hạn (năm)", "Đơn vị hoàn thành", "Đơn vị đang thực hiện"), tasks, List.of()),
                new ReportTable("Khó khăn, vướng mắc và đề xuất của các đơn vị", List.of(),
                        List.of("Cơ quan, đơn vị", "Khó khăn, vướng mắc", "Đề xuất, kiến nghị"), notes, List.of())));
    }

    /** A consolidated period's provincial report, for anyone: once consolidated it is the province's published report. */
    @PermitAll
    public byte[] publishedProvincial(long periodId, ExportFormat format) {
        if (!reports.periodView(periodId).consolidated()) {
            throw new vn.camau.egov.shared.domain.NotFoundException("reporting_period", periodId);
        }
        return provincialReport(periodId, format);
    }

    /** The provincial ranking of a year on the UN method. */
    @RolesAllowed({Roles.DIC_MONITOR, Roles.PROVINCE_ADMIN})
    public byte[] ranking(int year, ExportFormat format) {
        IndexOverview overview = indices.overview(year, MOVES);
        List<List<Object>> rows = new ArrayList<>();
        for (UnitIndex u : overview.ranking()) {
            rows.add(java.util.Arrays.asList(u.rank(), u.unitName(), u.score() * 100, u.osiRaw(), u.osi(), u.tii(),
                    u.hci(), u.egdi(), u.onTimeRate() == null ? null : u.onTimeRate() * 100,
                    u.onlineRate() == null ? null : u.onlineRate() * 100,
                    u.reportTimeliness() == null ? null : u.reportTimeliness() * 100));
        }
        List<List<Object>> moves = new ArrayList<>();
        for (OsiMove m : overview.moves()) {
            moves.add(List.of(m.unitName(), m.questionCode() == null ? "Nâng " + m.description()
                    + " thủ tục lên mức độ 4" : m.description(), m.unitGain(), m.provinceGain()));
        }
        return format.render(settings.provinceName(), List.of(new ReportTable("Xếp hạng cơ quan, đơn vị năm " + year,
                List.of("Chỉ số OSI, TII, HCI chuẩn hóa theo phương pháp của Liên hợp quốc (z-score, min–max) trong tỉnh"),
                List.of("Hạng", "Cơ quan, đơn vị", "Điểm xếp hạng", "OSI (thô)", "OSI", "TII", "HCI", "EGDI",
                        "Đúng hạn (%)", "Trực tuyến (%)", "Báo cáo đúng hạn (%)"), rows,
                List.of("Điểm xếp hạng: trung bình có trọng số (trọng số là dữ liệu) của tỷ lệ đúng hạn, tỷ lệ trực tuyến, "
                        + "tỷ lệ báo cáo đúng hạn và OSI thô; × 100.")),
                new ReportTable("Việc làm tăng OSI của tỉnh nhiều nhất", List.of(),
                        List.of("Cơ quan, đơn vị", "Việc làm", "OSI của đơn vị tăng", "OSI của tỉnh tăng"), moves,
                        List.of("OSI của tỉnh: trung bình OSI thô của các đơn vị."))));
    }

    /** The plan's tasks with their owners and where the units stand. */
    @RolesAllowed({Roles.DIC_MONITOR, Roles.PROVINCE_ADMIN, Roles.LEADER, Roles.SPECIALIST, Roles.UNIT_ADMIN})
    public byte[] plan(ExportFormat format) {
        List<List<Object>> rows = new ArrayList<>();
        for (PlanTaskView t : reports.tasks()) {
            rows.add(List.of(t.code(), t.content(), t.allUnits() ? t.ownerName()
                            : t.ownerName() + (t.unitName() == null ? "" : " (" + t.unitName() + ")"), t.dueYear(),
                    t.done(), t.inProgress(), t.notStarted(), t.ownerEvidence() == null ? "—" : t.ownerEvidence()));
        }
        return format.render(settings.provinceName(), List.of(new ReportTable("Tiến độ nhiệm vụ của Kế hoạch",
                List.of("Kế hoạch thực hiện Nghị quyết 36a/NQ-CP về Chính phủ điện tử, mục II và IV"),
                List.of("Nhiệm vụ", "Nội dung", "Đơn vị chủ trì", "Hạn (năm)", "Đơn vị hoàn thành",
                        "Đang thực hiện", "Chưa thực hiện", "Minh chứng"), rows,
                List.of("Theo báo cáo định kỳ đã được tiếp nhận gần nhất của mỗi đơn vị."))));
    }

    private static String status(TaskStatus s) {
        return switch (s) {
            case NOT_STARTED -> "Chưa thực hiện";
            case IN_PROGRESS -> "Đang thực hiện";
            case DONE -> "Đã hoàn thành";
        };
    }

    private static String text(String s) {
        return s == null ? "—" : s;
    }
}
