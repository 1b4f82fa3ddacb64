package vn.camau.egov.shared.infrastructure;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.camau.egov.shared.application.ReportTable;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableExportTest {

    private static final List<String> HEADERS = List.of("Đơn vị", "Số hồ sơ", "Tỷ lệ đúng hạn (%)");

    private static ReportTable quarter() {
        return new ReportTable("Báo cáo quý 3 năm 2026", List.of("Từ ngày 01/07/2026 đến ngày 30/09/2026"), HEADERS,
                List.of(List.of("Ủy ban nhân dân huyện Đầm Dơi", 1234, 92.5),
                        Arrays.asList("Sở Thông tin và Truyền thông", 87, null)),
                List.of("Tỷ lệ tính trên số hồ sơ đã giải quyết."));
    }

    private static ReportTable empty() {
        return new ReportTable("Báo cáo quý 4 năm 2026", List.of(), HEADERS, List.of(), List.of());
    }

    @Test
    void pdfKeepsTheVietnameseAndWritesNumbersTheVietnameseWay() throws Exception {
        byte[] pdf = TableExport.pdf("Sở Thông tin và Truyền thông tỉnh Cà Mau", List.of(quarter()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Báo cáo quý 3 năm 2026", "Từ ngày 01/07/2026 đến ngày 30/09/2026",
                    "Đầm Dơi", "Ủy ban nhân dân huyện", "Sở Thông tin và Truyền thông", "Thông tin và Truyền thông",
                    "Tỷ lệ tính trên số hồ sơ đã giải quyết.", "1.234", "92,5", "—");
            // three columns: portrait
            assertThat(document.getPage(0).getMediaBox().getWidth()).isLessThan(document.getPage(0).getMediaBox().getHeight());
            List<PDFont> fonts = fonts(document);
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            });
        }
    }

    @Test
    void aCharacterTheFontLacksPrintsAsAQuestionMarkAndTheRestPrints() throws Exception {
        ReportTable odd = new ReportTable("Minh chứng", List.of(), List.of("Nhiệm vụ", "Minh chứng"),
                List.of(List.of("II.1.a", "✅ Đã xong 中文 Đầm Dơi")), List.of());
        try (PDDocument document = Loader.loadPDF(TableExport.pdf("Sở Tư pháp", List.of(odd)))) {
            assertThat(new PDFTextStripper().getText(document)).contains("? Đã xong ?? Đầm Dơi");
        }
    }

    @Test
    void aWideTablePrintsOnLandscape() throws Exception {
        List<String> headers = List.of("Đơn vị", "Q1", "Q2", "Q3", "Q4", "Năm", "Tỷ lệ");
        ReportTable wide = new ReportTable("Cả năm 2026", null, headers,
                List.of(List.of("Sở Tư pháp", 1, 2, 3, 4, 10, 99.0)), null);
        try (PDDocument document = Loader.loadPDF(TableExport.pdf("Ủy ban nhân dân tỉnh Cà Mau", List.of(wide)))) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isGreaterThan(document.getPage(0).getMediaBox().getHeight());
            assertThat(new PDFTextStripper().getText(document)).contains("99,0");
        }
    }

    @Test
    void xlsxHasOneSheetPerTableWithNumbersAsNumbers() throws Exception {
        byte[] xlsx = TableExport.xlsx(List.of(quarter(), quarter()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("Báo cáo quý 3 năm 2026");
            assertThat(workbook.getSheetName(1)).isNotEqualTo(workbook.getSheetName(0)).startsWith("Báo cáo quý 3");

            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Báo cáo quý 3 năm 2026");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Từ ngày 01/07/2026 đến ngày 30/09/2026");
            // row 2: the header, bold, frozen under it
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Tỷ lệ đúng hạn (%)");
            assertThat(workbook.getFontAt(sheet.getRow(2).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 3);

            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Ủy ban nhân dân huyện Đầm Dơi");
            assertThat(sheet.getRow(3).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(1234.0);
            assertThat(sheet.getRow(3).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(92.5);
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Sở Thông tin và Truyền thông");
            assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("—");
            // the note after a blank row
            assertThat(sheet.getRow(5)).isNull();
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Tỷ lệ tính trên số hồ sơ đã giải quyết.");
            // the name column is wider than the default
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getDefaultColumnWidth() * 256);
        }
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRefused() {
        assertThatThrownBy(() -> new ReportTable("Báo cáo", List.of(), HEADERS,
                List.of(List.of("Sở Tư pháp", 12)), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1");
    }

    @Test
    void theTableCannotBeChangedAfterwards() {
        List<Object> row = new ArrayList<>(Arrays.asList("Sở Tư pháp", 12, null));
        List<List<Object>> rows = new ArrayList<>(List.of(row));
        ReportTable table = new ReportTable("Báo cáo", null, HEADERS, rows, null);
        row.set(1, 13);
        rows.clear();
        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().get(0)).containsExactly("Sở Tư pháp", 12, null);
        assertThatThrownBy(() -> table.rows().get(0).set(1, 14)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anEmptyTableExportsBothWays() throws Exception {
        try (PDDocument document = Loader.loadPDF(TableExport.pdf("Sở Tư pháp tỉnh Cà Mau", List.of(empty())))) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Báo cáo quý 4 năm 2026", "Tỷ lệ đúng hạn (%)", "Không có số liệu");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(List.of(empty()))))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Không có số liệu");
        }
    }

    private static List<PDFont> fonts(PDDocument document) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }
}
