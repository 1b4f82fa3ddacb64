-- Participation (plan sections III and IV.2): consultations on draft policies, their articles and
-- files, and the comments people leave on them, moderated and answered by the responsible unit.

CREATE SEQUENCE consultation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE consultation (
    id               ${bigint} NOT NULL,
    version          ${bigint} NOT NULL,
    unit_id          ${bigint} NOT NULL,
    title            VARCHAR(500${char}) NOT NULL,
    -- long Vietnamese text: a CLOB, since Oracle holds at most 4,000 bytes in a VARCHAR2
    summary          ${clob} NOT NULL,
    opens_on         DATE NOT NULL,
    closes_on        DATE NOT NULL,
    published        ${boolean} NOT NULL,
    published_at     TIMESTAMP,
    created_by       VARCHAR(64${char}) NOT NULL,
    created_at       TIMESTAMP NOT NULL,
    synthesis        ${clob},
    synthesis_at     TIMESTAMP,
    CONSTRAINT pk_consultation PRIMARY KEY (id),
    CONSTRAINT fk_consultation_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
);
-- the public lists (open, upcoming, closed) by date; a unit's own list
CREATE INDEX ix_consultation_public ON consultation (published, closes_on, opens_on);
CREATE INDEX ix_consultation_unit ON consultation (unit_id, created_at);

CREATE SEQUENCE consultation_article_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE consultation_article (
    id               ${bigint} NOT NULL,
    consultation_id  ${bigint} NOT NULL,
    position         INTEGER NOT NULL,
    heading          VARCHAR(300${char}) NOT NULL,
    body             ${clob},
    CONSTRAINT pk_consultation_article PRIMARY KEY (id),
    CONSTRAINT uq_consultation_article UNIQUE (consultation_id, position),
    CONSTRAINT fk_consultation_article FOREIGN KEY (consultation_id) REFERENCES consultation (id)
);

CREATE TABLE consultation_file (
    consultation_id  ${bigint} NOT NULL,
    file_id          ${bigint} NOT NULL,
    CONSTRAINT pk_consultation_file PRIMARY KEY (consultation_id, file_id),
    CONSTRAINT fk_consultation_file_c FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_consultation_file_f FOREIGN KEY (file_id) REFERENCES stored_file (id)
);

CREATE SEQUENCE consultation_comment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE consultation_comment (
    id               ${bigint} NOT NULL,
    version          ${bigint} NOT NULL,
    consultation_id  ${bigint} NOT NULL,
    article_id       ${bigint},
    author_username  VARCHAR(64${char}) NOT NULL,
    author_name      VARCHAR(255${char}) NOT NULL,
    body             ${clob} NOT NULL,
    status           VARCHAR(10${char}) NOT NULL,
    reject_reason    VARCHAR(1000${char}),
    moderated_by     VARCHAR(64${char}),
    moderated_at     TIMESTAMP,
    answer           ${clob},
    answered_by      VARCHAR(64${char}),
    answered_at      TIMESTAMP,
    created_at       TIMESTAMP NOT NULL,
    client_address   VARCHAR(64${char}),
    CONSTRAINT pk_consultation_comment PRIMARY KEY (id),
    CONSTRAINT fk_comment_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_comment_article FOREIGN KEY (article_id) REFERENCES consultation_article (id)
);
-- a consultation's published comments per article, and the moderation queue
CREATE INDEX ix_comment_consultation ON consultation_comment (consultation_id, status, article_id, created_at);
-- an author's comments (their own list, and the rate limit per account)
CREATE INDEX ix_comment_author ON consultation_comment (author_username, created_at);
-- the rate limit per address
CREATE INDEX ix_comment_address ON consultation_comment (client_address, created_at);
