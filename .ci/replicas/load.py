"""The load test: CONNECTIONS keep-alive connections, half to each instance, for a fixed time. Each
connection is one person's app: it writes pain logs to its own diary (two in three requests) and
reads that diary's 30-day summary. Afterwards the database must hold exactly the writes that were
acknowledged with 201."""
import http.client
import random
import threading
import time
import uuid

from client import Api, new_patient, pain_log

def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] if ordered else 0.0


def run(ports, db, seconds, connections):
    diaries = [new_patient(ports[i % 2], "load") for i in range(connections)]
    latencies = {"write": [], "summary": []}
    errors, acknowledged = [], []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def worker(n):
        rng = random.Random(n)
        owner, patient = diaries[n]
        api = Api(ports[n % 2], owner)
        mine_latency = {"write": [], "summary": []}
        mine_acked, mine_errors = [], []
        while time.monotonic() < deadline:
            op = "write" if rng.random() < 2 / 3 else "summary"
            log_id = uuid.uuid4()
            started = time.monotonic()
            try:
                if op == "write":
                    status, _, body = api.call("POST", f"/v1/patients/{patient}/pain-logs",
                                               pain_log(log_id, rng.randint(0, 10), rng.random() * 29))
                else:
                    status, _, body = api.call("GET", f"/v1/patients/{patient}/pain-logs/summary")
            except (OSError, http.client.HTTPException) as e:
                mine_errors.append(f"{op}: {e!r}")
                continue
            mine_latency[op].append(time.monotonic() - started)
            if status == (201 if op == "write" else 200):
                if op == "write":
                    mine_acked.append(str(log_id))
            else:
                mine_errors.append(f"{op}: {status} {body}")
        api.close()
        with lock:
            for op, values in mine_latency.items():
                latencies[op].extend(values)
            acknowledged.extend(mine_acked)
            errors.extend(mine_errors)

    started = time.monotonic()
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started

    stored = db.pain_log_ids([patient for _, patient in diaries])
    lost = set(acknowledged) - set(stored)
    unacknowledged = set(stored) - set(acknowledged)
    table = ["| requests | count | req/s | p50 (ms) | p99 (ms) |", "|---|---|---|---|---|"]
    for op, values in [*latencies.items(), ("all", latencies["write"] + latencies["summary"])]:
        table.append(f"| {op} | {len(values)} | {len(values) / elapsed:.0f} | {percentile(values, 50) * 1000:.1f} "
                     f"| {percentile(values, 99) * 1000:.1f} |")
    table += ["", f"{connections} connections, {elapsed:.0f} s, both instances; errors: {len(errors)}; "
                  f"acknowledged writes: {len(acknowledged)}; rows in the database: {len(stored)}; "
                  f"lost: {len(lost)}; stored but never acknowledged: {len(unacknowledged)}"]
    print("\n".join(table), flush=True)
    assert not errors, f"{len(errors)} errors, first ones: {errors[:5]}"
    assert len(stored) == len(set(stored)) == len(acknowledged), "duplicated writes"
    assert not lost and not unacknowledged
    return f"load test: {len(acknowledged)} writes and {len(latencies['summary'])} summaries, no errors, none lost"
