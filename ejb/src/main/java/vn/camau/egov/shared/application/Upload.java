package vn.camau.egov.shared.application;

import java.io.Serializable;

/** A file as it came from a browser: the name it had there and its bytes. */
public record Upload(String name, byte[] content) implements Serializable {

    public Upload {
        content = content == null ? new byte[0] : content;
    }

    public long size() {
        return content.length;
    }

    @Override
    public String toString() {
        return "Upload[" + name + ", " + content.length + " bytes]";
    }
}
