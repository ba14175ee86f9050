-- One row per event type a webhook subscribes to: the outbox finds subscribers by equality on an
-- index instead of LIKE over a comma-separated list (where one name inside another would match).
create table webhook_event_type (
    webhook_id  uuid        not null,
    event_type  varchar(32) not null,
    constraint pk_webhook_event_type primary key (webhook_id, event_type),
    constraint fk_event_type_webhook foreign key (webhook_id) references webhook (id) on delete cascade
);
create index ix_webhook_event_type on webhook_event_type (event_type, webhook_id);

insert into webhook_event_type (webhook_id, event_type)
    select id, 'SCREENING_EMERGENCY' from webhook where ',' || events || ',' like '%,SCREENING_EMERGENCY,%';
insert into webhook_event_type (webhook_id, event_type)
    select id, 'SCREENING_URGENT' from webhook where ',' || events || ',' like '%,SCREENING_URGENT,%';
insert into webhook_event_type (webhook_id, event_type)
    select id, 'SCREENING_RESOLVED' from webhook where ',' || events || ',' like '%,SCREENING_RESOLVED,%';

alter table webhook drop column events;
