package vn.camau.egov.participation.application;

import vn.camau.egov.participation.domain.Comment;
import vn.camau.egov.participation.domain.CommentStatus;

import java.io.Serializable;
import java.time.Instant;

/** A comment as its page shows it; the author's name, not their account. */
public record CommentView(long id, long version, long consultationId, String consultationTitle, Long articleId,
                          String articleHeading, String authorName, String body, CommentStatus status,
                          String rejectReason, String answer, Instant answeredAt, Instant createdAt)
        implements Serializable {

    static CommentView of(Comment c) {
        return new CommentView(c.getId(), c.getVersion(), c.getConsultation().getId(), c.getConsultation().getTitle(),
                c.getArticle() == null ? null : c.getArticle().getId(),
                c.getArticle() == null ? null : c.getArticle().getHeading(), c.getAuthorName(), c.getBody(),
                c.getStatus(), c.getRejectReason(), c.getAnswer(), c.getAnsweredAt(), c.getCreatedAt());
    }
}
