#!/usr/bin/env python3
"""Two packaged instances on one fresh PostgreSQL database, started at the same moment (so both run
Flyway at once), then: shared state checks, webhooks sent once by two workers, the load test,
failover, a database outage, and the production logs.

Usage: run.py JAR PG_PORT DATABASE WORK_DIR [LOAD_SECONDS] [LOAD_CONNECTIONS]
The database role and its password are both DATABASE (see .ci/lib/postgres.sh)."""
import signal
import sys
import time

import checks
import dbfault
import webhooks
import failover
import load
import logs
from client import Database, Instance

PORTS = (18081, 18082)


def main(jar, pg_port, database, work_dir, load_seconds=60, connections=64):
    db = Database(pg_port, database)
    datasource = [f"-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:{pg_port}/{database}",
                  f"-Dquarkus.datasource.username={database}", f"-Dquarkus.datasource.password={database}",
                  # The load test and the harness's many tokens come from one address and a few users: their
                  # budgets are lifted; invitation codes keep theirs, for the shared-budget check.
                  *(f"-Dbackcare.rate-limits.{tier}=100000000/PT1M" for tier in
                    ("per-user", "per-client", "anonymous", "dev-tokens", "invitation-accept-per-user"))]
    a, b = (Instance(name, jar, port, datasource, work_dir) for name, port in zip("AB", PORTS))
    try:
        started = time.monotonic()
        a.start(), b.start()
        a.await_ready(), b.await_ready()
        report(f"both instances started together on an empty database and ready in {time.monotonic() - started:.0f} s")
        history = db.query("select version, count(*), bool_and(success) from flyway_schema_history "
                           "where version is not null group by version order by version")
        assert history and all(row.endswith("|1|t") for row in history), f"Flyway history: {history}"
        report(f"Flyway ran each of {len(history)} migrations exactly once")

        report(checks.idempotent_create(a.port, b.port, db))
        report(checks.if_match_race(a.port, b.port, db))
        report(checks.catalog_visibility(a.port, b.port))
        report(checks.shared_rate_limit(a.port, b.port))
        report(webhooks.sent_once(a.port, b.port))
        report(load.run(PORTS, db, load_seconds, connections))

        report(failover.writes_through(a, b, db, signal.SIGKILL))
        a.start().await_ready()
        report("A restarted on the migrated database")
        report(failover.writes_through(b, a, db, signal.SIGTERM))
        b.start().await_ready()
        report("B restarted")
        report(dbfault.outage(PORTS, db))
        report(logs.check(a))
        report(logs.check(b))
    finally:
        for instance in (a, b):
            if instance.process and instance.process.poll() is None:
                instance.kill(signal.SIGTERM)


def report(line):
    print(f"ok: {line}", flush=True)


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) < 4:
        sys.exit(__doc__)
    main(args[0], int(args[1]), args[2], args[3], *(int(x) for x in args[4:6]))
