-- V11: an event ticket mail carries two files (the QR code and the .ics), so a mail's files move to
-- a table of their own, copied from the one-file columns of V10.0.1 (nothing is lost). A mail may
-- also name what it is about (a topic such as 'event:12'), so that a module can list the mails that
-- keep failing for its own records (an organiser sees those of their event, with the reason).
CREATE TABLE mail_file (
  mail_id      BIGINT       NOT NULL,
  position     INT          NOT NULL,
  name         VARCHAR(120) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  content      BLOB         NOT NULL,
  PRIMARY KEY (mail_id, position),
  CONSTRAINT fk_mail_file_mail FOREIGN KEY (mail_id) REFERENCES mail_outbox (id) ON DELETE CASCADE
);
INSERT INTO mail_file (mail_id, position, name, content_type, content)
  SELECT id, 1, attachment_name, attachment_type, attachment FROM mail_outbox WHERE attachment_name IS NOT NULL;
ALTER TABLE mail_outbox DROP COLUMN attachment_name;
ALTER TABLE mail_outbox DROP COLUMN attachment_type;
ALTER TABLE mail_outbox DROP COLUMN attachment;

ALTER TABLE mail_outbox ADD COLUMN topic VARCHAR(60);
CREATE INDEX ix_mail_outbox_topic ON mail_outbox (topic, sent_at);
