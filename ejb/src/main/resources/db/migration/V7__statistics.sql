-- Dossier statistics read closed dossiers by the day they closed, per unit, with their outcome: one
-- covering index, so a quarter's figures never read the dossiers' rows.
CREATE INDEX ix_dossier_completed ON dossier (completed_on, unit_id, status, timeliness, rating);
-- and received dossiers by day, per unit and channel
CREATE INDEX ix_dossier_submitted_unit ON dossier (submitted_at, unit_id, channel);
-- and the dossiers open now, by status first (the statuses asked for are a few of many), per unit
-- with their due date: counted from the index alone
CREATE INDEX ix_dossier_open ON dossier (status, unit_id, due_on);
