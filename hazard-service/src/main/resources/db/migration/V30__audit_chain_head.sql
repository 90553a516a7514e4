-- The latest event appended to each aggregate, written by the hash chain in the transaction that
-- appends the event. The chain itself reveals an altered or missing event between two stored ones;
-- this row also reveals the deletion of an aggregate's latest events.

CREATE TABLE audit_chain_head (
    aggregate_id   VARCHAR(255) NOT NULL PRIMARY KEY,
    aggregate_type VARCHAR(255) NOT NULL,
    last_sequence  BIGINT       NOT NULL,
    last_hash      CHAR(64)     NOT NULL
);
