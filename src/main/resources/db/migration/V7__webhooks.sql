-- Clinic webhooks and their outbox. A delivery row is written in the transaction that stores
-- the screening, so an event exists exactly when its screening does; a worker on any replica
-- claims due rows (SKIP LOCKED on PostgreSQL) under a short lease and sends them.
create table webhook (
    id             uuid primary key,
    owner_subject  varchar(255)  not null,
    url            varchar(2000) not null,
    events         varchar(200)  not null,
    secret         varchar(256)  not null,
    created_at     timestamp(6) with time zone not null
);
create index ix_webhook_owner on webhook (owner_subject, created_at, id);

create table webhook_delivery (
    id               uuid primary key,
    webhook_id       uuid         not null,
    event_id         uuid         not null,
    patient_id       uuid         not null,
    event_type       varchar(32)  not null,
    payload          varchar(4000) not null,
    status           varchar(16)  not null,
    attempts         integer      not null,
    next_attempt_at  timestamp(6) with time zone not null,
    lease_until      timestamp(6) with time zone,
    last_status      integer,
    last_error       varchar(500),
    created_at       timestamp(6) with time zone not null,
    finished_at      timestamp(6) with time zone,
    constraint fk_delivery_webhook foreign key (webhook_id) references webhook (id) on delete cascade,
    -- The payload names the patient: erasing the patient erases their deliveries.
    constraint fk_delivery_patient foreign key (patient_id) references patient (id) on delete cascade,
    constraint uq_delivery_event unique (webhook_id, event_id)
);
create index ix_delivery_due on webhook_delivery (status, next_attempt_at);
create index ix_delivery_webhook on webhook_delivery (webhook_id, created_at, id);
create index ix_delivery_patient on webhook_delivery (patient_id);
