package vn.camau.egov.exchange.domain;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryGroupTest {

    @Test
    void aDocumentAndEverythingAboutItShareTheSendersGroup() {
        String documentId = Edxml.documentId("000.00.00.H03", java.time.LocalDate.of(2026, 11, 26), "45/UBND-VP");
        assertThat(DeliveryGroup.of("000.00.00.H03", documentId)).isEqualTo(DeliveryGroup.of("000.00.00.H03", documentId))
                .startsWith("000.00.00.H03#");
        // another sender's message about the same document is not held behind this one
        assertThat(DeliveryGroup.of("000.00.00.H12", documentId)).isNotEqualTo(DeliveryGroup.of("000.00.00.H03", documentId));
    }

    @Test
    void aSendersGroupsStayBoundedAndSpreadOverTheBuckets() {
        Set<String> groups = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            groups.add(DeliveryGroup.of("000.00.00.H03", UUID.randomUUID().toString()));
        }
        assertThat(groups).hasSize(DeliveryGroup.BUCKETS);
        assertThat(DeliveryGroup.of("000.00.00.H03", null)).isEqualTo("000.00.00.H03#0");
    }
}
