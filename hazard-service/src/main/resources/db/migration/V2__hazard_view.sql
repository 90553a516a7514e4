-- The current state of each hazard, kept by the subscribing processor "hazard-view" in the same
-- transaction as the events. version = sequence number of the latest event applied.

CREATE TABLE hazard_view (
    id                  VARCHAR(64)              NOT NULL PRIMARY KEY,
    mine_id             VARCHAR(64)              NOT NULL,
    enterprise_id       VARCHAR(64)              NOT NULL,
    town_code           VARCHAR(64)              NOT NULL,
    campaign_id         VARCHAR(64),
    source              VARCHAR(64)              NOT NULL,
    category            VARCHAR(100)             NOT NULL,
    title               VARCHAR(200)             NOT NULL,
    description         VARCHAR(4000)            NOT NULL,
    location            VARCHAR(500)             NOT NULL,
    discovered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    reported_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    status              VARCHAR(32)              NOT NULL,
    version             BIGINT                   NOT NULL,
    reported_by_user_id VARCHAR(255)             NOT NULL,
    reported_by_role    VARCHAR(32),
    reported_by_org     VARCHAR(255)
);

CREATE INDEX hazard_view_enterprise ON hazard_view (enterprise_id);
CREATE INDEX hazard_view_town ON hazard_view (town_code);
