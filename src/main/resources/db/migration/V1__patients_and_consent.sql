-- Profiles and the consent model. Portable SQL: runs unchanged on H2 (embedded default)
-- and PostgreSQL (production). Everything owned by a patient cascades from patient(id),
-- so erasing a profile erases all that hangs off it.

create table patient (
    id               uuid primary key,
    owner_subject    varchar(255) not null,
    display_name     varchar(100) not null,
    birth_year       integer,
    condition_code   varchar(32)  not null,
    pain_onset_date  date,
    time_zone        varchar(64)  not null,
    created_at       timestamp(6) with time zone not null,
    updated_at       timestamp(6) with time zone not null,
    version          bigint       not null,
    constraint uk_patient_owner unique (owner_subject)
);

create table patient_medication (
    patient_id      uuid          not null,
    position        integer       not null,
    name            varchar(100)  not null,
    max_daily_dose  numeric(12,3) not null,
    unit            varchar(20)   not null,
    constraint pk_patient_medication primary key (patient_id, position),
    constraint fk_medication_patient foreign key (patient_id) references patient (id) on delete cascade
);

create table access_grant (
    id            uuid primary key,
    patient_id    uuid         not null,
    subject       varchar(255) not null,
    relationship  varchar(16)  not null,
    scopes        varchar(255) not null,
    created_at    timestamp(6) with time zone not null,
    expires_at    timestamp(6) with time zone,
    constraint uk_grant_patient_subject unique (patient_id, subject),
    constraint fk_grant_patient foreign key (patient_id) references patient (id) on delete cascade
);
-- "Which patients granted me access?" (GET /v1/patients, /v1/me)
create index ix_grant_subject on access_grant (subject, patient_id);

create table invitation (
    id                uuid primary key,
    patient_id        uuid         not null,
    code_hash         varchar(64)  not null,
    relationship      varchar(16)  not null,
    scopes            varchar(255) not null,
    grant_expires_at  timestamp(6) with time zone,
    created_at        timestamp(6) with time zone not null,
    expires_at        timestamp(6) with time zone not null,
    accepted_by       varchar(255),
    accepted_at       timestamp(6) with time zone,
    constraint uk_invitation_code unique (code_hash),
    constraint fk_invitation_patient foreign key (patient_id) references patient (id) on delete cascade
);
create index ix_invitation_patient on invitation (patient_id);

create table access_log (
    id             uuid primary key,
    patient_id     uuid         not null,
    actor_subject  varchar(255) not null,
    relationship   varchar(16)  not null,
    action         varchar(64)  not null,
    path           varchar(512) not null,
    occurred_at    timestamp(6) with time zone not null,
    constraint fk_access_log_patient foreign key (patient_id) references patient (id) on delete cascade
);
create index ix_access_log_patient_time on access_log (patient_id, occurred_at, id);
