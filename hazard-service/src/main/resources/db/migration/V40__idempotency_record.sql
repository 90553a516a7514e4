-- The first response to each keyed request (Idempotency-Key), per caller and key. A row is written
-- when the request starts (response_status NULL: in progress) and completed with the response when
-- it succeeded; a request that did not succeed leaves no row. Plain SQL that PostgreSQL and H2
-- (MODE=PostgreSQL) understand alike.

CREATE TABLE idempotency_record (
    caller_id           VARCHAR(255)             NOT NULL,
    idempotency_key     VARCHAR(128)             NOT NULL,
    request_method      VARCHAR(16)              NOT NULL,
    request_path        VARCHAR(2048)            NOT NULL,
    request_body_sha256 CHAR(64)                 NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at        TIMESTAMP WITH TIME ZONE,
    response_status     INTEGER,
    response_headers    VARCHAR(8192),
    response_body       BYTEA,
    PRIMARY KEY (caller_id, idempotency_key)
);

CREATE INDEX idempotency_record_created_at ON idempotency_record (created_at);
