package vn.camau.egov.shared.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The outbox relay's one row: locked by each batch the relay sends, so that two nodes never send
 * the same messages.
 */
@Entity
@Table(name = "outbox_head")
public class OutboxHead {

    public static final long ID = 1;

    @Id
    private Long id;

    protected OutboxHead() {
        // for JPA
    }
}
