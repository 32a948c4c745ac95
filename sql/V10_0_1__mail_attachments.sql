-- V10.0.1: a mail may carry one file (a booking's .ics today, an event ticket next), stored with the
-- mail in the outbox so that a retried delivery sends the very same file.
ALTER TABLE mail_outbox ADD COLUMN attachment_name VARCHAR(120);
ALTER TABLE mail_outbox ADD COLUMN attachment_type VARCHAR(100);
ALTER TABLE mail_outbox ADD COLUMN attachment BLOB;
