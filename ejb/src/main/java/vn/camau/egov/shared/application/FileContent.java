package vn.camau.egov.shared.application;

import vn.camau.egov.shared.domain.StoredFile;

import java.io.Serializable;

/** A stored file read whole, for a download: its safe name, content type, digest and bytes. */
public record FileContent(long id, String name, String contentType, String sha256, byte[] bytes) implements Serializable {

    public static FileContent of(StoredFile file) {
        return new FileContent(file.getId(), file.getName(), file.getKind().contentType(), file.getSha256(),
                file.getContent());
    }

    @Override
    public String toString() {
        return "FileContent[" + name + ", " + bytes.length + " bytes]";
    }
}
