-- When each budget was last charged: a bucket idle for longer than its period is full again, the
-- same as no row at all, so idle rows are deleted (their keys name users and codes).
alter table rate_limit_bucket add column touched_at timestamp(6) with time zone;
update rate_limit_bucket set touched_at = current_timestamp;
create index ix_rate_limit_bucket_touched on rate_limit_bucket (touched_at);
