-- Interconnection: the agencies the province exchanges with, and the hash-chained log of every
-- message sent or received.

CREATE TABLE exchange_peer (
    agency_id    VARCHAR(16${char}) NOT NULL,
    version      ${bigint} NOT NULL,
    name         VARCHAR(255${char}) NOT NULL,
    address      VARCHAR(200${char}) NOT NULL,
    certificate  ${blob},
    active       ${boolean} NOT NULL,
    updated_at   TIMESTAMP NOT NULL,
    CONSTRAINT pk_exchange_peer PRIMARY KEY (agency_id)
);

CREATE TABLE exchange_chain (
    id         ${bigint} NOT NULL,
    last_seq   ${bigint} NOT NULL,
    last_hash  VARCHAR(64${char}) NOT NULL,
    CONSTRAINT pk_exchange_chain PRIMARY KEY (id)
);
INSERT INTO exchange_chain (id, last_seq, last_hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE exchange_message (
    seq              ${bigint} NOT NULL,
    version          ${bigint} NOT NULL,
    direction        VARCHAR(4${char}) NOT NULL,
    kind             VARCHAR(16${char}) NOT NULL,
    message_id       VARCHAR(100${char}) NOT NULL,
    peer_agency_id   VARCHAR(16${char}),
    document_id      VARCHAR(200${char}),
    status_code      VARCHAR(2${char}),
    created_at       TIMESTAMP NOT NULL,
    created_on       DATE NOT NULL,
    state            VARCHAR(12${char}) NOT NULL,
    state_at         TIMESTAMP NOT NULL,
    detail           VARCHAR(1000${char}),
    signature_valid  ${boolean},
    payload          ${blob} NOT NULL,
    payload_sha256   VARCHAR(64${char}) NOT NULL,
    previous_hash    VARCHAR(64${char}) NOT NULL,
    chain_hash       VARCHAR(64${char}) NOT NULL,
    CONSTRAINT pk_exchange_message PRIMARY KEY (seq),
    -- a message is logged once each way: a second delivery of the same message is a duplicate
    CONSTRAINT uq_exchange_message UNIQUE (direction, message_id)
);
-- the day's reconciliation, a document's messages
CREATE INDEX ix_exchange_message_day ON exchange_message (created_on, direction, state);
CREATE INDEX ix_exchange_message_document ON exchange_message (document_id);
-- outgoing messages still queued, oldest first (the delivery tracker)
CREATE INDEX ix_exchange_message_state ON exchange_message (direction, state, seq);
