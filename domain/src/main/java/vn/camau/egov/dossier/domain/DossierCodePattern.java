package vn.camau.egov.dossier.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pattern dossier codes (mã hồ sơ) are made from; the national format is unverified, so it is
 * configuration (egov.dossier.code-pattern). Tokens: {agency} the implementing unit's agency
 * identifier, {unit} its short code, {yyyy} {yy} {MM} {dd} the date of submission, {seq:N} a
 * sequence number of at least N digits. The sequence counts within everything the other tokens
 * make: with the default, per unit and day, e.g. {@code 000.00.03.H12-261125-0001}.
 */
public final class DossierCodePattern {

    public static final String DEFAULT = "{agency}-{yy}{MM}{dd}-{seq:4}";
    private static final Pattern TOKEN = Pattern.compile("\\{(agency|unit|yyyy|yy|MM|dd|seq)(?::(\\d))?}");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9._\\-/]*");

    private final String pattern;
    private final int sequenceWidth;

    public DossierCodePattern(String pattern) {
        Matcher m = TOKEN.matcher(pattern);
        int seqCount = 0;
        int width = 0;
        StringBuilder literals = new StringBuilder();
        int last = 0;
        while (m.find()) {
            literals.append(pattern, last, m.start());
            last = m.end();
            if ("seq".equals(m.group(1))) {
                seqCount++;
                width = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            }
        }
        literals.append(pattern.substring(last));
        if (seqCount != 1 || !LITERAL.matcher(literals).matches() || pattern.length() > 60) {
            throw new IllegalArgumentException("a dossier code pattern has exactly one {seq:N} and only "
                    + "letters, digits, '.', '_', '-', '/' outside its tokens: " + pattern);
        }
        this.pattern = pattern;
        this.sequenceWidth = width;
    }

    /** What the sequence counts within: the code with the sequence left out. */
    public String scope(String agencyId, String unitCode, LocalDate date) {
        return render(agencyId, unitCode, date, null);
    }

    public String format(String agencyId, String unitCode, LocalDate date, long sequence) {
        return render(agencyId, unitCode, date, sequence);
    }

    private String render(String agencyId, String unitCode, LocalDate date, Long sequence) {
        Matcher m = TOKEN.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "agency" -> agencyId;
                case "unit" -> unitCode;
                case "yyyy" -> String.format("%04d", date.getYear());
                case "yy" -> String.format("%02d", date.getYear() % 100);
                case "MM" -> String.format("%02d", date.getMonthValue());
                case "dd" -> String.format("%02d", date.getDayOfMonth());
                default -> sequence == null ? "{seq}" : String.format("%0" + sequenceWidth + "d", sequence);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
