package vn.camau.egov.shared.application;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.camau.egov.shared.domain.InvalidInputException.FieldProblem;
import vn.camau.egov.shared.domain.FileKind;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus for uploads: what a citizen's or an official's browser may send as a file.
 * Each case is refused with the problem the form shows under the file's field, or, for the few
 * that really are an allowed kind (a polyglot that starts as a PDF), taken as that kind only (the
 * portal serves stored files as attachments with nosniff, so the rest of the bytes never run). The
 * count is printed (README, "Reliability and security").
 */
class UploadCorpusTest {

    private static final long MAX = 10L * 1024 * 1024;
    private static final AtomicInteger TRIED = new AtomicInteger();

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** A ZIP of the named entries; the last one holds {@code lastSize} zero bytes (deflated to almost nothing). */
    private static byte[] zip(long lastSize, String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i++) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                if (i == entries.length - 1 && lastSize > 0) {
                    byte[] zeros = new byte[1024 * 1024];
                    for (long written = 0; written < lastSize; written += zeros.length) {
                        zip.write(zeros, 0, (int) Math.min(zeros.length, lastSize - written));
                    }
                } else {
                    zip.write(bytes("<x/>"));
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static Arguments refused(String name, byte[] content, String key) {
        return Arguments.of(name, content, key, null);
    }

    private static Arguments taken(String name, byte[] content, FileKind kind) {
        return Arguments.of(name, content, null, kind);
    }

    static Stream<Arguments> corpus() throws IOException {
        byte[] pdf = bytes("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
        String[] docx = {"[Content_Types].xml", "_rels/.rels", "word/document.xml"};
        List<Arguments> cases = new ArrayList<>(List.of(
                refused("zero bytes", new byte[0], "file.empty"),
                refused("one byte over the limit", concat(pdf, new byte[(int) MAX]), "file.tooLarge"),
                refused("one byte", new byte[] {'%'}, "file.kindNotAllowed"),
                refused("a Windows executable named .pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}, "file.kindNotAllowed"),
                refused("a Linux executable", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, "file.kindNotAllowed"),
                refused("a Mach-O executable", new byte[] {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE, 7, 0}, "file.kindNotAllowed"),
                refused("a shell script", bytes("#!/bin/sh\nrm -rf /\n"), "file.kindNotAllowed"),
                refused("an HTML page", bytes("<!DOCTYPE html><script>alert(1)</script>"), "file.kindNotAllowed"),
                refused("an SVG with a script", bytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"), "file.kindNotAllowed"),
                refused("a GIF", bytes("GIF89a\u0001\u0000\u0001\u0000"), "file.kindNotAllowed"),
                refused("a BMP", bytes("BM6\u0000\u0000\u0000"), "file.kindNotAllowed"),
                refused("a TIFF", new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0}, "file.kindNotAllowed"),
                refused("a WebP", bytes("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "), "file.kindNotAllowed"),
                refused("an old Word file (OLE2)", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, "file.kindNotAllowed"),
                refused("an RTF", bytes("{\\rtf1\\ansi Đơn}"), "file.kindNotAllowed"),
                refused("a RAR", new byte[] {'R', 'a', 'r', '!', 0x1A, 7, 0}, "file.kindNotAllowed"),
                refused("a 7-Zip", new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C}, "file.kindNotAllowed"),
                refused("a gzip", new byte[] {0x1F, (byte) 0x8B, 8, 0}, "file.kindNotAllowed"),
                refused("a ZIP of an executable", zip(0, "setup.exe"), "file.kindNotAllowed"),
                refused("a Java archive", zip(0, "META-INF/MANIFEST.MF", "Main.class"), "file.kindNotAllowed"),
                refused("an Excel workbook", zip(0, "[Content_Types].xml", "xl/workbook.xml"), "file.kindNotAllowed"),
                refused("an OpenDocument text", zip(0, "mimetype", "content.xml"), "file.kindNotAllowed"),
                refused("a ZIP cut off", java.util.Arrays.copyOf(zip(0, docx), 40), "file.kindNotAllowed"),
                refused("a zip bomb (200 MB of zeros)", zip(200L * 1024 * 1024, "zeros.bin"), "file.kindNotAllowed"),
                refused("a Word document that unpacks to 200 MB", zip(200L * 1024 * 1024, "[Content_Types].xml",
                        "_rels/.rels", "word/document.xml", "word/media/image1.png"), "file.kindNotAllowed"),
                refused("a PDF's signature one byte late", concat(new byte[] {' '}, pdf), "file.kindNotAllowed"),
                refused("HTML with a PDF inside", concat(bytes("<html>"), pdf), "file.kindNotAllowed"),
                refused("a PNG signature cut short", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "file.kindNotAllowed"),
                // what really starts as an allowed kind is that kind, whatever follows
                taken("a PDF with HTML after it (polyglot)", concat(pdf, bytes("<html><script>alert(1)</script>")), FileKind.PDF),
                taken("a JPEG with a ZIP appended (polyglot)", concat(jpeg, zip(0, "evil.exe")), FileKind.JPEG),
                taken("a Word document of ordinary size", zip(1024 * 1024, docx), FileKind.DOCX)));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theFormSaysWhatIsWrongWithTheFile(String name, byte[] content, String key, FileKind kind) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<FileKind> taken = UploadCheck.check("files:0", new Upload(name + ".pdf", content), MAX, problems);
        TRIED.incrementAndGet();
        if (key != null) {
            assertThat(taken).as(name).isEmpty();
            assertThat(problems).as(name).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("files:0");
                assertThat(p.messageKey()).isEqualTo(key);
            });
        } else {
            assertThat(taken).as(name).contains(kind);
            assertThat(problems).as(name).isEmpty();
        }
    }

    @AfterAll
    static void count() {
        System.out.println("UploadCorpusTest: " + TRIED.get() + " uploads, each refused by field or taken as its kind");
    }
}
