package vn.camau.egov.dossier.application;

import java.io.Serializable;

/** How many dossiers wait in each of an official's trays. */
public record InboxCounts(long newDossiers, long myStep, long dueSoon, long overdue, long paused, long releasing)
        implements Serializable {
}
