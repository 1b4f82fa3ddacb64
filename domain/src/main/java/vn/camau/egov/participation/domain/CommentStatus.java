package vn.camau.egov.participation.domain;

/** A comment waits for moderation, then is published or rejected with a reason its author sees. */
public enum CommentStatus {
    PENDING, PUBLISHED, REJECTED
}
