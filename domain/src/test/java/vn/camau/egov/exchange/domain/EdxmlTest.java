package vn.camau.egov.exchange.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EdxmlTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final Instant SENT = LocalDateTime.of(2026, 11, 25, 9, 30, 15).atZone(Edxml.ZONE).toInstant();

    static EdxmlDocument document() {
        LocalDate day = LocalDate.of(2026, 11, 25);
        return new EdxmlDocument("msg-7f3a", new Organization("000.00.00.H12", "Ủy ban nhân dân tỉnh Cà Mau", null,
                "Số 02 Hùng Vương, Phường 5", "ubnd@camau.gov.vn", "0290 3831 110", null, null),
                List.of(Organization.of("000.00.00.G22", "Văn phòng Chính phủ"), Organization.of("000.00.00.H49", "UBND tỉnh Bạc Liêu")),
                "123", "UBND-VP", "Cà Mau", day, 1, "Công văn", "Về việc triển khai Kế hoạch 36a/NQ-CP", "Báo cáo tiến độ.",
                "Thay mặt", "Chủ tịch", "Nguyễn Văn Sử", day.plusDays(10), List.of("Như trên", "Lưu: VT"), 1,
                Edxml.documentId("000.00.00.H12", day, "123/UBND-VP"),
                List.of(new TraceHeader("000.00.00.H12", SENT)), 0, null,
                new StaffInfo("Văn phòng", "Huỳnh Thị Mai", "0912000000", "vanthu@camau.gov.vn"), false,
                List.of(new EdxmlAttachment("a1", "cong-van-123.pdf", "Công văn", "application/pdf", PDF)));
    }

    private static EdxmlDocument roundTrip(EdxmlDocument d) {
        return Edxml.readDocument(SecureXml.parse(SecureXml.serialize(Edxml.write(d))));
    }

    @Test
    void aDocumentComesBackAsItWasWritten() {
        EdxmlDocument back = roundTrip(document());
        assertThat(back).usingRecursiveComparison().ignoringFields("attachments").isEqualTo(document());
        assertThat(back.attachments()).singleElement().satisfies(a -> {
            assertThat(a.content()).isEqualTo(PDF);
            assertThat(a.name()).isEqualTo("cong-van-123.pdf");
            assertThat(a.contentType()).isEqualTo("application/pdf");
        });
        String xml = new String(SecureXml.serialize(Edxml.write(document())), StandardCharsets.UTF_8);
        assertThat(xml).contains("<edXML:Subject>Về việc triển khai Kế hoạch 36a/NQ-CP</edXML:Subject>",
                "<edXML:PromulgationDate>2026/11/25</edXML:PromulgationDate>", "<edXML:Timestamp>2026/11/25 09:30:15</edXML:Timestamp>",
                "xlink:href=\"cid:a1\"", "<edXML:Bussiness>", "<AttachmentEncoded>");
    }

    @Test
    void aStatusComesBackAsItWasWritten() {
        EdxmlStatus status = new EdxmlStatus("st-1", "000.00.00.H12", "123/UBND-VP", LocalDate.of(2026, 11, 25),
                "000.00.00.H12,2026/11/25,123/UBND-VP", Organization.of("000.00.00.G22", "Văn phòng Chính phủ"), "02",
                "Không đúng thẩm quyền", SENT, new StaffInfo("Phòng Hành chính", "Lê Văn Tư", null, null));
        byte[] wire = SecureXml.serialize(Edxml.write(status));
        assertThat(Edxml.kindOf(SecureXml.parse(wire))).isEqualTo(Edxml.Kind.STATUS);
        assertThat(Edxml.readStatus(SecureXml.parse(wire))).isEqualTo(status);
        assertThat(Edxml.kindOf(SecureXml.parse(SecureXml.serialize(Edxml.write(document()))))).isEqualTo(Edxml.Kind.DOCUMENT);
    }

    @Test
    void everyProblemIsReportedWithItsKindAndField() {
        EdxmlDocument d = document();
        EdxmlDocument bad = new EdxmlDocument(d.messageId(), d.from(),
                List.of(Organization.of("000.00.00.G22", "VPCP"), Organization.of("000.00.00.G22", "VPCP"), Organization.of("G22", "?")),
                d.codeNumber(), d.codeNotation(), d.place(), d.promulgationDate(), d.documentType(), d.typeName(), null,
                "x".repeat(501), d.signerCompetence(), d.signerPosition(), d.signerFullName(), d.dueDate(),
                List.of("y".repeat(151)), 9, "000.00.00.H12,2026/11/24,123/UBND-VP", d.trace(), 0, null, d.staff(), false,
                List.of(new EdxmlAttachment("a1", "virus.pdf", null, "application/pdf", new byte[] {'M', 'Z', 0, 0}),
                        new EdxmlAttachment("a2", "anh.pdf", null, "application/pdf",
                                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})));
        EdxmlException e = catchThrowableOfType(EdxmlException.class, () -> roundTrip(bad));
        assertThat(e.problems()).extracting(EdxmlProblem::code).containsExactlyInAnyOrder(
                "M.MessageHeader.To.OrganId", "R.MessageHeader.To.OrganId", "N.MessageHeader.Subject",
                "R.MessageHeader.Content", "R.MessageHeader.ToPlaces.Place", "R.MessageHeader.OtherInfo.Priority",
                "M.MessageHeader.DocumentId", "R.Attachment.ContentType", "M.Attachment.ContentType");
        assertThat(e.describe()).contains("N.MessageHeader.Subject", "R.MessageHeader.Content (over 500 characters)");
    }

    @Test
    void aManifestAndItsAttachmentsMustAgree() {
        String xml = new String(SecureXml.serialize(Edxml.write(document())), StandardCharsets.UTF_8)
                .replace("<ContentId>a1</ContentId>", "<ContentId>a9</ContentId>");
        EdxmlException e = catchThrowableOfType(EdxmlException.class,
                () -> Edxml.readDocument(SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8))));
        assertThat(e.problems()).extracting(EdxmlProblem::code)
                .containsExactly("M.edXMLManifest.Reference", "M.edXMLManifest.Reference");
    }

    @Test
    void peersThatWriteTheDefaultNamespaceAndDayFirstTimesAreRead() {
        String xml = new String(SecureXml.serialize(Edxml.write(document())), StandardCharsets.UTF_8)
                .replace("edXML:", "").replace("xmlns:edXML=\"" + Edxml.NS + "\"", "")
                .replace("2026/11/25 09:30:15", "25/11/2026 09:30:15");
        assertThat(xml).doesNotContain("edXML:Subject");
        EdxmlDocument back = Edxml.readDocument(SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(back.subject()).isEqualTo(document().subject());
        assertThat(back.trace().get(0).timestamp()).isEqualTo(SENT);
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "mat-khau-co-so-du-lieu");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>"
                + "<edXML xmlns=\"" + Edxml.NS + "\"><edXMLEnvelope><edXMLHeader><MessageHeader><Subject>&s;</Subject>"
                + "</MessageHeader></edXMLHeader></edXMLEnvelope></edXML>";
        EdxmlException e = catchThrowableOfType(EdxmlException.class, () -> SecureXml.parse(xxe.getBytes(StandardCharsets.UTF_8)));
        assertThat(e.problems()).extracting(EdxmlProblem::code).containsExactly("M.Message");
        assertThat(e.getMessage()).doesNotContain("mat-khau-co-so-du-lieu");
    }

    @Test
    void entityExpansionDeepNestingAndHugeMessagesAreRefused() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><l>&c;</l>";
        assertThat(catchThrowableOfType(EdxmlException.class, () -> SecureXml.parse(laughs.getBytes(StandardCharsets.UTF_8))))
                .isNotNull();
        String deep = "<a>".repeat(SecureXml.MAX_DEPTH + 10) + "</a>".repeat(SecureXml.MAX_DEPTH + 10);
        assertThat(catchThrowableOfType(EdxmlException.class, () -> SecureXml.parse(deep.getBytes(StandardCharsets.UTF_8))))
                .isNotNull();
        assertThat(SecureXml.parse(("<a>".repeat(20) + "</a>".repeat(20)).getBytes(StandardCharsets.UTF_8))).isNotNull();
        EdxmlException huge = catchThrowableOfType(EdxmlException.class, () -> SecureXml.parse(new byte[SecureXml.MAX_BYTES + 1]));
        assertThat(huge.problems()).extracting(EdxmlProblem::code).containsExactly("R.Message");
    }
}
