package vn.camau.egov.document.application;

import vn.camau.egov.document.domain.IncomingDocument;
import vn.camau.egov.document.domain.OutgoingDocument;

/**
 * The port through which the registry reaches other agencies: the exchange context implements it
 * (edXML over the national document axis). Each call happens in the registry's transaction, so a
 * document is marked sent exactly when its message is queued.
 */
public interface DocumentDelivery {

    /** Sends an issued document to each of its external recipients. */
    void send(OutgoingDocument document);

    /** Tells an incoming document's sender what became of it (a status code of QCVN 102). */
    void report(IncomingDocument document, String statusCode, String description, String staff);

    /** Asks the external recipients of a recalled document to take it back (status 13). */
    void recall(OutgoingDocument document);
}
