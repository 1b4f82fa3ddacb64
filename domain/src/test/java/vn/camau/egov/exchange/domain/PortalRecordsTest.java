package vn.camau.egov.exchange.domain;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PortalRecordsTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-25T02:15:00Z");

    private static Document wire(Document xml) {
        return SecureXml.parse(SecureXml.serialize(xml));
    }

    @Test
    void aDossierSyncRecordCarriesTheFieldsThePortalKeeps() {
        PortalRecords.DossierSync sync = new PortalRecords.DossierSync("m-1", "000.00.03.H12-261125-0001",
                "1.000001.000.00.00.H12", "Đăng ký hành nghề luật sư", "TP", "Nguyễn Văn An", 1, RECEIVED,
                RECEIVED.plusSeconds(86400 * 7), "4", null, 0, "Sở Tư pháp", List.of("giay-de-nghi.pdf"),
                List.of(new PortalRecords.Fee("Lệ phí", 200_000)), List.of(), List.of(new PortalRecords.Progress(
                "Lê Thị Ngọc Hân", "Tiếp nhận", RECEIVED, "Hồ sơ đầy đủ", "4")),
                List.of(new PortalRecords.Supplement(RECEIVED.plusSeconds(3600), "Bổ sung bản sao CCCD", null)),
                new PortalRecords.Paid("14123456", 200_000, RECEIVED.plusSeconds(60), "Nguyễn Văn An", "096088000001",
                        "Phường 5, TP Cà Mau"));
        Document xml = wire(PortalRecords.write(sync));
        assertThat(PortalRecords.kindOf(xml)).isEqualTo(MessageKind.PORTAL_DOSSIER);
        String text = new String(SecureXml.serialize(xml), StandardCharsets.UTF_8);
        assertThat(text).contains("<MaHoSo>000.00.03.H12-261125-0001</MaHoSo>", "<TrangThaiHoSo>4</TrangThaiHoSo>",
                "<NgayTiepNhan>20261125091500</NgayTiepNhan>", "<MucPhi>200000</MucPhi>");
        PortalRecords.DossierSync back = PortalRecords.readDossierSync(xml);
        assertThat(back.code()).isEqualTo(sync.code());
        assertThat(back.received()).isEqualTo(RECEIVED);
        assertThat(back.progress()).singleElement().satisfies(p -> assertThat(p.step()).isEqualTo("Tiếp nhận"));
        assertThat(back.supplements()).isEqualTo(sync.supplements());
        assertThat(back.payment()).isEqualTo(sync.payment());
    }

    @Test
    void aSubmissionFromThePortalReadsBackWithItsFilesAndFields() {
        PortalRecords.Submission s = new PortalRecords.Submission("G22.99-261125-000123", "1.000001.000.00.00.H12",
                "Trần Thị Bích", "096190000002", "Phường 5, TP Cà Mau", "0912000002", null, false,
                Map.of("diaChi", "Số 5 Lý Thường Kiệt"), List.of(new PortalRecords.SubmittedFile("Đơn đề nghị", "don.pdf",
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))));
        Document xml = wire(PortalRecords.write(s, "m-2"));
        assertThat(PortalRecords.kindOf(xml)).isEqualTo(MessageKind.PORTAL_DOSSIER);
        PortalRecords.Submission back = PortalRecords.readSubmission(xml);
        assertThat(back).usingRecursiveComparison().ignoringFields("files").isEqualTo(s);
        assertThat(back.files().get(0).content()).isEqualTo(s.files().get(0).content());
    }

    @Test
    void aSubmissionWithoutItsOwnerOrCodeIsRefusedFieldByField() {
        Document xml = SecureXml.parse(("<HoSoDVCQG xmlns=\"" + PortalRecords.NS + "\" id=\"m-3\"><MaTTHC>1.0</MaTTHC>"
                + "<ChuHoSo><DiaChi>x</DiaChi></ChuHoSo></HoSoDVCQG>").getBytes(StandardCharsets.UTF_8));
        EdxmlException e = catchThrowableOfType(EdxmlException.class, () -> PortalRecords.readSubmission(xml));
        assertThat(e.problems()).extracting(EdxmlProblem::field)
                .containsExactly("HoSoDVCQG.MaHoSoQG", "ChuHoSo.HoTen", "ChuHoSo.SoGiayTo");
    }

    @Test
    void receiptsAndTheStatusTable() {
        Document xml = wire(PortalRecords.write(new PortalRecords.Receipt("r-1", "m-1", false, null, "Sai mã TTHC")));
        assertThat(PortalRecords.kindOf(xml)).isEqualTo(MessageKind.PORTAL_RECEIPT);
        assertThat(PortalRecords.readReceipt(xml)).isEqualTo(new PortalRecords.Receipt("r-1", "m-1", false, null, "Sai mã TTHC"));

        assertThat(PortalStatusMap.of(null).codeOf("DONE")).isEqualTo("10");
        assertThat(PortalStatusMap.of("DONE=6, NEW=0").codeOf("DONE")).isEqualTo("6");
        assertThat(PortalStatusMap.of("DONE=6").codeOf("PROCESSING")).isEqualTo("4");
        assertThatThrownBy(() -> PortalStatusMap.of("FINISHED=6")).hasMessageContaining("FINISHED=6");
    }
}
