-- The pain diary. Repeated parts of an entry live in child tables so the summary aggregates
-- them in SQL. change_seq orders one patient's changes for offline sync; it is taken from
-- patient.change_seq under that row's lock, so within a patient it follows commit order.

alter table patient add column change_seq bigint default 0 not null;

create table pain_log (
    id               uuid primary key,
    patient_id       uuid         not null,
    recorded_at      timestamp(6) with time zone not null,
    intensity        integer,
    pain_pattern     varchar(16),
    radiates_to_leg  boolean,
    interference     integer,
    mood             integer,
    stress           integer,
    sleep_hours      numeric(3,1),
    sleep_disrupted  boolean,
    notes            varchar(4000),
    is_private       boolean      not null,
    version          bigint       not null,
    change_seq       bigint       not null,
    create_hash      varchar(64)  not null,
    created_at       timestamp(6) with time zone not null,
    updated_at       timestamp(6) with time zone not null,
    deleted_at       timestamp(6) with time zone,
    constraint fk_pain_log_patient foreign key (patient_id) references patient (id) on delete cascade,
    constraint ck_pain_log_intensity check (intensity between 0 and 10)
);
-- History, filters and the summary window: cost follows the window, not the whole history.
create index ix_pain_log_patient_time on pain_log (patient_id, recorded_at, id);
-- Sync: every change after a point, in change order.
create unique index ux_pain_log_patient_seq on pain_log (patient_id, change_seq);

create table pain_log_location (
    log_id     uuid        not null,
    region     varchar(24) not null,
    intensity  integer,
    constraint pk_pain_log_location primary key (log_id, region),
    constraint fk_location_log foreign key (log_id) references pain_log (id) on delete cascade
);

create table pain_log_quality (
    log_id   uuid        not null,
    quality  varchar(16) not null,
    constraint pk_pain_log_quality primary key (log_id, quality),
    constraint fk_quality_log foreign key (log_id) references pain_log (id) on delete cascade
);

create table pain_log_trigger (
    log_id        uuid        not null,
    trigger_code  varchar(24) not null,
    constraint pk_pain_log_trigger primary key (log_id, trigger_code),
    constraint fk_trigger_log foreign key (log_id) references pain_log (id) on delete cascade
);
create index ix_pain_log_trigger_code on pain_log_trigger (trigger_code, log_id);

create table pain_log_symptom (
    log_id   uuid        not null,
    symptom  varchar(32) not null,
    constraint pk_pain_log_symptom primary key (log_id, symptom),
    constraint fk_symptom_log foreign key (log_id) references pain_log (id) on delete cascade
);

create table pain_log_relief (
    log_id   uuid        not null,
    measure  varchar(16) not null,
    helped   integer,
    constraint pk_pain_log_relief primary key (log_id, measure),
    constraint fk_relief_log foreign key (log_id) references pain_log (id) on delete cascade
);

create table pain_log_medication (
    log_id    uuid          not null,
    position  integer       not null,
    name      varchar(100)  not null,
    dose      numeric(12,3) not null,
    unit      varchar(20)   not null,
    taken_at  timestamp(6) with time zone,
    constraint pk_pain_log_medication primary key (log_id, position),
    constraint fk_medication_log foreign key (log_id) references pain_log (id) on delete cascade
);
