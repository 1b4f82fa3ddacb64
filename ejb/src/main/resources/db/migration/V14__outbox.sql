-- The outbox. A change of a dossier announced its status event and the applicant's mail by sending
-- them to the local broker in its own transaction: an XA transaction over the database and the
-- broker, with a two-phase commit in every citizen's submission, and a submission that waited on
-- the broker whenever the broker waited (on its disk, say). The messages are now rows written in the
-- change's transaction, on the database alone, and a relay sends them to the broker in batches
-- shortly after, deleting them in the same transaction (README, "The outbox" under "Architecture").
CREATE SEQUENCE outbox_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE outbox_message (
    id           ${bigint} NOT NULL,
    destination  VARCHAR(32${char}) NOT NULL,
    entries      ${clob} NOT NULL,
    created_at   TIMESTAMP NOT NULL,
    CONSTRAINT pk_outbox_message PRIMARY KEY (id)
);

-- the relay's row: each batch locks it, so two nodes never send the same messages
CREATE TABLE outbox_head (
    id  ${bigint} NOT NULL,
    CONSTRAINT pk_outbox_head PRIMARY KEY (id)
);
INSERT INTO outbox_head (id) VALUES (1);
