-- The procedure catalogue and dossiers: stored files, holidays, procedures in versions, dossiers with
-- their form answers, attachments and history, and the counters dossier codes are numbered from.
-- Placeholders as in V1; ${blob} is BLOB / BYTEA / BLOB.

CREATE SEQUENCE stored_file_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE catalog_field_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE catalog_procedure_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE catalog_procedure_version_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE dossier_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE dossier_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE dossier_attachment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE stored_file (
    id          ${bigint} NOT NULL,
    name        VARCHAR(255${char}) NOT NULL,
    kind        VARCHAR(16${char}) NOT NULL,
    size_bytes  ${bigint} NOT NULL,
    sha256      VARCHAR(64${char}) NOT NULL,
    content     ${blob} NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    CONSTRAINT pk_stored_file PRIMARY KEY (id)
);

CREATE TABLE holiday (
    holiday_date DATE NOT NULL,
    name         VARCHAR(255${char}) NOT NULL,
    CONSTRAINT pk_holiday PRIMARY KEY (holiday_date)
);

CREATE TABLE catalog_field (
    id      ${bigint} NOT NULL,
    version ${bigint} NOT NULL,
    code    VARCHAR(32${char}) NOT NULL,
    name    VARCHAR(255${char}) NOT NULL,
    name_en VARCHAR(255${char}),
    CONSTRAINT pk_catalog_field PRIMARY KEY (id),
    CONSTRAINT uq_catalog_field_code UNIQUE (code)
);

CREATE TABLE catalog_procedure (
    id                 ${bigint} NOT NULL,
    version            ${bigint} NOT NULL,
    code               VARCHAR(32${char}) NOT NULL,
    unit_id            ${bigint} NOT NULL,
    current_version_id ${bigint},
    name               VARCHAR(500${char}) NOT NULL,
    field_id           ${bigint} NOT NULL,
    service_level      VARCHAR(16${char}) NOT NULL,
    processing_days    INTEGER NOT NULL,
    total_fees         ${bigint} NOT NULL,
    search_text        VARCHAR(600${char}) NOT NULL,
    active             ${boolean} NOT NULL,
    CONSTRAINT pk_catalog_procedure PRIMARY KEY (id),
    CONSTRAINT uq_catalog_procedure_code UNIQUE (code),
    CONSTRAINT fk_catalog_procedure_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_catalog_procedure_field FOREIGN KEY (field_id) REFERENCES catalog_field (id)
);
CREATE INDEX ix_catalog_procedure_unit ON catalog_procedure (unit_id, active);
CREATE INDEX ix_catalog_procedure_field ON catalog_procedure (field_id, active);
CREATE INDEX ix_catalog_procedure_level ON catalog_procedure (service_level, active);

CREATE TABLE catalog_procedure_version (
    id              ${bigint} NOT NULL,
    procedure_id    ${bigint} NOT NULL,
    version_number  INTEGER NOT NULL,
    name            VARCHAR(500${char}) NOT NULL,
    field_id        ${bigint} NOT NULL,
    service_level   VARCHAR(16${char}) NOT NULL,
    online_class    VARCHAR(16${char}) NOT NULL,
    processing_days INTEGER NOT NULL,
    result_name     VARCHAR(500${char}),
    legal_basis     VARCHAR(4000${char}),
    priority_1819   ${boolean} NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    created_by      VARCHAR(128${char}) NOT NULL,
    CONSTRAINT pk_catalog_procedure_version PRIMARY KEY (id),
    CONSTRAINT uq_catalog_procedure_version UNIQUE (procedure_id, version_number),
    CONSTRAINT fk_catalog_version_procedure FOREIGN KEY (procedure_id) REFERENCES catalog_procedure (id),
    CONSTRAINT fk_catalog_version_field FOREIGN KEY (field_id) REFERENCES catalog_field (id)
);
ALTER TABLE catalog_procedure ADD CONSTRAINT fk_catalog_procedure_current
    FOREIGN KEY (current_version_id) REFERENCES catalog_procedure_version (id);

