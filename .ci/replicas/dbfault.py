"""The database goes away mid-load and comes back: while it is gone, both instances answer 503
problem+json (never a 500) and report not-ready; once it is back they serve again without a
restart, and no write they acknowledged is lost. Clients do what a real one does with a write that
was refused or unanswered: send it again, same id and content, until it is taken."""
import http.client
import os
import subprocess
import threading
import time
import uuid

from client import Api, new_patient, pain_log

WRITERS = 8


def cluster(action):
    subprocess.run(["pg_ctlcluster", os.environ["PG_VERSION"], "main", action, *(["-m", "fast"] if action == "stop" else [])],
                   check=True, capture_output=True)


def outage(ports, db, down_after=5, down_for=20, after=10):
    diaries = [new_patient(ports[0], "outage") for _ in range(WRITERS)]
    statuses, problems, acknowledged, pending, errors = {}, [], set(), set(), []
    lock = threading.Lock()
    stop = threading.Event()

    def worker(n):
        owner, patient = diaries[n]
        api = Api(ports[n % 2], owner, timeout=15)
        retry = None
        while not stop.is_set():
            entry = retry or pain_log(uuid.uuid4())
            try:
                status, headers, body = api.call("POST", f"/v1/patients/{patient}/pain-logs", entry)
            except (OSError, http.client.HTTPException) as e:
                status, headers, body = None, {}, repr(e)
            with lock:
                statuses[status] = statuses.get(status, 0) + 1
                if status in (200, 201):
                    acknowledged.add(entry["id"])
                    pending.discard(entry["id"])
                elif status == 503:
                    problems.append((headers.get("Content-Type"), headers.get("Retry-After"), body))
                    pending.add(entry["id"])
                else:
                    errors.append(f"{status} {body}")
            retry = None if status in (200, 201) else entry
            if status not in (200, 201):
                time.sleep(0.2)
        api.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(WRITERS)]
    for t in threads:
        t.start()
    time.sleep(down_after)
    cluster("stop")
    stopped = time.monotonic()
    not_ready = set()
    while time.monotonic() - stopped < down_for:
        for port in ports:
            if Api(port, timeout=5).call("GET", "/q/health/ready")[0] == 503:
                not_ready.add(port)
        time.sleep(1)
    cluster("start")
    time.sleep(after)
    stop.set()
    for t in threads:
        t.join()

    ready = [Api(port, timeout=5).call("GET", "/q/health/ready")[0] for port in ports]
    stored = set(db.pain_log_ids([patient for _, patient in diaries]))
    assert not errors, f"answers other than 2xx or 503 problems: {errors[:5]}"
    assert problems, "no write was refused while the database was down"
    assert all((ct or "").startswith("application/problem+json") and ra for ct, ra, _ in problems), problems[:3]
    assert not_ready == set(ports), f"not-ready seen on {sorted(not_ready)} of {list(ports)}"
    assert ready == [200, 200], f"readiness after the database came back: {ready}"
    assert not pending, f"{len(pending)} writes still refused {after} s after the database came back"
    assert acknowledged <= stored, f"{len(acknowledged - stored)} acknowledged writes lost"
    assert stored == acknowledged, f"{len(stored - acknowledged)} rows stored that no client was told about"
    return (f"database stopped {down_after} s into the load for {down_for} s: {statuses.get(503, 0)} writes refused "
            f"with 503 problem+json and Retry-After, both instances not-ready meanwhile and ready again after, no "
            f"500; {len(acknowledged)} acknowledged writes, all stored, each once")
