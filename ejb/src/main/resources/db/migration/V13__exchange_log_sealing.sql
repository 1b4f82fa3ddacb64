-- The exchange's message log is sealed into its hash chain after the fact, as the audit trail is
-- (V12). Until now each sender and receiver took the chain's head row to number its entry and held
-- it until its commit, an XA commit over the broker: every consumer of the hub's messages waited on
-- that one row (the edXML benchmark's thread dumps, README "Performance"). An entry is now written
-- with an id from a sequence and no place in the chain; a timer gives it its number (seal_seq), its
-- link and its hash shortly after.
--
-- A new table, as the key changes (the chain's number was the key): the entries logged so far keep
-- their number and hashes, and take ids below zero (-seq) so that the new sequence starts at 1 on
-- every database without reading the table.
CREATE SEQUENCE exchange_log_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE exchange_log (
    id               ${bigint} NOT NULL,
    seal_seq         ${bigint},
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
    previous_hash    VARCHAR(64${char}),
    chain_hash       VARCHAR(64${char}),
    CONSTRAINT pk_exchange_log PRIMARY KEY (id),
    -- a message is logged once each way: a second delivery of the same message is a duplicate
    CONSTRAINT uq_exchange_log UNIQUE (direction, message_id)
);

INSERT INTO exchange_log (id, seal_seq, version, direction, kind, message_id, peer_agency_id, document_id, status_code,
                          created_at, created_on, state, state_at, detail, signature_valid, payload, payload_sha256,
                          previous_hash, chain_hash)
    SELECT -seq, seq, version, direction, kind, message_id, peer_agency_id, document_id, status_code, created_at,
           created_on, state, state_at, detail, signature_valid, payload, payload_sha256, previous_hash, chain_hash
    FROM exchange_message;

DROP TABLE exchange_message;

-- the day's reconciliation, a document's messages
CREATE INDEX ix_exchange_log_day ON exchange_log (created_on, direction, state);
CREATE INDEX ix_exchange_log_document ON exchange_log (document_id);
-- outgoing messages still queued, oldest first (the delivery tracker)
CREATE INDEX ix_exchange_log_state ON exchange_log (direction, state, id);
-- the chain's walk by number, and the sealer's unsealed entries (seal_seq null) oldest first: on
-- Oracle too, whose indexes skip rows only when every column is null
CREATE INDEX ix_exchange_log_seal ON exchange_log (seal_seq, id);