CREATE TABLE catalog_fee (
    version_id ${bigint} NOT NULL,
    position   INTEGER NOT NULL,
    name       VARCHAR(255${char}) NOT NULL,
    amount     ${bigint} NOT NULL,
    CONSTRAINT pk_catalog_fee PRIMARY KEY (version_id, position),
    CONSTRAINT fk_catalog_fee_version FOREIGN KEY (version_id) REFERENCES catalog_procedure_version (id)
);

CREATE TABLE catalog_document (
    version_id       ${bigint} NOT NULL,
    position         INTEGER NOT NULL,
    name             VARCHAR(500${char}) NOT NULL,
    mandatory        ${boolean} NOT NULL,
    copies           INTEGER NOT NULL,
    template_file_id ${bigint},
    CONSTRAINT pk_catalog_document PRIMARY KEY (version_id, position),
    CONSTRAINT fk_catalog_document_version FOREIGN KEY (version_id) REFERENCES catalog_procedure_version (id),
    CONSTRAINT fk_catalog_document_template FOREIGN KEY (template_file_id) REFERENCES stored_file (id)
);

CREATE TABLE catalog_form_field (
    version_id ${bigint} NOT NULL,
    position   INTEGER NOT NULL,
    field_key  VARCHAR(40${char}) NOT NULL,
    label      VARCHAR(500${char}) NOT NULL,
    field_type VARCHAR(16${char}) NOT NULL,
    required   ${boolean} NOT NULL,
    options    VARCHAR(2000${char}),
    CONSTRAINT pk_catalog_form_field PRIMARY KEY (version_id, position),
    CONSTRAINT fk_catalog_form_field_version FOREIGN KEY (version_id) REFERENCES catalog_procedure_version (id)
);

CREATE TABLE catalog_step (
    version_id  ${bigint} NOT NULL,
    position    INTEGER NOT NULL,
    name        VARCHAR(500${char}) NOT NULL,
    unit_code   VARCHAR(32${char}),
    role        VARCHAR(32${char}) NOT NULL,
    budget_days INTEGER NOT NULL,
    CONSTRAINT pk_catalog_step PRIMARY KEY (version_id, position),
    CONSTRAINT fk_catalog_step_version FOREIGN KEY (version_id) REFERENCES catalog_procedure_version (id)
);

CREATE TABLE dossier (
    id                   ${bigint} NOT NULL,
    version              ${bigint} NOT NULL,
    code                 VARCHAR(64${char}) NOT NULL,
    procedure_version_id ${bigint} NOT NULL,
    unit_id              ${bigint} NOT NULL,
    channel              VARCHAR(16${char}) NOT NULL,
    status               VARCHAR(32${char}) NOT NULL,
    applicant_name       VARCHAR(128${char}) NOT NULL,
    applicant_citizen_id VARCHAR(12${char}) NOT NULL,
    applicant_email      VARCHAR(254${char}),
    applicant_phone      VARCHAR(15${char}),
    applicant_address    VARCHAR(500${char}),
    owner_username       VARCHAR(64${char}),
    submitted_at         TIMESTAMP NOT NULL,
    received_on          DATE,
    due_on               DATE,
    appointment_on       DATE,
    paused_days          INTEGER NOT NULL,
    paused_on            DATE,
    resume_status        VARCHAR(32${char}),
    step_index           INTEGER NOT NULL,
    step_unit_code       VARCHAR(32${char}),
    step_role            VARCHAR(32${char}),
    step_started_on      DATE,
    assignee             VARCHAR(64${char}),
    supplement_request   VARCHAR(2000${char}),
    refusal_reason       VARCHAR(2000${char}),
    result_file_id       ${bigint},
    fee_total            ${bigint} NOT NULL,
    paid                 ${boolean} NOT NULL,
    completed_at         TIMESTAMP,
    completed_on         DATE,
    timeliness           VARCHAR(16${char}),
    rating               VARCHAR(32${char}),
    rating_comment       VARCHAR(1000${char}),
    rated_at             TIMESTAMP,
    postal_delivery      ${boolean} NOT NULL,
    CONSTRAINT pk_dossier PRIMARY KEY (id),
    CONSTRAINT uq_dossier_code UNIQUE (code),
    CONSTRAINT fk_dossier_procedure_version FOREIGN KEY (procedure_version_id) REFERENCES catalog_procedure_version (id),
    CONSTRAINT fk_dossier_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_dossier_result FOREIGN KEY (result_file_id) REFERENCES stored_file (id)
);
-- inboxes and counts per unit, the step queues, a citizen's own list, statistics by period
CREATE INDEX ix_dossier_unit_status ON dossier (unit_id, status, due_on);
CREATE INDEX ix_dossier_step ON dossier (step_unit_code, step_role, status, due_on);
CREATE INDEX ix_dossier_owner ON dossier (owner_username, submitted_at);
CREATE INDEX ix_dossier_submitted ON dossier (submitted_at);

