package vn.camau.egov.exchange.domain;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The bad-input corpus for edXML, as a message from another agency reaches the province: malformed,
 * incomplete, mistyped and hostile messages. Each must be refused with an {@link EdxmlException}
 * naming the field (what the sender is told in status 02 and what the dead-letter queue keeps),
 * never another exception, never a file's or a server's content read into it. The count is printed
 * (README, "Reliability and security").
 */
class EdxmlCorpusTest {

    private static final AtomicInteger TRIED = new AtomicInteger();

    @TempDir
    static Path dir;

    private static String documentXml() {
        return new String(SecureXml.serialize(Edxml.write(EdxmlTest.document())), StandardCharsets.UTF_8);
    }

    private static String statusXml() {
        EdxmlDocument d = EdxmlTest.document();
        EdxmlStatus s = new EdxmlStatus("st-1", d.from().organId(), d.code(), d.promulgationDate(), d.documentId(),
                Organization.of("000.00.00.G22", "Văn phòng Chính phủ"), "03", null, Instant.parse("2026-11-25T03:00:00Z"),
                new StaffInfo("Văn phòng", "Văn thư", null, null));
        return new String(SecureXml.serialize(Edxml.write(s)), StandardCharsets.UTF_8);
    }

    /** The element's text replaced, wherever the element is (with or without the edXML prefix). */
    private static String replace(String xml, String element, String text) {
        String replaced = xml.replaceFirst("(<(edXML:)?" + element + ">)[^<]*(</(edXML:)?" + element + ">)",
                "$1" + java.util.regex.Matcher.quoteReplacement(text) + "$3");
        assertThat(replaced).as("the corpus's base message has " + element).isNotEqualTo(xml);
        return replaced;
    }

    /** Every such element and what it holds removed. */
    private static String remove(String xml, String element) {
        String removed = xml.replaceAll("(?s)<(edXML:)?" + element + ">.*?</(edXML:)?" + element + ">", "");
        assertThat(removed).as("the corpus's base message has " + element).isNotEqualTo(xml);
        return removed;
    }

    private static Arguments bad(String name, String xml, String field) {
        return bad(name, xml.getBytes(StandardCharsets.UTF_8), field);
    }

    private static Arguments bad(String name, byte[] bytes, String field) {
        return Arguments.of(name, bytes, field);
    }

