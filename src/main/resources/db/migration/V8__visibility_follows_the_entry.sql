-- One visibility rule for diary-derived data. A screening made from a private entry is private
-- like it; partners get the advice drawn only from entries they may see; an entry made private
-- after partners could see it leaves a tombstone in their sync feed (ever_shared).

alter table screening add column is_private boolean default false not null;
update screening set is_private = true where pain_log_id in (select id from pain_log where is_private = true);
alter table screening add column shared_advice varchar(8000);

alter table pain_log add column ever_shared boolean default false not null;
update pain_log set ever_shared = true where is_private = false;

-- Webhook deliveries name their screening, whose visibility is asked again before each attempt.
alter table webhook_delivery add column screening_id uuid;

-- The catalog entries a plan shares, so the catalog can ask by slug instead of searching documents
-- (filled for existing plans by V9).
create table partner_plan_exercise (
    plan_id        uuid        not null,
    exercise_slug  varchar(64) not null,
    constraint pk_partner_plan_exercise primary key (plan_id, exercise_slug),
    constraint fk_plan_exercise_plan foreign key (plan_id) references partner_plan (id) on delete cascade,
    constraint fk_plan_exercise_exercise foreign key (exercise_slug) references exercise (slug)
);
create index ix_plan_exercise_slug on partner_plan_exercise (exercise_slug);
