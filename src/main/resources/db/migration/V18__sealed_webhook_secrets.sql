-- Webhook secrets sealed at rest (AES-256-GCM, see SecretSealer), with the id of the key that
-- sealed each, and the secret a rotation replaced, which still signs until previous_secret_until.
-- The plaintext column stays only until the first start of this version has sealed what it holds
-- (SecretReseal empties it row by row); a later migration drops it.
alter table webhook add column secret_key_id varchar(64);
alter table webhook add column secret_sealed varchar(512);
alter table webhook add column previous_secret_key_id varchar(64);
alter table webhook add column previous_secret_sealed varchar(512);
alter table webhook add column previous_secret_until timestamp(6) with time zone;
alter table webhook alter column secret drop not null;
alter table webhook add constraint ck_webhook_secret_kept
    check (secret_sealed is not null and secret_key_id is not null or secret is not null);
create index ix_webhook_secret_key on webhook (secret_key_id);
