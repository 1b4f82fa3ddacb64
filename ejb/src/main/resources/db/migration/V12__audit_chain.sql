-- The audit trail's hash chain (README, "Security"). Entries are written as before, in the
-- transaction of the change they describe, without a lock; a timer seals them into the chain
-- shortly after (number, link to the entry before, hash). The sealer takes the unsealed entries
-- through ix_audit_seal: on Oracle too, whose indexes skip rows only when every column is null.
ALTER TABLE audit_entry ADD seal_seq ${bigint};
ALTER TABLE audit_entry ADD previous_hash VARCHAR(64${char});
ALTER TABLE audit_entry ADD chain_hash VARCHAR(64${char});
CREATE INDEX ix_audit_seal ON audit_entry (seal_seq, id);

CREATE TABLE audit_chain (
    id         ${bigint} NOT NULL,
    last_seq   ${bigint} NOT NULL,
    last_hash  VARCHAR(64${char}) NOT NULL,
    CONSTRAINT pk_audit_chain PRIMARY KEY (id)
);
INSERT INTO audit_chain (id, last_seq, last_hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
