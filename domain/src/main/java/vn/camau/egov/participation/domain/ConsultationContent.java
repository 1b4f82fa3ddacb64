package vn.camau.egov.participation.domain;

import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.InvalidInputException.FieldProblem;
import vn.camau.egov.shared.domain.Text;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a unit writes for a consultation: title, summary, the consultation period and the draft's
 * text. The text is divided into articles by its own headings: a line that starts with "Điều",
 * "Mục", "Chương" or "Phần" and a number starts a new article, as drafts are written; what comes
 * before the first heading (the grounds, "Căn cứ ...") is an article of its own, "Phần mở đầu".
 */
public record ConsultationContent(String title, String summary, LocalDate opensOn, LocalDate closesOn, String text)
        implements Serializable {

    public static final int TITLE = 500;
    public static final int SUMMARY = 2000;
    public static final int HEADING = 300;
    /** A draft's whole text; a long decree fits. */
    public static final int TEXT = 200_000;
    /** The longest consultation period accepted: a year. */
    public static final int MAX_DAYS = 366;

    private static final Pattern HEADING_LINE =
            Pattern.compile("^(Điều|Mục|Chương|Phần)\\s+[0-9IVXLC]+[a-z]?\\b.*", Pattern.CASE_INSENSITIVE);

    /** One article: its heading line and the text under it. */
    public record Article(String heading, String body) implements Serializable {
    }

    /** Every problem at once, by field; the articles when the text is good. */
    public List<Article> validated() {
        List<FieldProblem> problems = new ArrayList<>();
        String t = Text.clean(title);
        if (t == null || t.length() > TITLE || Text.hasControlCharacters(t)) {
            problems.add(new FieldProblem("title", "consultation.title.invalid", TITLE));
        }
        String s = Text.clean(summary);
        if (s == null || s.length() > SUMMARY || Text.hasControlCharacters(s)) {
            problems.add(new FieldProblem("summary", "consultation.summary.invalid", SUMMARY));
        }
        if (opensOn == null) {
            problems.add(new FieldProblem("opensOn", "consultation.opensOn.required"));
        }
        if (closesOn == null || (opensOn != null && (!closesOn.isAfter(opensOn)
                || closesOn.isAfter(opensOn.plusDays(MAX_DAYS))))) {
            problems.add(new FieldProblem("closesOn", "consultation.closesOn.invalid", MAX_DAYS));
        }
        List<Article> articles = articles(Text.clean(text));
        if (text == null || text.length() > TEXT || Text.hasControlCharacters(text)) {
            problems.add(new FieldProblem("text", "consultation.text.invalid", TEXT));
        } else if (articles.isEmpty()) {
            problems.add(new FieldProblem("text", "consultation.text.noArticles"));
        } else if (articles.stream().anyMatch(a -> a.heading().length() > HEADING)) {
            problems.add(new FieldProblem("text", "consultation.text.heading", HEADING));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return articles;
    }

    /** The heading of what comes before the first article. */
    public static final String PREAMBLE = "Phần mở đầu";

    /** The articles of the text: each heading line with the lines under it. */
    static List<Article> articles(String text) {
        List<Article> articles = new ArrayList<>();
        if (text == null) {
            return articles;
        }
        String heading = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").split("\n")) {
            String l = line.strip();
            if (HEADING_LINE.matcher(l).matches()) {
                if (heading != null) {
                    articles.add(new Article(heading, Text.clean(body.toString())));
                }
                heading = l;
                body.setLength(0);
            } else {
                if (heading == null && !l.isEmpty()) {
                    heading = PREAMBLE;
                }
                body.append(line).append('\n');
            }
        }
        if (heading != null) {
            articles.add(new Article(heading, Text.clean(body.toString())));
        }
        return articles;
    }
}
