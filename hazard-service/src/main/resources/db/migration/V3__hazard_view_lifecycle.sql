-- The hazard's rectification loop in hazard_view: level (suggested and classified), the five items,
-- the deadline, progress, sign-off and a pending request for more time. Lists and the plan are
-- JSON text. Plain SQL that PostgreSQL and H2 (PostgreSQL mode) understand alike.

ALTER TABLE hazard_view ADD COLUMN suggested_level VARCHAR(16);
ALTER TABLE hazard_view ADD COLUMN suggested_criteria VARCHAR(4000) DEFAULT '[]' NOT NULL;
ALTER TABLE hazard_view ADD COLUMN classified_level VARCHAR(16);
ALTER TABLE hazard_view ADD COLUMN criteria VARCHAR(4000) DEFAULT '[]' NOT NULL;
ALTER TABLE hazard_view ADD COLUMN classification_reason VARCHAR(2000);
ALTER TABLE hazard_view ADD COLUMN plan TEXT;
ALTER TABLE hazard_view ADD COLUMN deadline TIMESTAMP WITH TIME ZONE;
ALTER TABLE hazard_view ADD COLUMN progress_percent INTEGER;
ALTER TABLE hazard_view ADD COLUMN signed_off_by_user_id VARCHAR(255);
ALTER TABLE hazard_view ADD COLUMN signed_off_by_role VARCHAR(32);
ALTER TABLE hazard_view ADD COLUMN signed_off_by_org VARCHAR(255);
ALTER TABLE hazard_view ADD COLUMN signed_off_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE hazard_view ADD COLUMN pending_extension_number INTEGER;
ALTER TABLE hazard_view ADD COLUMN pending_extension_deadline TIMESTAMP WITH TIME ZONE;
ALTER TABLE hazard_view ADD COLUMN pending_extension_reason VARCHAR(2000);
ALTER TABLE hazard_view ADD COLUMN pending_extension_requested_at TIMESTAMP WITH TIME ZONE;

CREATE INDEX hazard_view_status_deadline ON hazard_view (status, deadline);
