-- V10.0: a member without a plan asks for one; a space manager of the plan's site approves it in
-- one click (the member gets the plan from that day and an e-mail) or declines it.
-- One request waits per member and site at a time: pending_site_id holds the site while the request
-- waits and is NULL once decided, so the unique key (user_id, pending_site_id) refuses a second
-- waiting request, even from two requests racing on two servers, and keeps any number of decided ones.

CREATE TABLE plan_request (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id         BIGINT      NOT NULL,
  plan_id         BIGINT      NOT NULL,
  status          VARCHAR(10) NOT NULL,
  pending_site_id BIGINT,
  requested_at    DATETIME(6) NOT NULL,
  decided_at      DATETIME(6),
  decided_by      VARCHAR(254),
  CONSTRAINT fk_plan_request_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
  CONSTRAINT fk_plan_request_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
  CONSTRAINT fk_plan_request_site FOREIGN KEY (pending_site_id) REFERENCES site (id),
  CONSTRAINT uk_plan_request_pending UNIQUE (user_id, pending_site_id),
  CONSTRAINT ck_plan_request_status CHECK (status IN ('PENDING', 'APPROVED', 'DECLINED')),
  CONSTRAINT ck_plan_request_pending CHECK ((status = 'PENDING') = (pending_site_id IS NOT NULL))
);
CREATE INDEX ix_plan_request_site ON plan_request (pending_site_id, requested_at);
