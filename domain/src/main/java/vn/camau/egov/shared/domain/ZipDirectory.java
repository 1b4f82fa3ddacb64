package vn.camau.egov.shared.domain;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the names in a ZIP file's central directory without inflating anything, so a crafted
 * archive (a zip bomb) costs no more than reading its directory. Enough to recognise an Office
 * document; not a ZIP reader.
 */
final class ZipDirectory {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int MAX_ENTRIES = 10_000;
    /**
     * The most a package may say it holds once inflated. Nothing here inflates it, but an official
     * opening the file would: a "document" that unpacks to more is an archive bomb, not a form.
     */
    static final long MAX_INFLATED = 100L * 1024 * 1024;
    /** What a ZIP64 entry has in place of its size: no document needs one. */
    private static final long ZIP64_SIZE = 0xFFFFFFFFL;

    private ZipDirectory() {
    }

    /**
     * The entry names, or empty when the bytes are not a well-formed ZIP or say they inflate to
     * more than {@link #MAX_INFLATED}.
     */
    static Optional<Set<String>> entryNames(byte[] zip) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = -1;
        for (int i = zip.length - END_SIZE; i >= Math.max(0, zip.length - END_SIZE - MAX_COMMENT); i--) {
            if (buffer.getInt(i) == END_SIGNATURE) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return Optional.empty();
        }
        int entries = Short.toUnsignedInt(buffer.getShort(end + 10));
        long directoryOffset = Integer.toUnsignedLong(buffer.getInt(end + 16));
        if (entries > MAX_ENTRIES || directoryOffset >= end) {
            return Optional.empty();
        }
        Set<String> names = new HashSet<>();
        long inflated = 0;
        int position = (int) directoryOffset;
        for (int n = 0; n < entries; n++) {
            if (position + 46 > end || buffer.getInt(position) != ENTRY_SIGNATURE) {
                return Optional.empty();
            }
            int nameLength = Short.toUnsignedInt(buffer.getShort(position + 28));
            int extraLength = Short.toUnsignedInt(buffer.getShort(position + 30));
            int commentLength = Short.toUnsignedInt(buffer.getShort(position + 32));
            if (position + 46 + nameLength > end) {
                return Optional.empty();
            }
            long size = Integer.toUnsignedLong(buffer.getInt(position + 24));
            inflated += size;
            if (size == ZIP64_SIZE || inflated > MAX_INFLATED) {
                return Optional.empty();
            }
            names.add(new String(zip, position + 46, nameLength, StandardCharsets.UTF_8));
            position += 46 + nameLength + extraLength + commentLength;
        }
        return Optional.of(names);
    }
}
