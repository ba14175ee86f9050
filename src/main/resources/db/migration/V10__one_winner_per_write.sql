-- Every mutable resource carries a version the database checks on update (JPA @Version, or a
-- compare-and-set), and every create can be retried safely with an Idempotency-Key.

alter table plan_check_in add column version bigint default 1 not null;
alter table access_grant add column version bigint default 1 not null;
alter table invitation add column version bigint default 1 not null;
alter table webhook add column version bigint default 1 not null;
alter table screening add column version bigint default 1 not null;

-- One ACTIVE plan per patient and partner: the partner while active, null once archived, unique
-- per patient (filled, and earlier duplicates archived, by V11, which then adds the index).
alter table partner_plan add column active_partner varchar(255);

-- One event of each kind per screening per webhook (a resolution is claimed once; so is its event).
alter table webhook_delivery add constraint uq_delivery_screening_event unique (webhook_id, screening_id, event_type);

-- A client's Idempotency-Key (hashed with its subject) and the first answer given to it, kept at
-- least 24 hours; written in the transaction of the create itself; erased with the patient.
create table idempotency_key (
    id           varchar(64)   primary key,
    patient_id   uuid,
    fingerprint  varchar(64)   not null,
    status       integer       not null,
    location     varchar(2000),
    etag         varchar(100),
    body         varchar(1000000),
    created_at   timestamp(6) with time zone not null,
    constraint fk_idempotency_patient foreign key (patient_id) references patient (id) on delete cascade
);
create index ix_idempotency_created on idempotency_key (created_at);
create index ix_idempotency_patient on idempotency_key (patient_id);
