-- V18: registrations and outbox mails take their ids from blocks of 50 (Hibernate's pooled table
-- generator) instead of the database's AUTO_INCREMENT, so that a batch of registrations and their
-- mails is inserted in a few multi-row statements instead of one statement per row (docs/benchmarks.md,
-- Events). The row of each table holds the next block's highest id: the application uses the 49 ids
-- below it and that one, then moves the row on by 50. Blocks start above the ids already used.
-- The columns keep AUTO_INCREMENT for the rows written before; anything that inserts rows of its own
-- (a script, the benchmark) must take its ids from id_block too.
CREATE TABLE id_block (
  name     VARCHAR(60) NOT NULL PRIMARY KEY,
  next_val BIGINT      NOT NULL
);
INSERT INTO id_block (name, next_val) SELECT 'event_registration', COALESCE(MAX(id), 0) + 50 FROM event_registration;
INSERT INTO id_block (name, next_val) SELECT 'mail_outbox', COALESCE(MAX(id), 0) + 50 FROM mail_outbox;
