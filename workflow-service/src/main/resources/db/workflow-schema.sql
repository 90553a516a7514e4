-- Tables of workflow-service besides the engine's own (which Camunda creates and updates).
-- Runs at every start (spring.sql.init), on PostgreSQL and on H2: keep every statement idempotent.

-- One row per process started for a business key: a second start of the same pair fails.
create table if not exists wf_process_start (
  process_key  varchar(255) not null,
  business_key varchar(255) not null,
  claimed_at   timestamp    not null,
  primary key (process_key, business_key)
);
