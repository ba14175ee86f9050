-- Rate-limit budgets shared by every replica: one row per key (a user, a client app, an address,
-- an invitation code; with its tier), holding Bucket4j's serialized bucket state, updated under a
-- row lock.
create table rate_limit_bucket (
    id     varchar(1000) primary key,
    state  bytea
);