CREATE TABLE dossier_form_value (
    dossier_id  ${bigint} NOT NULL,
    field_key   VARCHAR(40${char}) NOT NULL,
    field_value VARCHAR(1000${char}),
    CONSTRAINT pk_dossier_form_value PRIMARY KEY (dossier_id, field_key),
    CONSTRAINT fk_dossier_form_value_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);

CREATE TABLE dossier_attachment (
    id            ${bigint} NOT NULL,
    dossier_id    ${bigint} NOT NULL,
    document_name VARCHAR(500${char}) NOT NULL,
    file_id       ${bigint} NOT NULL,
    added_at      TIMESTAMP NOT NULL,
    CONSTRAINT pk_dossier_attachment PRIMARY KEY (id),
    CONSTRAINT fk_dossier_attachment_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_dossier_attachment_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);
CREATE INDEX ix_dossier_attachment_dossier ON dossier_attachment (dossier_id);
CREATE INDEX ix_dossier_attachment_file ON dossier_attachment (file_id);

CREATE TABLE dossier_event (
    id             ${bigint} NOT NULL,
    dossier_id     ${bigint} NOT NULL,
    occurred_at    TIMESTAMP NOT NULL,
    action         VARCHAR(32${char}) NOT NULL,
    from_status    VARCHAR(32${char}),
    to_status      VARCHAR(32${char}) NOT NULL,
    actor_username VARCHAR(64${char}) NOT NULL,
    actor_name     VARCHAR(128${char}) NOT NULL,
    unit_code      VARCHAR(32${char}),
    step_name      VARCHAR(500${char}),
    note           VARCHAR(2000${char}),
    CONSTRAINT pk_dossier_event PRIMARY KEY (id),
    CONSTRAINT fk_dossier_event_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
CREATE INDEX ix_dossier_event_dossier ON dossier_event (dossier_id, occurred_at);

-- Dossier code sequences: one row per scope (by default, per unit and day), incremented under a
-- row lock in the submitting transaction, so concurrent submissions never share a number.
CREATE TABLE code_counter (
    scope      VARCHAR(100${char}) NOT NULL,
    next_value ${bigint} NOT NULL,
    CONSTRAINT pk_code_counter PRIMARY KEY (scope)
);

-- What an applicant is told about their dossiers, listed in their account (mail goes out as well).
CREATE SEQUENCE dossier_notification_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE dossier_notification (
    id           ${bigint} NOT NULL,
    username     VARCHAR(64${char}) NOT NULL,
    dossier_code VARCHAR(64${char}) NOT NULL,
    status       VARCHAR(32${char}) NOT NULL,
    action       VARCHAR(32${char}) NOT NULL,
    created_at   TIMESTAMP NOT NULL,
    CONSTRAINT pk_dossier_notification PRIMARY KEY (id)
);
CREATE INDEX ix_dossier_notification_user ON dossier_notification (username, created_at);
