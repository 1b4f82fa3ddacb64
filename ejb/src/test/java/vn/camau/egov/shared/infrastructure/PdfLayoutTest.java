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
}
