package vn.camau.egov.bench.gatling;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a citizen's browser posts on the submission page: the form's fields, read from the page as
 * the server drew it (the ids inside the loops are generated, so they are never guessed), with
 * answers filled in, and a 200 KB PDF for each document. The crash test's citizens post it too.
 */
public final class SubmissionBody {

    /** Two files of 200 KB each. */
    static final int FILE_BYTES = 200 * 1024;
    public static final byte[] FIRST_PDF = pdf("Don de nghi - ho so thu tai", FILE_BYTES);
    public static final byte[] SECOND_PDF = pdf("Ban ve hien trang cong trinh - ho so thu tai", FILE_BYTES);

    static final String ADDRESS = "Số 12 đường Phan Ngọc Hiển, Phường 5, thành phố Cà Mau";

    /** The fields to post (name → value, files apart) and the names of the file inputs, in page order. */
    public record Form(Map<String, Object> fields, List<String> fileInputs) {
    }

    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");

    private SubmissionBody() {
    }

    /**
     * The fields of the page's form {@code submission} as a browser would post them after the
     * citizen filled it in: hidden fields and the view state as drawn, the applicant's e-mail and
     * phone as prefilled, an address, an answer to each of the procedure's own fields, the submit
     * button; the postal-delivery box left unticked (a browser then sends nothing for it).
     *
     * @throws IllegalArgumentException when the page has no submission form
     */
    public static Form parse(String html) {
        int start = html.indexOf("<form id=\"submission\"");
        int end = start < 0 ? -1 : html.indexOf("</form>", start);
        if (end < 0) {
            throw new IllegalArgumentException("no submission form on the page");
        }
        String form = html.substring(start, end);
        Map<String, Object> fields = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            Map<String, String> a = attributes(input.group(1));
            String name = a.get("name");
            String type = a.getOrDefault("type", "text");
            if (name == null || type.equals("checkbox")) {
                continue;
            }
            switch (type) {
                case "file" -> files.add(name);
                case "hidden", "submit" -> fields.put(name, a.getOrDefault("value", ""));
                default -> fields.put(name, valueFor(name, a));
            }
        }
        Matcher select = SELECT.matcher(form);
        while (select.find()) {
            Map<String, String> a = attributes(select.group(1));
            String last = "";
            Matcher option = OPTION.matcher(select.group(2));
            while (option.find()) {
                last = attributes(option.group(1)).getOrDefault("value", last);
            }
            fields.put(a.get("name"), last);
        }
        return new Form(fields, files);
    }

    /** A text input's value: what the page prefilled, else an answer that suits the field. */
    private static String valueFor(String name, Map<String, String> a) {
        String key = a.get("data-key");
        if (key == null) {
            String value = a.getOrDefault("value", "");
            return value.isEmpty() && name.endsWith("applicantAddress") ? ADDRESS : value;
        }
        String k = key.toLowerCase();
        if ("dd/MM/yyyy".equals(a.get("placeholder"))) {
            return "15/03/1990";
        }
        if (k.contains("cccd")) {
            return "096190000002";
        }
        if (k.contains("dienthoai") || k.contains("phone")) {
            return "0912345678";
        }
        if ("numeric".equals(a.get("inputmode"))) {
            return "120";
        }
        return ADDRESS;
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> a = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            a.put(m.group(1), unescape(m.group(2)));
        }
        return a;
    }

    private static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|amp|lt|gt|quot|apos);").matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String c = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> Character.toString(e.startsWith("#x")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1)));
            };
            m.appendReplacement(b, Matcher.quoteReplacement(c));
        }
        return m.appendTail(b).toString();
    }

    /**
     * The same body as the real form posts, for the bare upload servlet: the field names and values
     * the submission page draws for procedure 1.001006 (seven fields), and the two files.
     */
    static Form baseline() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("submission", "submission");
        fields.put("submission:applicantEmail", "thutai000000001@example.vn");
        fields.put("submission:applicantPhone", "0990000001");
        fields.put("submission:applicantAddress", ADDRESS);
        fields.put("submission:j_idt48:0:j_idt51", ADDRESS);
        fields.put("submission:submit", "Nộp hồ sơ");
        fields.put("jakarta.faces.ViewState", "6594532265860705180:8237989747329875793");
        return new Form(fields, List.of("submission:j_idt59:0:j_idt61", "submission:j_idt59:1:j_idt61"));
    }

    /**
     * A valid one-page PDF showing {@code title}, exactly {@code size} bytes: the page's content
     * stream is padded with blank lines (whitespace between operators is allowed anywhere), and the
     * cross-reference table holds the true offsets. Made at start-up so no binary file is committed.
     */
    static byte[] pdf(String title, int size) {
        int padding = 0;
        for (int attempt = 0; attempt < 10; attempt++) {
            byte[] pdf = padded(title, padding);
            if (pdf.length == size) {
                return pdf;
            }
            padding += size - pdf.length;
        }
        throw new IllegalStateException("could not make a PDF of " + size + " bytes");
    }

    private static byte[] padded(String title, int padding) {
        StringBuilder content = new StringBuilder("BT /F1 16 Tf 72 770 Td (").append(title).append(") Tj ET\n")
                .append("BT /F1 10 Tf 72 740 Td (Tep dinh kem do cong cu do tai tao ra.) Tj ET\n");
        for (int i = 0; i < padding; i++) {
            content.append(i % 100 == 99 ? '\n' : ' ');
        }
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        // ISO-8859-1: one byte per character, so the binary marker after the header stays four bytes
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