    static Stream<Arguments> corpus() throws Exception {
        String doc = documentXml();
        String status = statusXml();
        Path secret = Files.writeString(dir.resolve("secret.txt"), "mat-khau-co-so-du-lieu");
        String header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
        List<Arguments> cases = new ArrayList<>(List.of(
                // not a message at all
                bad("no bytes", new byte[0], "Message"),
                bad("plain text", "xin chào", "Message"),
                bad("an HTML page", "<!DOCTYPE html><html><body><p>502 Bad Gateway</p></body></html>", "Message"),
                bad("cut off in the middle", doc.substring(0, doc.length() / 2), "Message"),
                bad("two roots", doc + doc.substring(doc.indexOf("?>") + 2), "Message"),
                bad("a control character", doc.replaceFirst("Về việc", "Về \u0001việc"), "Message"),
                bad("Latin-1 bytes under a UTF-8 declaration", doc.getBytes(StandardCharsets.ISO_8859_1), "Message"),
                bad("over the size limit", new byte[SecureXml.MAX_BYTES + 1], "Message"),
                bad("nested deeper than edXML goes", "<a>".repeat(5_000) + "</a>".repeat(5_000), "Message"),
                // hostile
                bad("entity expansion (billion laughs)", header + "<!DOCTYPE l [<!ENTITY a \"ha\">"
                        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                        + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><l>&d;</l>", "Message"),
                bad("an external entity reading a file", header + "<!DOCTYPE x [<!ENTITY s SYSTEM \"" + secret.toUri()
                        + "\">]>" + doc.substring(doc.indexOf("?>") + 2).replaceFirst("Về việc", "&s;"), "Message"),
                bad("an external entity over the network", header + "<!DOCTYPE x [<!ENTITY s SYSTEM "
                        + "\"http://127.0.0.1:9/x\">]><edXML>&s;</edXML>", "Message"),
                bad("an external DTD", header + "<!DOCTYPE edXML SYSTEM \"http://127.0.0.1:9/edxml.dtd\">"
                        + doc.substring(doc.indexOf("?>") + 2), "Message"),
                bad("a parameter entity", header + "<!DOCTYPE x [<!ENTITY % p SYSTEM \"" + secret.toUri() + "\">%p;]><x/>",
                        "Message"),
                bad("an XInclude of a file", header + "<edXML xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
                        + "<xi:include href=\"" + secret.toUri() + "\" parse=\"text\"/></edXML>", "edXMLEnvelope"),
                bad("a foreign root", header + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"/>",
                        "Message"),
                // a document with a field missing or wrong
                bad("no sender", remove(doc, "From"), "From"),
                bad("no recipient", remove(doc, "To"), "To"),
                bad("no DocumentId", remove(doc, "DocumentId"), "DocumentId"),
                bad("no subject", remove(doc, "Subject"), "Subject"),
                bad("a subject of 10,000 characters", replace(doc, "Subject", "S".repeat(10_000)), "Subject"),
                bad("a sender code that is not one", replace(doc, "OrganId", "' OR 1=1 --"), "OrganId"),
                bad("a date that is no date", replace(doc, "PromulgationDate", "2026-13-45"), "PromulgationDate"),
                bad("a date that is words", replace(doc, "PromulgationDate", "hôm qua"), "PromulgationDate"),
                bad("a priority that is no number", replace(doc, "Priority", "khẩn"), "Priority"),
                bad("a priority out of range", replace(doc, "Priority", "99999999999999999999"), "Priority"),
                bad("a document type that is no number", replace(doc, "Type", "công văn"), "Type"),
                bad("an attachment that is not base64", replace(doc, "ContentTransferEncoded", "%%%không phải base64%%%"), "Attachment"),
                bad("an attachment that is an executable", replace(doc, "ContentTransferEncoded",
                        Base64.getEncoder().encodeToString(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0})), "Attachment"),
                bad("an attachment the manifest does not name", doc.replace(">a1<", ">a9<").replaceFirst(">a9<", ">a1<"),
                        "Manifest"),
                // a status with a field missing or wrong
                bad("a status code that does not exist", replace(status, "StatusCode", "99"), "StatusCode"),
                bad("a status without the document it answers", remove(status, "ResponseFor"), "ResponseFor"),
                bad("a status time that is no time", replace(status, "Timestamp", "bây giờ"), "Timestamp")));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedNamingTheField(String name, byte[] message, String field) {
        Throwable thrown = catchThrowable(() -> read(message));
        TRIED.incrementAndGet();
        assertThat(thrown).as(name).isInstanceOf(EdxmlException.class);
        EdxmlException e = (EdxmlException) thrown;
        assertThat(e.problems()).as(name).isNotEmpty()
                .allSatisfy(p -> assertThat(p.code()).matches("[MRN]\\.[A-Za-z].*"));
        assertThat(e.describe()).as(name).contains(field).doesNotContain("mat-khau-co-so-du-lieu");
    }

    /** What the province does with the bytes before it trusts anything in them. */
    private static void read(byte[] message) {
        Document xml = SecureXml.parse(message);
        if (Edxml.kindOf(xml) == Edxml.Kind.STATUS) {
            Edxml.readStatus(xml);
        } else {
            Edxml.readDocument(xml);
        }
    }

    @AfterAll
    static void count() {
        System.out.println("EdxmlCorpusTest: " + TRIED.get() + " malformed or hostile edXML messages, each refused by field");
    }
}
