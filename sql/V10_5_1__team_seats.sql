-- V10.5.1: a team's size was checked only in Java (count, then insert): two co-founders added at
-- the same moment could both pass the count and overfill the team. Each co-founder now takes a
-- numbered seat, 1 to 9 (the lead is not seated): the unique key (application_id, seat) and the
-- check on the seat's range let the database itself refuse a tenth co-founder, whatever races.
-- Existing co-founders are numbered in the order they joined.

ALTER TABLE application_member ADD COLUMN seat INT;
UPDATE application_member SET seat = (
  SELECT COUNT(*) FROM application_member o
  WHERE o.application_id = application_member.application_id
    AND (o.added_at < application_member.added_at
         OR (o.added_at = application_member.added_at AND o.user_id <= application_member.user_id)));
ALTER TABLE application_member MODIFY seat INT NOT NULL;
ALTER TABLE application_member ADD CONSTRAINT uk_application_member_seat UNIQUE (application_id, seat);
ALTER TABLE application_member ADD CONSTRAINT ck_application_member_seat CHECK (seat BETWEEN 1 AND 9);
