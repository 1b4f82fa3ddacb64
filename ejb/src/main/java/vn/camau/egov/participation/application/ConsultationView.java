package vn.camau.egov.participation.application;

import vn.camau.egov.participation.domain.Phase;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A consultation's page: the draft's articles with the number of published comments on each (and
 * on the draft as a whole), its files, and the synthesis once written.
 */
public record ConsultationView(long id, long version, String title, String summary, String unitCode, String unitName,
                               LocalDate opensOn, LocalDate closesOn, Phase phase, String synthesis,
                               Instant synthesisAt, List<ArticleView> articles, long generalComments,
                               List<FileRef> files) implements Serializable {

    public record ArticleView(long id, int position, String heading, String body, long comments) implements Serializable {
    }

    public record FileRef(long id, String name) implements Serializable {
    }

    public long totalComments() {
        return generalComments + articles.stream().mapToLong(ArticleView::comments).sum();
    }
}
