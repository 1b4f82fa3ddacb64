package vn.camau.egov.shared.domain;

import java.util.List;

/**
 * A walk along a hash chain, one page of entries at a time, checking that each entry is intact and
 * links to the one before it, and at the end that the last entry is the one the chain's head names:
 * where the first break is, if any.
 */
public final class ChainCheck {

    private String expectedPrevious = Chained.GENESIS;
    private long expectedSequence = 1;
    private Long brokenAt;
    private String why;
    private long checked;

    /** The next entries, in order. Stops looking once a break is found. */
    public void check(List<? extends Chained> entries) {
        for (Chained entry : entries) {
            if (brokenAt != null) {
                return;
            }
            checked++;
            if (entry.getSequence() != expectedSequence) {
                fail(expectedSequence, "entry " + expectedSequence + " is missing");
            } else if (!entry.getPreviousHash().equals(expectedPrevious)) {
                fail(entry.getSequence(), "does not link to the entry before it");
            } else if (!entry.isIntact()) {
                fail(entry.getSequence(), "its content was changed");
            }
            expectedPrevious = entry.getChainHash();
            expectedSequence = entry.getSequence() + 1;
        }
    }

    /**
     * The walk is over: the chain's head (its last number and hash, kept apart) must name the last
     * entry seen, or entries were cut off the end.
     */
    public void end(long headSequence, String headHash) {
        if (brokenAt != null) {
            return;
        }
        long last = last();
        if (headSequence != last) {
            fail(last + 1, "entries after " + last + " are missing");
        } else if (!headHash.equals(expectedPrevious)) {
            fail(last, "the last entry is not the one the chain ends with");
        }
    }

    /** The number of the last entry checked (0: none). */
    public long last() {
        return expectedSequence - 1;
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
