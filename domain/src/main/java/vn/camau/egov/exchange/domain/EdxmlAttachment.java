package vn.camau.egov.exchange.domain;

import java.io.Serializable;

/** A file carried in the message, named in the manifest and encoded in base64 after the envelope. */
public record EdxmlAttachment(String contentId, String name, String description, String contentType, byte[] content)
        implements Serializable {
}
