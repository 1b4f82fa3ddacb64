package vn.camau.egov.exchange.domain;

/** Whether a logged message left the province or came to it. */
public enum Direction {
    OUT, IN
}
