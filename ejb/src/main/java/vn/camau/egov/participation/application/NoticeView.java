package vn.camau.egov.participation.application;

import vn.camau.egov.participation.domain.Notice;
import vn.camau.egov.participation.domain.NoticeKind;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

public record NoticeView(long id, long version, NoticeKind kind, String unitName, String title, String body,
                         LocalDate closesOn, boolean published, Instant publishedAt) implements Serializable {

    static NoticeView of(Notice n) {
        return new NoticeView(n.getId(), n.getVersion(), n.getKind(), n.getUnit().getName(), n.getTitle(), n.getBody(),
                n.getClosesOn(), n.isPublished(), n.getPublishedAt());
    }
}
