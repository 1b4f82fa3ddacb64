package vn.camau.egov.shared.infrastructure;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.camau.egov.shared.application.ReportTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Any statistics table or report as a download: an XLSX workbook (one sheet per table, numbers as
 * numbers so they can be summed) or a PDF (DejaVu Sans embedded, numbers written the Vietnamese
 * way: 1.234 and 92,5).
 */
public final class TableExport {

    private static final String NO_DATA = "Không có số liệu";
    private static final String EMPTY_CELL = "—";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** Excel counts sheet names up to 31 characters. */
    private static final int SHEET_NAME_LENGTH = 31;
    /** Column widths in characters; capped so one long name does not make a column a screen wide. */
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;

    private TableExport() {
    }

    public static byte[] xlsx(List<ReportTable> tables) {
        requireSome(tables);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle title = style(workbook, true, (short) 14, null);
            CellStyle header = style(workbook, true, (short) 11, null);
            // the same one decimal as the PDF; Excel shows the separators of the reader's own locale
            CellStyle whole = style(workbook, false, (short) 11, "#,##0");
            CellStyle decimal = style(workbook, false, (short) 11, "#,##0.0");
            for (ReportTable table : tables) {
                Sheet sheet = workbook.createSheet(sheetName(workbook, table.title()));
                int r = 0;
                text(sheet.createRow(r++), 0, table.title()).setCellStyle(title);
                for (String line : table.subtitle()) {
                    text(sheet.createRow(r++), 0, line);
                }
                Row headerRow = sheet.createRow(r++);
                for (int c = 0; c < table.headers().size(); c++) {
                    text(headerRow, c, table.headers().get(c)).setCellStyle(header);
                }
                // title, subtitle and header stay in sight while the reader scrolls the rows
                sheet.createFreezePane(0, r);
                for (List<Object> cells : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < cells.size(); c++) {
                        Object cell = cells.get(c);
                        if (cell instanceof Number n) {
                            Cell number = row.createCell(c);
                            number.setCellValue(n.doubleValue());
                            number.setCellStyle(isDecimal(n) ? decimal : whole);
                        } else {
                            text(row, c, cell == null ? EMPTY_CELL : (String) cell);
                        }
                    }
                }
                if (table.rows().isEmpty()) {
                    text(sheet.createRow(r++), 0, NO_DATA);
                }
                if (!table.notes().isEmpty()) {
                    r++;
                    for (String note : table.notes()) {
                        text(sheet.createRow(r++), 0, note);
                    }
                }
                setWidths(sheet, table);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tables one after another under the issuer's header; landscape A4 when a table has more than 6 columns. */
    public static byte[] pdf(String issuer, List<ReportTable> tables) {
        requireSome(tables);
        boolean landscape = tables.stream().anyMatch(t -> t.headers().size() > 6);
        try (PdfLayout layout = new PdfLayout(landscape)) {
            layout.header(issuer);
            for (ReportTable table : tables) {
                layout.heading(table.title());
                table.subtitle().forEach(layout::subtitle);
                layout.table(widths(table.headers().size()), table.headers(), printed(table));
                if (table.rows().isEmpty()) {
                    layout.paragraph(NO_DATA);
                }
                table.notes().forEach(layout::paragraph);
                layout.space(12);
            }
            return layout.bytes();
        }
    }

    private static void requireSome(List<ReportTable> tables) {
        // a workbook without a sheet does not open in Excel
        if (tables == null || tables.isEmpty()) {
            throw new IllegalArgumentException("nothing to export: no table");
        }
    }

    /** The rows as the PDF prints them: numbers in the Vietnamese way, an empty cell as a dash. */
    private static List<List<String>> printed(ReportTable table) {
        NumberFormat whole = NumberFormat.getIntegerInstance(VIETNAMESE);
        NumberFormat decimal = NumberFormat.getNumberInstance(VIETNAMESE);
        decimal.setMinimumFractionDigits(1);
        decimal.setMaximumFractionDigits(1);
        // 92,25 prints as 92,3, as people round by hand (the default rounds half to even)
        decimal.setRoundingMode(RoundingMode.HALF_UP);
        List<List<String>> rows = new ArrayList<>();
        for (List<Object> cells : table.rows()) {
            List<String> row = new ArrayList<>();
            for (Object cell : cells) {
                if (cell instanceof Number n) {
                    row.add(isDecimal(n) ? decimal.format(n) : whole.format(n));
                } else {
                    row.add(cell == null ? EMPTY_CELL : (String) cell);
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private static boolean isDecimal(Number n) {
        return n instanceof Double || n instanceof Float || n instanceof BigDecimal;
    }

    /** Fractions of the page width: the first column holds the names and gets two shares, the others one each. */
    private static float[] widths(int columns) {
        float share = 1f / (columns + 1);
        float[] widths = new float[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = i == 0 ? 2 * share : share;
        }
        return widths;
    }

    /** The title made a legal sheet name; a second table with the same title gets "(2)" and so on. */
    private static String sheetName(XSSFWorkbook workbook, String title) {
        String base = WorkbookUtil.createSafeSheetName(title);
        String name = base;
        // getSheet ignores case, as Excel does when it compares sheet names
        for (int n = 2; workbook.getSheet(name) != null; n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), SHEET_NAME_LENGTH - suffix.length())) + suffix;
        }
        return name;
    }

    /** Widths from the longest text of each column, header included (autoSizeColumn is slow and needs fonts on the server). */
    private static void setWidths(Sheet sheet, ReportTable table) {
        List<List<String>> rows = printed(table);
        for (int c = 0; c < table.headers().size(); c++) {
            int longest = longestLine(table.headers().get(c));
            for (List<String> row : rows) {
                longest = Math.max(longest, longestLine(row.get(c)));
            }
            int characters = Math.min(Math.max(longest, MIN_WIDTH) + 2, MAX_WIDTH);
            sheet.setColumnWidth(c, characters * 256);
        }
    }

    private static int longestLine(String text) {
        int longest = 0;
        for (String line : text.split("\n")) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }

    private static Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        return cell;
    }

    private static CellStyle style(XSSFWorkbook workbook, boolean bold, short points, String format) {
        Font font = workbook.createFont();
        font.setBold(bold);
        font.setFontHeightInPoints(points);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        return style;
    }
}
