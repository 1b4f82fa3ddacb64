-- Dossiers submitted on the National Public Service Portal keep the portal's code: a dossier the
-- portal sends twice is taken once.
ALTER TABLE dossier ADD portal_code VARCHAR(40${char});
CREATE UNIQUE INDEX uq_dossier_portal_code ON dossier (portal_code);
