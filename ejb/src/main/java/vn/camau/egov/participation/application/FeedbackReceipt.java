package vn.camau.egov.participation.application;

import java.io.Serializable;
import java.time.LocalDate;

/** What the author keeps: the code, the key that opens it without an account, and when the answer is due. */
public record FeedbackReceipt(String code, String key, String unitName, LocalDate dueOn) implements Serializable {
}
