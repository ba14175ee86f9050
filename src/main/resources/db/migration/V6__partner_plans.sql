-- Partner action plans: the plan's parts as one JSON document, its check-ins and the
-- achievements recorded when goals are reached.

create table partner_plan (
    id               uuid primary key,
    patient_id       uuid          not null,
    partner_subject  varchar(255)  not null,
    status           varchar(16)   not null,
    document         varchar(60000) not null,
    version          bigint        not null,
    last_check_in_at timestamp(6) with time zone,
    created_at       timestamp(6) with time zone not null,
    updated_at       timestamp(6) with time zone not null,
    constraint fk_plan_patient foreign key (patient_id) references patient (id) on delete cascade
);
create index ix_plan_patient on partner_plan (patient_id, created_at, id);

create table plan_check_in (
    id               uuid primary key,
    plan_id          uuid          not null,
    recorded_by      varchar(255)  not null,
    held_at          timestamp(6) with time zone not null,
    what_is_working  varchar(2000),
    what_to_change   varchar(2000),
    patient_rating   integer,
    partner_rating   integer,
    changes_agreed   varchar(2000),
    created_at       timestamp(6) with time zone not null,
    constraint fk_check_in_plan foreign key (plan_id) references partner_plan (id) on delete cascade
);
create index ix_check_in_plan on plan_check_in (plan_id, held_at, id);

create table plan_achievement (
    id           uuid primary key,
    plan_id      uuid          not null,
    goal_id      uuid          not null,
    goal_text    varchar(300)  not null,
    achieved_at  timestamp(6) with time zone not null,
    recorded_by  varchar(255)  not null,
    constraint fk_achievement_plan foreign key (plan_id) references partner_plan (id) on delete cascade
);
create index ix_achievement_plan on plan_achievement (plan_id, achieved_at, id);
