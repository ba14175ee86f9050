-- Red-flag screenings. Answers and result are JSON snapshots of what was scored and said,
-- under the questionnaire version of the time.

create table screening (
    id                     uuid primary key,
    patient_id             uuid          not null,
    questionnaire_version  integer       not null,
    source                 varchar(16)   not null,
    pain_log_id            uuid,
    answers                varchar(8000) not null,
    result                 varchar(100000) not null,
    triage                 varchar(16)   not null,
    created_at             timestamp(6) with time zone not null,
    care_sought            varchar(32),
    care_sought_at         timestamp(6) with time zone,
    resolution_note        varchar(2000),
    resolved_at            timestamp(6) with time zone,
    constraint fk_screening_patient foreign key (patient_id) references patient (id) on delete cascade
);
create index ix_screening_patient_time on screening (patient_id, created_at, id);
-- Open screenings (EMERGENCY/URGENT without a resolution) are looked up on every profile read.
create index ix_screening_patient_open on screening (patient_id, resolved_at, triage);

-- The screening a pain log's red-flag symptoms started, and its triage, shown with the log.
alter table pain_log add column red_flag_screening_id uuid;
alter table pain_log add column red_flag_triage varchar(16);
