-- The inbox pages a tray (one unit, one status) in the order the official chose. With only
-- (unit_id, status, due_on), PostgreSQL read the trays sorted by code or by submission date along
-- those columns' own indexes, skipping the other units' and the closed dossiers: over a second per
-- page with a million dossiers (README, "Performance"). These serve the filter and the order at once.
CREATE INDEX ix_dossier_unit_status_submitted ON dossier (unit_id, status, submitted_at);
CREATE INDEX ix_dossier_unit_status_code ON dossier (unit_id, status, code);
