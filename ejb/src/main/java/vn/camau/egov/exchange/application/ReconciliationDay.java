package vn.camau.egov.exchange.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One day of the exchange: what was sent and where it stands (pending: still waiting for the hub;
 * delivered: on the hub; acknowledged: its receiver answered; failed: refused), and what was
 * received (accepted, duplicates dropped, rejected).
 */
public record ReconciliationDay(LocalDate day, long sent, long pending, long delivered, long acknowledged, long failed,
                                long received, long duplicates, long rejected) implements Serializable {
}
