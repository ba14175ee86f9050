"""Two instances, one database: what one instance does, the other must see and respect."""
import threading
import time
import uuid

from client import Api, new_patient, pain_log, token

ROUNDS = 20


def both_at_once(port_a, port_b, token_, method, path, bodies, headers=None, content_type="application/json"):
    """Sends a request to each instance at the same moment (bodies: one per instance); returns both results."""
    apis = [Api(port_a, token_), Api(port_b, token_)]
    results = [None, None]
    gate = threading.Barrier(2)

    def send(i):
        gate.wait()
        results[i] = apis[i].call(method, path, bodies[i], headers, content_type)

    threads = [threading.Thread(target=send, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for api in apis:
        api.close()
    return results


def idempotent_create(port_a, port_b, db):
    owner, patient = new_patient(port_a, "replica-idempotency")
    path = f"/v1/patients/{patient}/pain-logs"
    for _ in range(ROUNDS):
        log_id = uuid.uuid4()
        results = both_at_once(port_a, port_b, owner, "POST", path, [pain_log(log_id)] * 2)
        statuses = sorted(r[0] for r in results)
        assert statuses == [200, 201], f"same create on both instances: {statuses} {[r[2] for r in results]}"
        assert all(r[2]["id"] == str(log_id) for r in results)
        rows = db.query(f"select count(*) from pain_log where id = '{log_id}'")
        assert rows == ["1"], f"{log_id} stored {rows} times"
    return f"{ROUNDS} creates, each sent to both instances at once: one 201 and one 200 replay, one row each"


def if_match_race(port_a, port_b, db):
    owner, patient = new_patient(port_a, "replica-if-match")
    log_id = uuid.uuid4()
    status, headers, _ = Api(port_a, owner).call("POST", f"/v1/patients/{patient}/pain-logs", pain_log(log_id))
    assert status == 201
    etag = headers["ETag"]
    path = f"/v1/patients/{patient}/pain-logs/{log_id}"
    for round_ in range(ROUNDS):
        intensities = (round_ % 10, (round_ + 5) % 10)
        results = both_at_once(port_a, port_b, owner, "PATCH", path, [{"intensity": i} for i in intensities],
                               {"If-Match": etag}, "application/merge-patch+json")
        statuses = sorted(r[0] for r in results)
        assert statuses == [200, 412], f"round {round_}: {statuses} {[r[2] for r in results]}"
        winner = next(i for i in range(2) if results[i][0] == 200)
        etag = results[winner][1]["ETag"]
        stored = db.query(f"select intensity, version from pain_log where id = '{log_id}'")[0].split("|")
        assert int(stored[0]) == intensities[winner], f"round {round_}: stored {stored}, winner sent {intensities[winner]}"
        assert f'"{stored[1]}"' == etag, f"round {round_}: stored version {stored[1]}, winner's ETag {etag}"
    return f"{ROUNDS} rounds of two If-Match updates on the same version, one per instance: one 200 and one 412 each"


CATALOG_STALENESS = 1.0  # backcare.catalog.read-staleness, the default both instances run with


def catalog_visibility(port_a, port_b):
    """A catalog write shows at once on the instance that made it, and on the other to every read
    begun more than the read staleness after the write's answer (a check begun before the write
    answers reads for the staleness at most)."""
    curator = token(port_a, f"curator-{uuid.uuid4()}", "curator")
    on_a, on_b = Api(port_a, curator), Api(port_b, curator)
    for api in (on_a, on_b):  # both have just checked the catalog, so reads may reuse that check
        status, _, template = api.call("GET", "/v1/exercises/knee-to-chest")
        assert status == 200, status
    slug = f"replica-check-{uuid.uuid4().hex[:8]}"
    entry = {**template, "slug": slug, "name": "Replica check stretch"}
    lags = []

    def seen(writer, other, path, expect):
        written = time.monotonic()
        status, _, body = writer.call("GET", path)
        assert expect(status, body), f"{path}: {status} {body} on the instance that wrote it"
        while True:
            asked = time.monotonic()
            status, headers, body = other.call("GET", path)
            if expect(status, body):
                lags.append(time.monotonic() - written)
                return headers
            assert asked - written <= CATALOG_STALENESS, \
                f"{path}: {status} {body} to a read begun {asked - written:.2f} s after the other's write"
            time.sleep(0.02)

    assert on_a.call("POST", "/v1/exercises", entry)[0] == 201
    etag = seen(on_a, on_b, f"/v1/exercises/{slug}", lambda s, b: s == 200 and b["name"] == entry["name"])["ETag"]
    renamed = {**entry, "name": "Replica check stretch, renamed"}
    assert on_b.call("PUT", f"/v1/exercises/{slug}", renamed, {"If-Match": etag})[0] == 200
    seen(on_b, on_a, f"/v1/exercises/{slug}", lambda s, b: s == 200 and b["name"] == renamed["name"])
    assert on_a.call("DELETE", f"/v1/exercises/{slug}")[0] == 204
    seen(on_a, on_b, f"/v1/exercises/{slug}", lambda s, b: s == 404)
    return ("catalog create, replace and delete on one instance: each seen by the next read on that instance, "
            f"and on the other by every read begun over {CATALOG_STALENESS:.0f} s (the read staleness) after it "
            f"(slowest: {max(lags) * 1000:.0f} ms)")


def shared_rate_limit(port_a, port_b):
    """One budget for every replica: attempts on one invitation code (5 per 15 minutes, settled with
    the database on every attempt) alternate between the instances; the sixth is refused wherever it lands."""
    owner, patient = new_patient(port_a, "replica-budget")
    status, _, body = Api(port_a, owner).call("POST", f"/v1/patients/{patient}/invitations",
                                              {"relationship": "PARTNER", "scopes": ["plans:read"]})
    assert status == 201, f"invitation: {status} {body}"
    statuses, policies = [], []
    for attempt in range(7):
        port = (port_a, port_b)[attempt % 2]
        clinician = token(port, f"replica-guess-{uuid.uuid4()}", "clinician")
        status, headers, _ = Api(port, clinician).call("POST", "/v1/invitations/accept", {"code": body["code"]})
        statuses.append(status)
        policies.append(headers.get("RateLimit-Policy", ""))
    assert statuses == [403] * 5 + [429] * 2, f"attempts on one code across both instances: {statuses}"
    assert all(p.startswith('"invitation-code";q=5') for p in policies[5:]), policies
    return "one invitation code's budget (5) is shared: attempts alternating between A and B, the 6th and 7th get 429"
