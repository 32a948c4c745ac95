-- V17: a mail's file may be made when the mail is sent instead of stored with it: the outbox keeps
-- the name of the module's maker (made_by, such as 'event-ticket-qr') and its argument (made_from,
-- such as the ticket's code), and the dispatcher makes the file at each delivery. A ticket mail thus
-- writes a few bytes in the registration's transaction instead of a QR image and an .ics
-- (docs/benchmarks.md, Events). A file has either its content or a maker, never both, never neither.
ALTER TABLE mail_file MODIFY content BLOB NULL;
ALTER TABLE mail_file ADD COLUMN made_by VARCHAR(40);
ALTER TABLE mail_file ADD COLUMN made_from VARCHAR(200);
ALTER TABLE mail_file ADD CONSTRAINT ck_mail_file_made CHECK ((content IS NULL) = (made_by IS NOT NULL) AND (made_by IS NULL) = (made_from IS NULL));
