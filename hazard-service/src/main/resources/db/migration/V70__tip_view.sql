-- The current state of each tip, kept by the subscribing processor "tip-view" in the same
-- transaction as the events. version = sequence number of the latest event applied. The tracking
-- code itself is stored nowhere: tracking_code_hash is its SHA-256 (hex), by which the public
-- looks a tip up. contact_* is the tipster's identity, shown to administrators only.

CREATE TABLE tip_view (
    id                  VARCHAR(64)              NOT NULL PRIMARY KEY,
    tracking_code_hash  CHAR(64)                 NOT NULL,
    status              VARCHAR(32)              NOT NULL,
    what                TEXT                     NOT NULL,
    location            TEXT                     NOT NULL,
    town_code           VARCHAR(64),
    mine_id             VARCHAR(64),
    contact_name        VARCHAR(1000),
    contact_phone       VARCHAR(1000),
    contact_email       VARCHAR(1000),
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL,
    hazard_id           VARCHAR(64),
    dismissal_reason    TEXT,
    triaged_at          TIMESTAMP WITH TIME ZONE,
    triaged_by_user_id  VARCHAR(255),
    triaged_by_role     VARCHAR(32),
    triaged_by_org      VARCHAR(255)
);

CREATE UNIQUE INDEX tip_view_tracking_code_hash ON tip_view (tracking_code_hash);
CREATE INDEX tip_view_status_received ON tip_view (status, received_at);
CREATE INDEX tip_view_town ON tip_view (town_code);
