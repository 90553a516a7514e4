-- The hazard's number and the criteria its reporter cited, in hazard_view. A hazard reported
-- before numbers existed gets the number its upcasted event carries: YH-LEGACY-<id>.

ALTER TABLE hazard_view ADD COLUMN number VARCHAR(100);
ALTER TABLE hazard_view ADD COLUMN cited_criteria VARCHAR(4000) DEFAULT '[]' NOT NULL;
UPDATE hazard_view SET number = 'YH-LEGACY-' || id WHERE number IS NULL;
ALTER TABLE hazard_view ALTER COLUMN number SET NOT NULL;

CREATE UNIQUE INDEX hazard_view_number ON hazard_view (number);
