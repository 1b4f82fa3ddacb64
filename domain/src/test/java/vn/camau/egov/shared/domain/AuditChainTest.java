package vn.camau.egov.shared.domain;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditChainTest {

    private static final Instant NOW = Instant.parse("2026-11-26T02:15:30.123456789Z");

    private static void set(Object target, String field, Object value) throws Exception {
        Field f = AuditEntry.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    /** N entries as the database holds them (ids given), sealed in order. */
    private static List<AuditEntry> sealed(int n) throws Exception {
        AuditChainHead head = new AuditChainHead();
        setHead(head, "lastHash", Chained.GENESIS);
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AuditEntry e = new AuditEntry(NOW.plusSeconds(i), "cv.nguyenvana", "DOSSIER_RECEIVED", "dossier",
                    String.valueOf(100 + i), i == 2 ? null : "tiếp nhận hồ sơ " + i, "10.0.0." + i);
            set(e, "id", 5000L + i);
            head.seal(e);
            entries.add(e);
        }
        return entries;
    }

    private static void setHead(AuditChainHead head, String field, Object value) throws Exception {
        Field f = AuditChainHead.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(head, value);
    }

    @Test
    void sealedEntriesLinkUpAndCheckOutWithTheHead() throws Exception {
        List<AuditEntry> entries = sealed(4);
        assertThat(entries.get(0).getSequence()).isEqualTo(1L);
        assertThat(entries.get(0).getPreviousHash()).isEqualTo(Chained.GENESIS);
        assertThat(entries.get(3).getPreviousHash()).isEqualTo(entries.get(2).getChainHash());
        // kept to the microsecond, as a TIMESTAMP(6) column keeps it
        assertThat(entries.get(0).getOccurredAt().getNano() % 1000).isZero();
        ChainCheck check = new ChainCheck();
        check.check(entries.subList(0, 2));
        check.check(entries.subList(2, 4));
        check.end(4, entries.get(3).getChainHash());
        assertThat(check.intact()).isTrue();
        assertThat(check.checked()).isEqualTo(4);
    }

    @Test
    void anEditAnywhereInTheEntryBreaksItsOwnHash() throws Exception {
        for (String field : List.of("actor", "action", "targetId", "detail", "address")) {
            List<AuditEntry> entries = sealed(3);
            set(entries.get(1), field, "khác");
            ChainCheck check = new ChainCheck();
            check.check(entries);
            assertThat(check.brokenAt()).as(field).isEqualTo(2L);
            assertThat(check.why()).contains("changed");
        }
        // an empty detail is not the same as none
        List<AuditEntry> entries = sealed(3);
        set(entries.get(2), "detail", "");
        assertThat(entries.get(2).isIntact()).isFalse();
    }

    @Test
    void aRemovedOrCutOffEntryShows() throws Exception {
        List<AuditEntry> gap = new ArrayList<>(sealed(4));
        gap.remove(1);
        ChainCheck removed = new ChainCheck();
        removed.check(gap);
        assertThat(removed.brokenAt()).isEqualTo(2L);
        assertThat(removed.why()).contains("missing");

        List<AuditEntry> entries = sealed(4);
        ChainCheck cut = new ChainCheck();
        cut.check(entries.subList(0, 3));
        cut.end(4, entries.get(3).getChainHash());
        assertThat(cut.brokenAt()).isEqualTo(4L);

        // an entry rewritten with its own hash recomputed no longer links to the next
        List<AuditEntry> rewritten = sealed(4);
        set(rewritten.get(1), "detail", "không có gì");
        set(rewritten.get(1), "chainHash", rewritten.get(1).chainHash());
        ChainCheck relinked = new ChainCheck();
        relinked.check(rewritten);
        assertThat(relinked.brokenAt()).isEqualTo(3L);
        assertThat(relinked.why()).contains("link");
    }

    @Test
    void anEntryIsSealedOnceAndAnUnsealedOneIsNotIntact() throws Exception {
        AuditEntry entry = sealed(1).get(0);
        assertThatThrownBy(() -> entry.seal(7, Chained.GENESIS)).isInstanceOf(IllegalStateException.class);
        assertThat(new AuditEntry(NOW, "a", "B", null, null, null, null).isIntact()).isFalse();
    }
}
