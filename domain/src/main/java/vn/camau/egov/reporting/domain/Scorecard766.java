package vn.camau.egov.reporting.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A unit's score out of 100 after Decision 766/QĐ-TTg (2022), computed from live figures in five
 * groups. The groups, the 20 points of on-time processing and the 18 of satisfaction, the
 * satisfaction formula and the bands (90–100 excellent, under 50 weak) follow the decision as
 * DOMAIN.md records it; the decision's full list of criteria is unverified, so each group here is
 * one documented ratio of what the platform measures, and the maximum points are data
 * (index_weight, scheme D766). A group with nothing to measure in the period gets its full points,
 * as OpenCPS's on-time rate is 100 when nothing was resolved; its formula says so.
 */
public final class Scorecard766 implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The five groups, with the formula each applies. */
    public enum Group {
        /** Công khai, minh bạch: procedures whose public page is complete, over active procedures. */
        TRANSPARENCY,
        /** Tiến độ, kết quả giải quyết: OpenCPS's on-time rate. */
        PROGRESS,
        /** Số hóa hồ sơ, kết quả: results issued signed electronically, over resolved dossiers. */
        DIGITISATION,
        /** Cung cấp dịch vụ trực tuyến: mean of the online submission rate and the online payment rate. */
        ONLINE_SERVICE,
        /** Mức độ hài lòng: (resolved − dissatisfied or late) / resolved. */
        SATISFACTION
    }

    /** The live figures of one unit and period the groups are computed from. */
    public record Inputs(long activeProcedures, long completeProcedures, long received, long receivedOnline,
                         long resolved, long resolvedInTime, long electronicResults, long feeDossiers,
                         long paidOnline, long dissatisfiedOrLate) implements Serializable {
    }

    /** One group's points, its maximum, the rate behind it (per cent) and whether anything was measured. */
    public record GroupScore(Group group, double points, double max, double percent, long part, long whole,
                             boolean measured) implements Serializable {
    }

    /** Xuất sắc, tốt, khá, trung bình/yếu: only the outer bands are recorded in DOMAIN.md; the middle two are unverified. */
    public enum Grade {
        EXCELLENT, GOOD, FAIR, WEAK;

        static Grade of(double total) {
            return total >= 90 ? EXCELLENT : total >= 70 ? GOOD : total >= 50 ? FAIR : WEAK;
        }
    }

    private final List<GroupScore> groups;

    private Scorecard766(List<GroupScore> groups) {
        this.groups = List.copyOf(groups);
    }

    /**
     * @param maxPoints the maximum points of each group (index_weight D766); they should add up to 100
     */
    public static Scorecard766 of(Inputs in, Map<Group, Double> maxPoints) {
        List<GroupScore> groups = new ArrayList<>();
        groups.add(score(Group.TRANSPARENCY, maxPoints, in.completeProcedures(), in.activeProcedures()));
        groups.add(score(Group.PROGRESS, maxPoints, in.resolvedInTime(), in.resolved()));
        groups.add(score(Group.DIGITISATION, maxPoints, in.electronicResults(), in.resolved()));
        double max = maxOf(Group.ONLINE_SERVICE, maxPoints);
        double online = Rates.percent(in.receivedOnline(), in.received(), 100);
        double paid = Rates.percent(in.paidOnline(), in.feeDossiers(), 100);
        double percent = in.received() == 0 && in.feeDossiers() == 0 ? 100
                : in.feeDossiers() == 0 ? online : in.received() == 0 ? paid : (online + paid) / 2;
        groups.add(new GroupScore(Group.ONLINE_SERVICE, max * percent / 100, max, percent,
                in.receivedOnline() + in.paidOnline(), in.received() + in.feeDossiers(),
                in.received() + in.feeDossiers() > 0));
        groups.add(score(Group.SATISFACTION, maxPoints, in.resolved() - in.dissatisfiedOrLate(), in.resolved()));
        return new Scorecard766(groups);
    }

    private static GroupScore score(Group group, Map<Group, Double> maxPoints, long part, long whole) {
        double max = maxOf(group, maxPoints);
        double percent = Rates.percent(part, whole, 100);
        return new GroupScore(group, max * percent / 100, max, percent, part, whole, whole > 0);
    }

    private static double maxOf(Group group, Map<Group, Double> maxPoints) {
        Double max = maxPoints.get(group);
        if (max == null || max < 0) {
            throw new IllegalArgumentException("no maximum points for " + group);
        }
        return max;
    }

    public List<GroupScore> groups() {
        return groups;
    }

    /** The total, rounded to two decimals as the score is shown. */
    public double total() {
        return Math.round(groups.stream().mapToDouble(GroupScore::points).sum() * 100) / 100.0;
    }

    public Grade grade() {
        return Grade.of(total());
    }
}
