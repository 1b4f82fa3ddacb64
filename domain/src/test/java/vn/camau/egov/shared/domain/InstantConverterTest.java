package vn.camau.egov.shared.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

class InstantConverterTest {

    @Test
    void storesUtcWallClockWhateverTheJvmZone() {
        InstantConverter converter = new InstantConverter();
        Instant instant = Instant.parse("2026-01-01T00:30:00Z");
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
            var stored = converter.convertToDatabaseColumn(instant);
            String wallClock = stored.toString();
            assertThat(wallClock).isEqualTo("2026-01-01 00:30:00.0");
            // the database keeps the wall clock; a reader in another zone builds its Timestamp from it
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            var read = java.sql.Timestamp.valueOf(wallClock);
            assertThat(converter.convertToEntityAttribute(read)).isEqualTo(instant);
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void pagesAreBounded() {
        assertThat(new PageRequest(-1, 10_000).size()).isEqualTo(PageRequest.MAX_SIZE);
        assertThat(new PageRequest(-1, 10_000).page()).isZero();
        assertThat(new PageRequest(3, 20).offset()).isEqualTo(60);
        assertThat(new Page<>(java.util.List.of(1, 2), 41, new PageRequest(0, 20)).pageCount()).isEqualTo(3);
    }
}
