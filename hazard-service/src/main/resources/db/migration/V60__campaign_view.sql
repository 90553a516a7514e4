-- The current state of each campaign, kept by the subscribing processor "campaign-view" in the
-- same transaction as the events. version = sequence number of the latest event applied.
-- town_codes is the JSON array of the towns covered, phases the JSON array of the phases in order
-- ({kind, name, startDate, endDate}). Dates are days of the district's calendar.

CREATE TABLE campaign_view (
    id                    VARCHAR(64)              NOT NULL PRIMARY KEY,
    name                  VARCHAR(200)             NOT NULL,
    district_code         VARCHAR(64)              NOT NULL,
    district_name         VARCHAR(200)             NOT NULL,
    town_codes            TEXT                     NOT NULL,
    phases                TEXT                     NOT NULL,
    report_due_date       DATE                     NOT NULL,
    legal_basis           TEXT,
    document_ref          VARCHAR(500),
    issuing_organisation  VARCHAR(200)             NOT NULL,
    status                VARCHAR(32)              NOT NULL,
    concluded_on          DATE,
    conclusion_note       TEXT,
    launched_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT                   NOT NULL,
    launched_by_user_id   VARCHAR(255)             NOT NULL,
    launched_by_role      VARCHAR(32),
    launched_by_org       VARCHAR(255)
);

CREATE INDEX campaign_view_launched_at ON campaign_view (launched_at);
