package vn.camau.egov.participation.application;

import vn.camau.egov.participation.domain.Feedback;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** Feedback as a page shows it: never the author's contact details. */
public record FeedbackView(String code, long version, String unitCode, String unitName, String procedureCode,
                           String regulation, String title, String content, String authorName, boolean privateAnswer,
                           LocalDate receivedOn, LocalDate dueOn, String answer, Instant answeredAt, Boolean onTime,
                           Boolean satisfied, boolean overdue) implements Serializable {

    static FeedbackView of(Feedback f, LocalDate today) {
        return new FeedbackView(f.getCode(), f.getVersion(), f.getUnit().getCode(), f.getUnit().getName(),
                f.getProcedureCode(), f.getRegulation(), f.getTitle(), f.getContent(), f.getAuthorName(),
                f.isPrivateAnswer(), f.getReceivedOn(), f.getDueOn(), f.getAnswer(), f.getAnsweredAt(), f.getOnTime(),
                f.getSatisfied(), f.isOverdue(today));
    }
}
