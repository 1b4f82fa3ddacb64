package vn.camau.egov.exchange.domain;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class XmlSignatureTest {

    private static final KeyPair SENDER = keys();
    private static final KeyPair OTHER = keys();

    private static KeyPair keys() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signed, put on the wire, read back: what a receiver checks. */
    private static Document overTheWire(Document xml) {
        XmlSignature.sign(xml, SENDER.getPrivate(), null);
        return SecureXml.parse(SecureXml.serialize(xml));
    }

    private static EdxmlStatus status(String description) {
        return new EdxmlStatus("st-1", "000.00.00.H12", "123/UBND-VP", LocalDate.of(2026, 11, 25),
                "000.00.00.H12,2026/11/25,123/UBND-VP", Organization.of("000.00.00.H03", "UBND tỉnh Bạc Liêu"), "06",
                description, Instant.parse("2026-11-25T03:00:00Z"), new StaffInfo("Văn phòng", "Văn thư", null, null));
    }

    @Test
    void aSignedDocumentVerifiesWithTheSendersKeyOnly() {
        Document received = overTheWire(Edxml.write(EdxmlTest.document()));
        assertThat(XmlSignature.verify(received, SENDER.getPublic())).isEqualTo(XmlSignature.Outcome.VALID);
        assertThat(XmlSignature.verify(received, OTHER.getPublic())).isEqualTo(XmlSignature.Outcome.INVALID);
        XmlSignature.strip(received);
        assertThat(Edxml.readDocument(received).subject()).isEqualTo(EdxmlTest.document().subject());
    }

    @Test
    void aSignedStatusWithVietnameseTextVerifies() {
        Document received = overTheWire(Edxml.write(status("Đã triển khai, hoàn thành đúng hạn")));
        assertThat(XmlSignature.verify(received, SENDER.getPublic())).isEqualTo(XmlSignature.Outcome.VALID);
    }

    @Test
    void aChangedMessageOrNoSignatureIsNoProof() {
        byte[] wire = SecureXml.serialize(overTheWire(Edxml.write(status("Đã xử lý"))));
        String tampered = new String(wire, StandardCharsets.UTF_8).replace("Đã xử lý", "Từ chối");
        assertThat(XmlSignature.verify(SecureXml.parse(tampered.getBytes(StandardCharsets.UTF_8)), SENDER.getPublic()))
                .isEqualTo(XmlSignature.Outcome.INVALID);
        assertThat(XmlSignature.verify(Edxml.write(status("Đã xử lý")), SENDER.getPublic()))
                .isEqualTo(XmlSignature.Outcome.UNSIGNED);
    }
}
