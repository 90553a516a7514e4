-- The audit's snapshots: an object's replayed state (its view) up to one of its events, sealed to
-- that event's hash-chain link (AuditService, StateSeal). Not Axon's snapshotevententry, which keeps
-- only an aggregate's latest snapshot, of the aggregate class. One row per object, event and
-- revision of the state's classes; a reader uses only its own revision's rows.

CREATE TABLE audit_snapshot (
    aggregate_id    VARCHAR(255)             NOT NULL,
    state_revision  VARCHAR(64)              NOT NULL,
    sequence_number BIGINT                   NOT NULL,
    aggregate_type  VARCHAR(255)             NOT NULL,
    event_hash      CHAR(64)                 NOT NULL,
    latest_event_at TIMESTAMP WITH TIME ZONE NOT NULL,
    state_type      VARCHAR(255)             NOT NULL,
    state           BYTEA                    NOT NULL,
    seal            CHAR(64)                 NOT NULL,
    PRIMARY KEY (aggregate_id, state_revision, sequence_number)
);
