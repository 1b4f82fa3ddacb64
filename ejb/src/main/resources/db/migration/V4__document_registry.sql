-- The official document registry: outgoing documents with their recipients, incoming documents,
-- and the files of both. Register numbers are unique per unit and year through register_key.

CREATE SEQUENCE outgoing_document_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outgoing_document (
    id               ${bigint} NOT NULL,
    version          ${bigint} NOT NULL,
    unit_id          ${bigint} NOT NULL,
    status           VARCHAR(12${char}) NOT NULL,
    document_type    VARCHAR(24${char}) NOT NULL,
    subject          VARCHAR(500${char}) NOT NULL,
    summary          VARCHAR(500${char}),
    signer_name      VARCHAR(255${char}) NOT NULL,
    signer_position  VARCHAR(255${char}) NOT NULL,
    urgency          VARCHAR(12${char}) NOT NULL,
    confidentiality  VARCHAR(12${char}) NOT NULL,
    drafting_office  VARCHAR(10${char}),
    drafted_by       VARCHAR(64${char}) NOT NULL,
    drafted_by_name  VARCHAR(255${char}) NOT NULL,
    drafted_at       TIMESTAMP NOT NULL,
    approved_by      VARCHAR(64${char}),
    approved_at      TIMESTAMP,
    return_note      VARCHAR(1000${char}),
    book_year        INTEGER,
    book_number      INTEGER,
    notation         VARCHAR(40${char}),
    issued_on        DATE,
    issued_at        TIMESTAMP,
    issued_by        VARCHAR(64${char}),
    register_key     VARCHAR(40${char}),
    exchange_id      VARCHAR(200${char}),
    recall_reason    VARCHAR(1000${char}),
    search_text      VARCHAR(600${char}) NOT NULL,
    CONSTRAINT pk_outgoing_document PRIMARY KEY (id),
    CONSTRAINT uq_outgoing_register UNIQUE (register_key),
    CONSTRAINT uq_outgoing_exchange UNIQUE (exchange_id),
    CONSTRAINT fk_outgoing_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
);
-- a unit's work lists and its register by date
CREATE INDEX ix_outgoing_unit_status ON outgoing_document (unit_id, status, drafted_at);
CREATE INDEX ix_outgoing_unit_issued ON outgoing_document (unit_id, issued_on);

CREATE SEQUENCE outgoing_recipient_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outgoing_recipient (
    id           ${bigint} NOT NULL,
    document_id  ${bigint} NOT NULL,
    kind         VARCHAR(8${char}) NOT NULL,
    agency_id    VARCHAR(16${char}) NOT NULL,
    name         VARCHAR(255${char}) NOT NULL,
    status_code  VARCHAR(2${char}),
    status_at    TIMESTAMP,
    status_note  VARCHAR(1000${char}),
    CONSTRAINT pk_outgoing_recipient PRIMARY KEY (id),
    CONSTRAINT uq_outgoing_recipient UNIQUE (document_id, agency_id),
    CONSTRAINT fk_outgoing_recipient_doc FOREIGN KEY (document_id) REFERENCES outgoing_document (id)
);

CREATE TABLE outgoing_document_file (
    document_id  ${bigint} NOT NULL,
    file_id      ${bigint} NOT NULL,
    CONSTRAINT pk_outgoing_document_file PRIMARY KEY (document_id, file_id),
    CONSTRAINT fk_outgoing_file_doc FOREIGN KEY (document_id) REFERENCES outgoing_document (id),
    CONSTRAINT fk_outgoing_file_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);

CREATE SEQUENCE incoming_document_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE incoming_document (
    id                ${bigint} NOT NULL,
    version           ${bigint} NOT NULL,
    unit_id           ${bigint} NOT NULL,
    status            VARCHAR(12${char}) NOT NULL,
    source            VARCHAR(8${char}) NOT NULL,
    document_id       VARCHAR(200${char}) NOT NULL,
    sender_agency_id  VARCHAR(16${char}) NOT NULL,
    sender_name       VARCHAR(255${char}) NOT NULL,
    code_number       VARCHAR(20${char}),
    code_notation     VARCHAR(40${char}),
    promulgated_on    DATE,
    document_type     VARCHAR(24${char}),
    subject           VARCHAR(500${char}) NOT NULL,
    summary           VARCHAR(500${char}),
    signer_name       VARCHAR(255${char}),
    urgency           VARCHAR(12${char}) NOT NULL,
    arrived_at        TIMESTAMP NOT NULL,
    arrived_on        DATE NOT NULL,
    book_year         INTEGER,
    arrival_number    INTEGER,
    registered_by     VARCHAR(64${char}),
    register_key      VARCHAR(40${char}),
    assignee          VARCHAR(64${char}),
    assignee_name     VARCHAR(255${char}),
    due_on            DATE,
    completed_at      TIMESTAMP,
    note              VARCHAR(1000${char}),
    recall_requested  ${boolean} NOT NULL,
    recall_reason     VARCHAR(1000${char}),
    update_requested  ${boolean} NOT NULL,
    update_subject    VARCHAR(500${char}),
    update_summary    VARCHAR(500${char}),
    update_signer     VARCHAR(255${char}),
    update_reason     VARCHAR(1000${char}),
    search_text       VARCHAR(800${char}) NOT NULL,
    CONSTRAINT pk_incoming_document PRIMARY KEY (id),
    CONSTRAINT uq_incoming_register UNIQUE (register_key),
    -- a document arrives once per unit, however often the axis delivers it
    CONSTRAINT uq_incoming_document UNIQUE (unit_id, document_id),
    CONSTRAINT fk_incoming_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
);
CREATE INDEX ix_incoming_unit_status ON incoming_document (unit_id, status, due_on);
CREATE INDEX ix_incoming_unit_arrived ON incoming_document (unit_id, arrived_on);
CREATE INDEX ix_incoming_assignee ON incoming_document (assignee, status);
-- a sender's recall request finds the units that have its document
CREATE INDEX ix_incoming_exchange_doc ON incoming_document (document_id);

-- the files of a new version the sender sent, until the clerk takes or refuses it
CREATE TABLE incoming_document_update_file (
    document_id  ${bigint} NOT NULL,
    file_id      ${bigint} NOT NULL,
    CONSTRAINT pk_incoming_update_file PRIMARY KEY (document_id, file_id),
    CONSTRAINT fk_incoming_upd_file_doc FOREIGN KEY (document_id) REFERENCES incoming_document (id),
    CONSTRAINT fk_incoming_upd_file_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);

CREATE TABLE incoming_document_file (
    document_id  ${bigint} NOT NULL,
    file_id      ${bigint} NOT NULL,
    CONSTRAINT pk_incoming_document_file PRIMARY KEY (document_id, file_id),
    CONSTRAINT fk_incoming_file_doc FOREIGN KEY (document_id) REFERENCES incoming_document (id),
    CONSTRAINT fk_incoming_file_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);
