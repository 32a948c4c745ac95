-- V10_3: the public coworking offer (issue 10) tells visitors what each plan costs a month and what it
-- includes. A plan without a price is shown as "price on request"; the database refuses a negative one.
ALTER TABLE plan ADD COLUMN monthly_price DECIMAL(8, 2);
ALTER TABLE plan ADD COLUMN includes VARCHAR(500);
ALTER TABLE plan ADD CONSTRAINT ck_plan_price CHECK (monthly_price IS NULL OR monthly_price >= 0);
