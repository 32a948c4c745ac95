-- V14: a candidate whose consent ran out more than the grace period ago (totem.talent.grace-days,
-- default 90) is anonymised: name, address, account link, profile and the notes of their moves go;
-- the stage, the school, the detection action and the dates of the moves stay for the outcome figures.
ALTER TABLE candidate ADD COLUMN anonymised_at DATETIME(6);
CREATE INDEX ix_candidate_consent ON candidate (consent_until);
