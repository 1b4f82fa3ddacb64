package vn.camau.egov.shared.domain;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class FileKindTest {

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void recognisesTheAllowedKindsByTheirContent() throws IOException {
        assertThat(FileKind.detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains(FileKind.PDF);
        assertThat(FileKind.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0})).contains(FileKind.JPEG);
        assertThat(FileKind.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})).contains(FileKind.PNG);
        assertThat(FileKind.detect(zip("[Content_Types].xml", "_rels/.rels", "word/document.xml"))).contains(FileKind.DOCX);
    }

    @Test
    void refusesEverythingElseWhateverItIsCalled() throws IOException {
        assertThat(FileKind.detect(new byte[0])).isEmpty();
        assertThat(FileKind.detect(null)).isEmpty();
        assertThat(FileKind.detect(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1})).isEmpty();   // a Linux executable
        assertThat(FileKind.detect(new byte[] {'M', 'Z', (byte) 0x90, 0})).isEmpty();      // a Windows executable
        assertThat(FileKind.detect("<html><script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileKind.detect(zip("evil.exe"))).isEmpty();                           // a ZIP that is not a document
        assertThat(FileKind.detect(zip("[Content_Types].xml", "xl/workbook.xml"))).isEmpty();
        assertThat(FileKind.detect(new byte[] {'P', 'K', 3, 4, 0, 0})).isEmpty();          // a broken ZIP
    }

    @Test
    void storedFilesGetASafeNameTheRightExtensionAndTheirDigest() {
        byte[] content = "%PDF-1.4 hồ sơ".getBytes(StandardCharsets.UTF_8);
        StoredFile file = new StoredFile("../../etc/Đơn đề nghị<1>.exe", FileKind.PDF, content, Instant.EPOCH);
        assertThat(file.getName()).isEqualTo("Đơn đề nghị_1_.pdf");
        assertThat(file.getSize()).isEqualTo(content.length);
        assertThat(file.getSha256()).hasSize(64).isEqualTo(StoredFile.sha256(content));
        assertThat(new StoredFile("", FileKind.PNG, content, Instant.EPOCH).getName()).isEqualTo("tep.png");
    }
}
