-- The exercise catalog (each entry a JSON document; the seed entries are loaded by the Java
-- migration V5 from catalog/exercises-v1.json) and the sessions people log.

create table exercise (
    slug        varchar(64)    primary key,
    document    varchar(20000) not null,
    version     bigint         not null,
    retired     boolean        not null,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null
);

-- One row: bumped by every catalog write, so every replica's in-process cache can tell,
-- with one primary-key read, whether it is stale.
create table catalog_state (
    id       integer primary key,
    version  bigint  not null
);
insert into catalog_state (id, version) values (1, 0);

create table exercise_session (
    id                uuid primary key,
    patient_id        uuid          not null,
    exercise_slug     varchar(64)   not null,
    performed_at      timestamp(6) with time zone not null,
    duration_minutes  integer       not null,
    pain_before       integer       not null,
    pain_after        integer       not null,
    with_partner      boolean       not null,
    notes             varchar(2000),
    created_at        timestamp(6) with time zone not null,
    constraint fk_session_patient foreign key (patient_id) references patient (id) on delete cascade,
    constraint fk_session_exercise foreign key (exercise_slug) references exercise (slug),
    constraint ck_session_pain check (pain_before between 0 and 10 and pain_after between 0 and 10)
);
create index ix_session_patient_time on exercise_session (patient_id, performed_at, id);
create index ix_session_exercise on exercise_session (exercise_slug);
