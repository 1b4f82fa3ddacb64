-- Feedback on procedures and regulations (phản ánh, kiến nghị): routed to the responsible unit,
-- answered within a deadline in working days, published unless the author asked for privacy, rated
-- by its author. The Decision 766 feedback indicators are counted from it.

CREATE SEQUENCE feedback_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE feedback (
    id               ${bigint} NOT NULL,
    version          ${bigint} NOT NULL,
    code             VARCHAR(32${char}) NOT NULL,
    access_key       VARCHAR(32${char}) NOT NULL,
    unit_id          ${bigint} NOT NULL,
    procedure_code   VARCHAR(40${char}),
    regulation       VARCHAR(500${char}),
    title            VARCHAR(500${char}) NOT NULL,
    content          ${clob} NOT NULL,
    author_username  VARCHAR(64${char}),
    author_name      VARCHAR(255${char}) NOT NULL,
    author_phone     VARCHAR(16${char}),
    author_email     VARCHAR(254${char}),
    private_answer   ${boolean} NOT NULL,
    received_on      DATE NOT NULL,
    due_on           DATE NOT NULL,
    created_at       TIMESTAMP NOT NULL,
    client_address   VARCHAR(64${char}),
    answer           ${clob},
    answered_by      VARCHAR(64${char}),
    answered_at      TIMESTAMP,
    answered_on      DATE,
    on_time          ${boolean},
    satisfied        ${boolean},
    rated_at         TIMESTAMP,
    CONSTRAINT pk_feedback PRIMARY KEY (id),
    CONSTRAINT uq_feedback_code UNIQUE (code),
    CONSTRAINT fk_feedback_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
);
-- a unit's open feedback by deadline; the indicators per unit over the days answered
CREATE INDEX ix_feedback_unit_open ON feedback (unit_id, answered_on, due_on);
CREATE INDEX ix_feedback_answered ON feedback (answered_on, unit_id, on_time, satisfied);
-- the published answers, newest first
CREATE INDEX ix_feedback_public ON feedback (private_answer, answered_at);
-- the rate limits per account and per address
CREATE INDEX ix_feedback_author ON feedback (author_username, created_at);
CREATE INDEX ix_feedback_address ON feedback (client_address, created_at);
-- feedback received per unit and period
CREATE INDEX ix_feedback_received ON feedback (received_on, unit_id);

-- News, announcements and public procurement notices of the units (the portal's information pages):
-- plain text, shown escaped; a procurement notice has the day bids close.
CREATE SEQUENCE notice_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE notice (
    id            ${bigint} NOT NULL,
    version       ${bigint} NOT NULL,
    unit_id       ${bigint} NOT NULL,
    kind          VARCHAR(12${char}) NOT NULL,
    title         VARCHAR(500${char}) NOT NULL,
    body          ${clob} NOT NULL,
    closes_on     DATE,
    published     ${boolean} NOT NULL,
    published_at  TIMESTAMP,
    created_by    VARCHAR(64${char}) NOT NULL,
    created_at    TIMESTAMP NOT NULL,
    CONSTRAINT pk_notice PRIMARY KEY (id),
    CONSTRAINT fk_notice_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
);
-- the public lists by kind, newest first; a unit's own list
CREATE INDEX ix_notice_public ON notice (published, kind, published_at);
CREATE INDEX ix_notice_unit ON notice (unit_id, created_at);
