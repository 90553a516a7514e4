-- The last sequence number handed out per town and year, for hazard numbers
-- YH-<town_code>-<year>-<seq> (application.HazardNumbers). The year is the year of reporting in
-- Asia/Shanghai. A number is taken in its own transaction before the report is stored, so a report
-- that fails afterwards leaves a gap; numbers are unique and increasing, not gapless.
-- "year" is quoted: it is a keyword in H2. Plain SQL that PostgreSQL and H2 (PostgreSQL mode)
-- understand alike.

CREATE TABLE hazard_number_counter (
    town_code VARCHAR(64) NOT NULL,
    "year"    INTEGER     NOT NULL,
    last_seq  INTEGER     NOT NULL,
    PRIMARY KEY (town_code, "year")
);
