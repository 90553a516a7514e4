-- The current state of each rectification order, kept by the subscribing processor "order-view" in
-- the same transaction as the events. version = sequence number of the latest event applied.
-- cited_hazard_ids is a JSON array; stop_effect, resumption and closure are JSON objects (or NULL
-- while there is none). Plain SQL that PostgreSQL and H2 (PostgreSQL mode) understand alike.

CREATE TABLE order_view (
    id                       VARCHAR(64)              NOT NULL PRIMARY KEY,
    number                   VARCHAR(100)             NOT NULL,
    mine_id                  VARCHAR(64)              NOT NULL,
    enterprise_id            VARCHAR(64)              NOT NULL,
    town_code                VARCHAR(64)              NOT NULL,
    type                     VARCHAR(32)              NOT NULL,
    status                   VARCHAR(32)              NOT NULL,
    cited_hazard_ids         TEXT                     NOT NULL,
    deadline                 TIMESTAMP WITH TIME ZONE NOT NULL,
    legal_basis              TEXT                     NOT NULL,
    campaign_id              VARCHAR(64),
    acknowledgement_deadline TIMESTAMP WITH TIME ZONE,
    issued_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by_user_id        VARCHAR(255)             NOT NULL,
    issued_by_role           VARCHAR(32),
    issued_by_org            VARCHAR(255),
    acknowledged_at          TIMESTAMP WITH TIME ZONE,
    stop_effect              TEXT,
    resumption               TEXT,
    closure                  TEXT,
    changed_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    version                  BIGINT                   NOT NULL
);

CREATE INDEX order_view_mine ON order_view (mine_id);
CREATE INDEX order_view_enterprise ON order_view (enterprise_id);
CREATE INDEX order_view_town ON order_view (town_code);
-- the sweeper's question: stop orders issued, not acknowledged, whose acknowledgement deadline passed
CREATE INDEX order_view_unacknowledged_stops ON order_view (status, acknowledgement_deadline);

-- The last sequence number handed out per town and year, for order numbers
-- ZL-<town_code>-<year>-<seq> (order.application.OrderNumbers), like hazard_number_counter.
CREATE TABLE order_number_counter (
    town_code VARCHAR(64) NOT NULL,
    "year"    INTEGER     NOT NULL,
    last_seq  INTEGER     NOT NULL,
    PRIMARY KEY (town_code, "year")
);
