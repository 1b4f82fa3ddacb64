package vn.camau.egov.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/**
 * The unit's measured figures for the period, copied into its report when drafted and again when
 * submitted: the report keeps what the leader signed even if dossiers change later.
 */
@Embeddable
public class ReportFigures implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private long received;

    @Column(name = "received_online", nullable = false)
    private long receivedOnline;

    @Column(nullable = false)
    private long resolved;

    @Column(name = "resolved_in_time", nullable = false)
    private long resolvedInTime;

    @Column(name = "paid_online", nullable = false)
    private long paidOnline;

    /** The Decision 766 score out of 100. */
    @Column(nullable = false, precision = 6, scale = 2)
    private double scorecard;

    protected ReportFigures() {
        // for JPA
    }

    public ReportFigures(long received, long receivedOnline, long resolved, long resolvedInTime, long paidOnline,
                         double scorecard) {
        this.received = received;
        this.receivedOnline = receivedOnline;
        this.resolved = resolved;
        this.resolvedInTime = resolvedInTime;
        this.paidOnline = paidOnline;
        this.scorecard = Math.round(scorecard * 100) / 100.0;
    }

    public long getReceived() {
        return received;
    }

    public long getReceivedOnline() {
        return receivedOnline;
    }

    public long getResolved() {
        return resolved;
    }

    public long getResolvedInTime() {
        return resolvedInTime;
    }

    public long getPaidOnline() {
        return paidOnline;
    }

    public double getScorecard() {
        return scorecard;
    }

    /** OpenCPS's on-time rate in per cent: 100 when nothing was resolved. */
    public double onTimePercent() {
        return Rates.onTimePercent(resolvedInTime, resolved);
    }

    /** Received online (either portal) in per cent of all received; 0 when nothing was received. */
    public double onlinePercent() {
        return received == 0 ? 0 : 100.0 * receivedOnline / received;
    }
}
