package vn.camau.egov.exchange.domain;

import java.util.List;

/**
 * A walk along the message log, one page of entries at a time, checking that each entry is intact
 * and links to the one before it: where the first break is, if any.
 */
public final class ChainCheck {

    private String expectedPrevious = LoggedMessage.GENESIS;
    private long expectedSequence = 1;
    private Long brokenAt;
    private String why;
    private long checked;

    /** The next entries, in order. Stops looking once a break is found. */
    public void check(List<LoggedMessage> entries) {
        for (LoggedMessage m : entries) {
            if (brokenAt != null) {
                return;
            }
            checked++;
            if (m.getSequence() != expectedSequence) {
                fail(expectedSequence, "entry " + expectedSequence + " is missing");
            } else if (!m.getPreviousHash().equals(expectedPrevious)) {
                fail(m.getSequence(), "does not link to the entry before it");
            } else if (!m.isIntact()) {
                fail(m.getSequence(), "its content or payload was changed");
            }
            expectedPrevious = m.getChainHash();
            expectedSequence = m.getSequence() + 1;
        }
    }

    private void fail(long at, String reason) {
        brokenAt = at;
        why = reason;
    }

    public boolean intact() {
        return brokenAt == null;
    }

    public Long brokenAt() {
        return brokenAt;
    }

    public String why() {
        return why;
    }

    public long checked() {
        return checked;
    }
}
