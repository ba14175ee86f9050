-- Which pass of which worker holds a delivery's lease: a worker sends only what it still holds, so
-- a lease that ran out and was taken by another replica is not sent twice at once.
alter table webhook_delivery add column lease_token uuid;
