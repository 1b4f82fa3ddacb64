package vn.camau.egov.shared.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file kept by the platform (a citizen's attachment, a form template, a signed result), in the
 * database so every node of a cluster sees it and it commits with the record that owns it. Its kind
 * was established from its content; its SHA-256 is kept to prove later that it did not change.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    private static final Pattern UNSAFE_NAME = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stored_file_seq")
    @SequenceGenerator(name = "stored_file_seq", sequenceName = "stored_file_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private FileKind kind;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected StoredFile() {
        // for JPA
    }

    public StoredFile(String name, FileKind kind, byte[] content, Instant createdAt) {
        this.name = safeName(name, kind);
        this.kind = Objects.requireNonNull(kind);
        this.content = content.clone();
        this.size = content.length;
        this.sha256 = sha256(content);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** The name shown and offered on download: no path, no characters a file system refuses, the right extension. */
    static String safeName(String name, FileKind kind) {
        String base = name == null ? "" : name;
        base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
        base = UNSAFE_NAME.matcher(Text.clean(base) == null ? "" : Text.clean(base)).replaceAll("_");
        int dot = base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        if (stem.isBlank()) {
            stem = "tep";
        }
        if (stem.length() > 200) {
            stem = stem.substring(0, 200);
        }
        return stem + "." + kind.extension();
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public FileKind getKind() {
        return kind;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
