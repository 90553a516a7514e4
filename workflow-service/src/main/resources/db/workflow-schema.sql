-- Tables of workflow-service besides the engine's own (which Camunda creates and updates).
-- Runs at every start (spring.sql.init), on PostgreSQL and on H2: keep every statement idempotent.

-- One row per process started for a business key: a second start of the same pair fails.
create table if not exists wf_process_start (
  process_key  varchar(255) not null,
  business_key varchar(255) not null,
  claimed_at   timestamp    not null,
  primary key (process_key, business_key)
);

-- One row per event applied to a process: a redelivered event id is a duplicate.
create table if not exists wf_correlated_event (
  event_id      varchar(64)  not null primary key,
  business_key  varchar(255) not null,
  message       varchar(255) not null,
  correlated_at timestamp    not null
);

-- Events that arrived before their process waited for them, tried again until they apply or expire.
create table if not exists wf_pending_event (
  event_id     varchar(64)  not null primary key,
  aggregate_id varchar(255) not null,
  sequence     bigint       not null,
  event_type   varchar(255) not null,
  envelope     text         not null,
  received_at  timestamp    not null,
  attempts     integer      not null
);

-- The hazards an order to stop production cites (from OrderIssued).
create table if not exists wf_order_cited_hazard (
  order_id  varchar(255) not null,
  hazard_id varchar(255) not null,
  primary key (order_id, hazard_id)
);

-- Hazards signed off and not reopened since (from HazardSignedOff and HazardReopened).
create table if not exists wf_signed_off_hazard (
  hazard_id     varchar(255) not null primary key,
  signed_off_at timestamp    not null
);

-- What reminders and escalations told whom: the outbox for later channels (SMS, call-and-answer).
create table if not exists wf_notification (
  id             varchar(64)  not null primary key,
  recipient_role varchar(64)  not null,
  recipient_org  varchar(255),
  reason         varchar(64)  not null,
  object_type    varchar(64)  not null,
  object_id      varchar(255) not null,
  enterprise_id  varchar(255),
  town_code      varchar(255),
  due_at         timestamp,
  channel        varchar(32)  not null,
  created_at     timestamp    not null
);

-- The towns each campaign covers (from CampaignLaunched).
create table if not exists wf_campaign_town (
  campaign_id varchar(255) not null,
  town_code   varchar(255) not null,
  primary key (campaign_id, town_code)
);

-- The mines known from MineRegistered (closed by MineClosed): whose enterprises report in a campaign.
create table if not exists wf_mine (
  mine_id       varchar(255) not null primary key,
  enterprise_id varchar(255) not null,
  town_code     varchar(255) not null,
  closed        boolean      not null
);
