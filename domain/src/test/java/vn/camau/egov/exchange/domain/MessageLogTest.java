package vn.camau.egov.exchange.domain;

import vn.camau.egov.shared.domain.ChainCheck;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageLogTest {

    private static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");

    private static List<LoggedMessage> chain(int n) {
        ChainHead head = ChainHead.start();
        List<LoggedMessage> log = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LoggedMessage m = new LoggedMessage(new LoggedMessage.Entry(i % 2 == 0 ? Direction.OUT : Direction.IN,
                    MessageKind.DOCUMENT, "msg-" + i, "000.00.00.G22", "000.00.00.H12,2026/11/25," + i + "/UBND-VP", null,
                    MessageState.QUEUED, null, null, ("<edXML>" + i + "</edXML>").getBytes(StandardCharsets.UTF_8)),
                    NOW.plusSeconds(i));
            head.seal(m);
            log.add(m);
        }
        return log;
    }

    private static void set(Object target, String field, Object value) throws Exception {
        Field f = LoggedMessage.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    @Test
    void anUntouchedLogChecksOutPageByPage() {
        List<LoggedMessage> log = chain(7);
        assertThat(log.get(0).getPreviousHash()).isEqualTo(LoggedMessage.GENESIS);
        assertThat(log.get(3).getPreviousHash()).isEqualTo(log.get(2).getChainHash());
        ChainCheck check = new ChainCheck();
        check.check(log.subList(0, 3));
        check.check(log.subList(3, 7));
        assertThat(check.intact()).isTrue();
        assertThat(check.checked()).isEqualTo(7);
    }

    @Test
    void aChangedPayloadAChangedFieldOrAMissingEntryIsFoundWhereItIs() throws Exception {
        List<LoggedMessage> payload = chain(5);
        set(payload.get(2), "payload", "<edXML>gia mao</edXML>".getBytes(StandardCharsets.UTF_8));
        ChainCheck first = new ChainCheck();
        first.check(payload);
        assertThat(first.brokenAt()).isEqualTo(3L);
        assertThat(first.why()).contains("changed");

        List<LoggedMessage> field = chain(5);
        set(field.get(1), "documentId", "000.00.00.H12,2026/11/25,999/UBND-VP");
        ChainCheck second = new ChainCheck();
        second.check(field);
        assertThat(second.brokenAt()).isEqualTo(2L);

        List<LoggedMessage> gap = new ArrayList<>(chain(5));
        gap.remove(3);
        ChainCheck third = new ChainCheck();
        third.check(gap);
        assertThat(third.brokenAt()).isEqualTo(4L);
        assertThat(third.why()).contains("missing");

        // rewriting an entry with its hashes recomputed still breaks the link to the next one
        List<LoggedMessage> rewritten = chain(5);
        set(rewritten.get(1), "documentId", "000.00.00.H12,2026/11/25,999/UBND-VP");
        set(rewritten.get(1), "chainHash", rewritten.get(1).chainHash());
        ChainCheck fourth = new ChainCheck();
        fourth.check(rewritten);
        assertThat(fourth.brokenAt()).isEqualTo(3L);
        assertThat(fourth.why()).contains("link");
    }

    @Test
    void aStateChangeIsOutsideTheChain() {
        List<LoggedMessage> log = chain(3);
        log.get(0).moveTo(MessageState.ACKNOWLEDGED, "01 received", NOW.plusSeconds(60));
        ChainCheck check = new ChainCheck();
        check.check(log);
        assertThat(check.intact()).isTrue();
    }

    @Test
    void anEntryIsOutsideTheChainUntilSealedAndIsSealedOnce() {
        LoggedMessage m = new LoggedMessage(new LoggedMessage.Entry(Direction.IN, MessageKind.STATUS, "m-2", null, null,
                "01", MessageState.ACCEPTED, null, true, "<edXML/>".getBytes(StandardCharsets.UTF_8)), NOW);
        assertThat(m.getSequence()).isNull();
        assertThat(m.getChainHash()).isNull();
        assertThat(m.isIntact()).isFalse();

        ChainHead head = ChainHead.start();
        head.seal(m);
        assertThat(m.getSequence()).isEqualTo(1L);
        assertThat(m.isIntact()).isTrue();
        assertThat(head.getLastHash()).isEqualTo(m.getChainHash());
        assertThatThrownBy(() -> head.seal(m)).isInstanceOf(IllegalStateException.class);
        assertThat(head.getLastSequence()).isEqualTo(1L);
    }

    @Test
    void theTimeIsHashedAsTheDatabaseKeepsIt() throws Exception {
        ChainHead head = ChainHead.start();
        LoggedMessage m = new LoggedMessage(new LoggedMessage.Entry(Direction.OUT, MessageKind.DOCUMENT, "m-1", null, null,
                null, MessageState.QUEUED, null, null, "<edXML/>".getBytes(StandardCharsets.UTF_8)), NOW.plusNanos(123_456_789));
        head.seal(m);
        // read back from a TIMESTAMP(6) column: microseconds
        set(m, "createdAt", m.getCreatedAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThat(m.isIntact()).isTrue();
    }
}
