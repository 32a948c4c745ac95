-- V4: indexes for the queries that must stay fast at 100,000+ bookings: a member's upcoming
-- bookings (by user and end), and the site's bookings of a day (by start, bounded from below).
CREATE INDEX ix_booking_user_end ON booking (user_id, ends_at);
CREATE INDEX ix_booking_start ON booking (starts_at);
