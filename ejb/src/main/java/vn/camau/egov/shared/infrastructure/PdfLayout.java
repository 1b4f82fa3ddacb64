package vn.camau.egov.shared.infrastructure;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small A4 page layout for the platform's documents (receipts, slips, letters, results): the
 * national motto, title, paragraphs, label-value lines, tables, an image, with word wrapping and
 * page breaks. Text is set in DejaVu Sans, embedded, so Vietnamese prints right on any reader.
 */
public final class PdfLayout implements AutoCloseable {

    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String BOLD = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
    private static final float MARGIN = 56;
    private static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private final PDDocument document = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final PDRectangle size;
    private final float width;
    private PDPageContentStream page;
    private float y;

    /** Portrait A4, for letters and slips. */
    public PdfLayout() {
        this(false);
    }

    /** Landscape A4 when a table has many columns (the tracking log). */
    public PdfLayout(boolean landscape) {
        size = landscape ? A4_LANDSCAPE : PDRectangle.A4;
        width = size.getWidth() - 2 * MARGIN;
        try {
            regular = load(FONT);
            bold = load(BOLD);
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDType0Font load(String resource) throws IOException {
        try (InputStream in = PdfLayout.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font missing from the class path: " + resource);
            }
            return PDType0Font.load(document, in);
        }
    }

    /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc" on the right, the issuing unit on the left. */
    public PdfLayout header(String issuer) {
        float top = y;
        write(issuer.toUpperCase(), bold, 10, MARGIN, 230);
        float left = y;
        y = top;
        write("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold, 10, MARGIN + width - 233, 233);
        write("Độc lập - Tự do - Hạnh phúc", bold, 10, MARGIN + width - 208, 208);
        y = Math.min(y, left) - 18;
        return this;
    }

    public PdfLayout title(String text) {
        centered(text.toUpperCase(), bold, 14);
        y -= 6;
        return this;
    }

    /** A bold centred heading as written, not in capitals: a table's title inside a report. */
    public PdfLayout heading(String text) {
        centered(text, bold, 12);
        y -= 4;
        return this;
    }

    public PdfLayout subtitle(String text) {
        centered(text, regular, 11);
        y -= 10;
        return this;
    }

    public PdfLayout paragraph(String text) {
        write(text, regular, 11, MARGIN, width);
        y -= 4;
        return this;
    }

    public PdfLayout line(String label, String value) {
        float top = y;
        write(label + ":", bold, 11, MARGIN, 170);
        float afterLabel = y;
        y = top;
        write(value == null || value.isBlank() ? "—" : value, regular, 11, MARGIN + 175, width - 175);
        y = Math.min(y, afterLabel) - 2;
        return this;
    }

    /**
     * A table with a header row; column widths are fractions of the page width. A row never
     * splits across pages, and the header is repeated at the top of each new page.
     */
    public PdfLayout table(float[] widths, List<String> header, List<List<String>> rows) {
        row(widths, header, bold);
        for (List<String> r : rows) {
            if (fits(widths, r)) {
                row(widths, r, regular);
            } else {
                ensure(Float.MAX_VALUE);
                row(widths, header, bold);
                row(widths, r, regular);
            }
        }
        y -= 8;
        return this;
    }

    private boolean fits(float[] widths, List<String> cells) {
        int lines = 1;
        for (int i = 0; i < widths.length; i++) {
            String text = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
            int count = 0;
            for (String paragraph : text.split("\n", -1)) {
                count += wrap(paragraph, regular, 10, widths[i] * width - 6).size();
            }
            lines = Math.max(lines, count);
        }
        return y - lines * 13f - 4 >= MARGIN;
    }

    public PdfLayout image(BufferedImage image, float size) {
        try {
            ensure(size + 10);
            PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
            page.drawImage(xobject, MARGIN + width - size, y - size, size, size);
            y -= size + 6;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public PdfLayout space(float points) {
        y -= points;
        return this;
    }

    public byte[] bytes() {
        try {
            page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void row(float[] widths, List<String> cells, PDType0Font font) {
        float top = y;
        float lowest = y;
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            y = top;
            float w = widths[i] * width;
            write(i < cells.size() && cells.get(i) != null ? cells.get(i) : "", font, 10, x + 2, w - 6);
            lowest = Math.min(lowest, y);
            x += w;
        }
        y = lowest - 4;
    }

    private void centered(String text, PDType0Font font, float size) {
        for (String line : wrap(text, font, size, width)) {
            ensure(size + 4);
            float w = width(line, font, size);
            show(line, font, size, MARGIN + (width - w) / 2);
        }
    }

    private void write(String text, PDType0Font font, float size, float x, float width) {
        for (String paragraph : text.split("\n", -1)) {
            for (String line : wrap(paragraph, font, size, width)) {
                ensure(size + 4);
                show(line, font, size, x);
            }
        }
    }

    private void show(String line, PDType0Font font, float size, float x) {
        try {
            y -= size + 3;
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, y);
            page.showText(printable(line, font));
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> wrap(String text, PDType0Font font, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : printable(text, font).replaceAll("[\\p{Cntrl}&&[^\\n]]", " ").split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width(candidate, font, size) <= width || current.isEmpty()) {
                current.setLength(0);
                current.append(candidate);
            } else {
                lines.add(current.toString());
                current.setLength(0);
                current.append(word);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    /**
     * The text with every character the font has no glyph for (an emoji, a Chinese character)
     * replaced by "?": people type such characters into reports and comments, and one of them must
     * not stop the whole document from printing.
     */
    private static String printable(String text, PDType0Font font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append(Character.isISOControl(cp) ? ch : "?");
            }
        });
        return out.toString();
    }

    private static float width(String text, PDType0Font font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException | IllegalArgumentException e) {
            return text.length() * size * 0.6f;
        }
    }

    private void ensure(float needed) {
        if (y - needed < MARGIN && !pageIsEmpty()) {
            try {
                page.close();
                newPage();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private boolean pageIsEmpty() {
        return y >= size.getHeight() - MARGIN;
    }

    private void newPage() throws IOException {
        PDPage p = new PDPage(size);
        document.addPage(p);
        page = new PDPageContentStream(document, p);
        y = size.getHeight() - MARGIN;
    }
}
