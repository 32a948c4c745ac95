-- V10_8 (issue 11, finding 4): sign-in throttles a stranger can neither dodge nor turn against people.
-- Password spraying (one likely password tried on many accounts from one client) met no limit,
-- since failures were counted per account only: they are now also counted per client address, in
-- the database so that every server counts the same. And the per-account lock becomes progressive
-- (a short lock, doubled at each further failure, capped), which needs the time of the last failure.
ALTER TABLE login_throttle ADD COLUMN last_failure_at DATETIME(6);
UPDATE login_throttle SET last_failure_at = window_start;

-- One row per client address (an IPv6 client by its /64 network, e.g. '2001:db8:1:2::/64').
CREATE TABLE ip_throttle (
  address         VARCHAR(64) NOT NULL PRIMARY KEY,
  failures        INT         NOT NULL,
  window_start    DATETIME(6) NOT NULL,
  last_failure_at DATETIME(6),
  locked_until    DATETIME(6),
  CONSTRAINT ck_ip_throttle_failures CHECK (failures >= 0)
);
