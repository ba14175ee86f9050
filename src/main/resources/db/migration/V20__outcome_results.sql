-- Completed outcome instruments (PEG, PHQ-2, GAD-2), scored by the server. A result is never
-- changed once stored. The same instrument completed twice at the same instant is one double
-- submission: the unique key refuses the second, whichever replica it reaches.
create table outcome_result (
    id                  uuid primary key,
    patient_id          uuid          not null,
    instrument          varchar(20)   not null,
    instrument_version  integer       not null,
    completed_at        timestamp(6) with time zone not null,
    answers             varchar(400)  not null,
    score               numeric(5, 2) not null,
    positive            boolean       not null,
    created_at          timestamp(6) with time zone not null,
    constraint fk_outcome_patient foreign key (patient_id) references patient (id) on delete cascade,
    constraint uq_outcome_completion unique (patient_id, instrument, completed_at),
    constraint ck_outcome_score check (score between 0 and 100)
);
create index ix_outcome_patient_time on outcome_result (patient_id, completed_at, id);

-- How often each instrument is due, as the patient set it; no row means the catalog's defaults.
-- every_days is a JSON object from instrument code to days (null: not scheduled).
create table outcome_schedule (
    patient_id  uuid primary key,
    every_days  varchar(500) not null,
    version     bigint       not null,
    updated_at  timestamp(6) with time zone not null,
    constraint fk_outcome_schedule_patient foreign key (patient_id) references patient (id) on delete cascade
);
