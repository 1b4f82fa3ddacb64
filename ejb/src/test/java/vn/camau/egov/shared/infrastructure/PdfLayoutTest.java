package vn.camau.egov.shared.infrastructure;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PdfLayoutTest {

    @Test
    void printsVietnameseThatReadsBackTheSameAndBreaksPages() throws Exception {
        byte[] pdf;
        try (PdfLayout layout = new PdfLayout()) {
            layout.header("Sở Tư pháp tỉnh Cà Mau").title("Giấy tiếp nhận hồ sơ và hẹn trả kết quả")
                    .line("Họ và tên", "Nguyễn Thị Thu Trang")
                    .paragraph("Đề nghị Ông/Bà đến nhận kết quả đúng hẹn. ".repeat(40));
            for (int i = 0; i < 60; i++) {
                layout.table(new float[] {0.2f, 0.8f}, List.of("STT", "Nội dung"), List.of(List.of("" + i, "Bước xử lý thứ " + i)));
            }
            pdf = layout.bytes();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                    "Nguyễn Thị Thu Trang", "Bước xử lý thứ 59");
        }
    }

    @Test
    void aLongTableRepeatsItsHeaderOnEveryPageAndNeverSplitsARow() throws Exception {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            rows.add(List.of(String.valueOf(i), "Hồ sơ số " + i + " của ông Nguyễn Văn An, thường trú tại khóm " + i
                    + ", phường 7, thành phố Cà Mau", "Đúng hạn"));
        }
        byte[] pdf;
        try (PdfLayout layout = new PdfLayout()) {
            layout.title("Sổ theo dõi hồ sơ").table(new float[] {0.1f, 0.7f, 0.2f}, List.of("STT", "Hồ sơ", "Kết quả"), rows);
            pdf = layout.bytes();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertThat(text).as("page %d", page).contains("STT");
                // each row's two lines of text stay together on one page
                for (int i = 1; i <= 150; i++) {
                    if (text.contains("Hồ sơ số " + i + " ")) {
                        assertThat(text).as("row %d on page %d", i, page).contains("khóm " + i + ",");
                    }
                }
            }
        }
    }
}
