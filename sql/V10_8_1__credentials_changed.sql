-- V10_8_1 (issue 11, finding 9, OWASP ASVS 3.3.3): a new password must end the sessions signed in
-- with the old one, on every server. Each session remembers this value as it was at sign-in and is
-- ended at its next request when the database holds another one (NULL: never changed).
ALTER TABLE app_user ADD COLUMN credentials_changed_at DATETIME(6);
