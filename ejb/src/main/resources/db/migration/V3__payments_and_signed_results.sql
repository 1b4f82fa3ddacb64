-- Level 4: online payments of a dossier's fees, and the signature on its electronic result; the
-- one-stop shop's tracking log (template 06) by day of reception.

-- one column per statement: the one form H2, PostgreSQL and Oracle all accept
ALTER TABLE dossier ADD result_signer VARCHAR(300${char});
ALTER TABLE dossier ADD result_signed_at TIMESTAMP;
ALTER TABLE dossier ADD result_key VARCHAR(32${char});

CREATE SEQUENCE payment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE payment (
    id                   ${bigint} NOT NULL,
    version              ${bigint} NOT NULL,
    reference            VARCHAR(80${char}) NOT NULL,
    dossier_id           ${bigint} NOT NULL,
    unit_code            VARCHAR(32${char}) NOT NULL,
    amount               ${bigint} NOT NULL,
    provider             VARCHAR(32${char}) NOT NULL,
    payer_username       VARCHAR(64${char}) NOT NULL,
    status               VARCHAR(12${char}) NOT NULL,
    provider_transaction VARCHAR(64${char}),
    bank_code            VARCHAR(32${char}),
    failure_code         VARCHAR(8${char}),
    created_at           TIMESTAMP NOT NULL,
    settled_at           TIMESTAMP,
    settled_on           DATE,
    CONSTRAINT pk_payment PRIMARY KEY (id),
    CONSTRAINT uq_payment_reference UNIQUE (reference),
    CONSTRAINT fk_payment_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
-- a dossier's attempts; the daily reconciliation, province-wide and per unit
CREATE INDEX ix_payment_dossier ON payment (dossier_id);
CREATE INDEX ix_payment_settled ON payment (settled_on, status);
CREATE INDEX ix_payment_unit_settled ON payment (unit_code, settled_on, status);

-- the tracking log lists a unit's dossiers by the day they were received
CREATE INDEX ix_dossier_unit_received ON dossier (unit_id, received_on);
