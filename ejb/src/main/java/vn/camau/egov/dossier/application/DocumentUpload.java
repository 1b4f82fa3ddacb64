package vn.camau.egov.dossier.application;

import vn.camau.egov.shared.application.Upload;

import java.io.Serializable;

/** A file given for one of the procedure's required documents. */
public record DocumentUpload(String documentName, Upload upload) implements Serializable {
}
