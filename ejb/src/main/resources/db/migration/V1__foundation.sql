-- Foundation: units, accounts and their roles, officials, applicants, the audit trail.
-- One history for H2, PostgreSQL and Oracle. Where types differ, SchemaMigration fills in:
--   ${bigint}  BIGINT / NUMBER(19)
--   ${boolean} BOOLEAN / NUMBER(1)
--   ${char}    nothing / " CHAR" (Oracle counts VARCHAR2 in bytes unless told; Vietnamese needs characters)
-- Sequences step by 50, the allocation size the entities declare, and start at 50: EclipseLink
-- reads a sequence value as the last id of a block of 50.

CREATE SEQUENCE unit_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE official_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE applicant_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE unit (
    id               ${bigint} NOT NULL,
    version          ${bigint} NOT NULL,
    code             VARCHAR(32${char}) NOT NULL,
    name             VARCHAR(255${char}) NOT NULL,
    name_en          VARCHAR(255${char}),
    kind             VARCHAR(32${char}) NOT NULL,
    agency_id        VARCHAR(16${char}) NOT NULL,
    statistical_code VARCHAR(8${char}),
    parent_id        ${bigint},
    active           ${boolean} NOT NULL,
    CONSTRAINT pk_unit PRIMARY KEY (id),
    CONSTRAINT uq_unit_code UNIQUE (code),
    CONSTRAINT uq_unit_agency_id UNIQUE (agency_id),
    CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES unit (id)
);
CREATE INDEX ix_unit_parent ON unit (parent_id);

CREATE TABLE account (
    id              ${bigint} NOT NULL,
    version         ${bigint} NOT NULL,
    username        VARCHAR(64${char}) NOT NULL,
    password_hash   VARCHAR(512${char}) NOT NULL,
    failed_attempts INTEGER NOT NULL,
    locked_until    TIMESTAMP,
    enabled         ${boolean} NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    last_sign_in_at TIMESTAMP,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT uq_account_username UNIQUE (username)
);

CREATE TABLE account_role (
    account_id ${bigint} NOT NULL,
    role       VARCHAR(32${char}) NOT NULL,
    CONSTRAINT pk_account_role PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_account_role_role ON account_role (role);

CREATE TABLE official (
    id         ${bigint} NOT NULL,
    version    ${bigint} NOT NULL,
    account_id ${bigint} NOT NULL,
    unit_id    ${bigint} NOT NULL,
    full_name  VARCHAR(128${char}) NOT NULL,
    position   VARCHAR(128${char}),
    email      VARCHAR(254${char}),
    phone      VARCHAR(15${char}),
    CONSTRAINT pk_official PRIMARY KEY (id),
    CONSTRAINT uq_official_account UNIQUE (account_id),
    CONSTRAINT fk_official_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_official_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
);
CREATE INDEX ix_official_unit ON official (unit_id, full_name);

CREATE TABLE applicant (
    id         ${bigint} NOT NULL,
    version    ${bigint} NOT NULL,
    account_id ${bigint} NOT NULL,
    kind       VARCHAR(16${char}) NOT NULL,
    full_name  VARCHAR(128${char}) NOT NULL,
    citizen_id VARCHAR(12${char}),
    email      VARCHAR(254${char}) NOT NULL,
    phone      VARCHAR(15${char}),
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_applicant PRIMARY KEY (id),
    CONSTRAINT uq_applicant_account UNIQUE (account_id),
    CONSTRAINT uq_applicant_citizen_id UNIQUE (citizen_id),
    CONSTRAINT uq_applicant_email UNIQUE (email),
    CONSTRAINT fk_applicant_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- Append-only: the application only inserts. On a production database, also revoke UPDATE and
-- DELETE on this table from the application's user (README, "Installing on an existing WildFly").
CREATE TABLE audit_entry (
    id          ${bigint} NOT NULL,
    occurred_at TIMESTAMP NOT NULL,
    actor       VARCHAR(128${char}) NOT NULL,
    action      VARCHAR(64${char}) NOT NULL,
    target_type VARCHAR(64${char}),
    target_id   VARCHAR(128${char}),
    detail      VARCHAR(2000${char}),
    address     VARCHAR(64${char}),
    CONSTRAINT pk_audit_entry PRIMARY KEY (id)
);
CREATE INDEX ix_audit_occurred ON audit_entry (occurred_at);
CREATE INDEX ix_audit_actor ON audit_entry (actor, occurred_at);
CREATE INDEX ix_audit_target ON audit_entry (target_type, target_id);
CREATE INDEX ix_audit_action ON audit_entry (action, occurred_at);
