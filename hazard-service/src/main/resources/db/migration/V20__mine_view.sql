-- The current state of each mine, kept by the subscribing processor "mine-view" in the same
-- transaction as the events. version = sequence number of the latest event applied. facts is the
-- JSON of the mine's facts, stopped_by_order_ids a JSON array of the orders that stop the mine.

CREATE TABLE mine_view (
    id                    VARCHAR(64)              NOT NULL PRIMARY KEY,
    name                  VARCHAR(200)             NOT NULL,
    enterprise_id         VARCHAR(64)              NOT NULL,
    enterprise_name       VARCHAR(200)             NOT NULL,
    town_code             VARCHAR(64)              NOT NULL,
    type                  VARCHAR(32)              NOT NULL,
    facts                 TEXT                     NOT NULL,
    production_status     VARCHAR(32)              NOT NULL,
    stopped_by_order_ids  TEXT                     NOT NULL,
    closure_reason        TEXT,
    registered_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT                   NOT NULL,
    registered_by_user_id VARCHAR(255)             NOT NULL,
    registered_by_role    VARCHAR(32),
    registered_by_org     VARCHAR(255)
);

CREATE INDEX mine_view_enterprise ON mine_view (enterprise_id);
CREATE INDEX mine_view_town ON mine_view (town_code);
