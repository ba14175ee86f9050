"""An instance stops mid-load: no write it acknowledged may be lost. Clients do what a real one
does with an unanswered write: send the same client id, with the same content, to the other
instance. So afterwards the database must hold every acknowledged write, and exactly the writes
that were attempted. SIGKILL tests a crash; SIGTERM tests the graceful stop (Quarkus keeps
answering, with Connection: close, until in-flight requests are done or quarkus.shutdown.timeout)."""
import http.client
import signal
import threading
import time
import uuid

from client import Api, new_patient, pain_log

WRITERS = 16
PATIENTS = 8


def writes_through(victim, survivor, db, how, seconds=10, stop_after=4):
    """Writers on both instances; after stop_after seconds the victim gets signal `how`."""
    diaries = [new_patient(survivor.port, "failover") for _ in range(PATIENTS)]
    acknowledged, attempted, failed_over, errors = set(), set(), [], []
    acknowledged_by_victim_after_signal = []
    signalled_at = [float("inf")]
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def write(api, path, entry):
        try:
            status, _, body = api.call("POST", path, entry)
        except (OSError, http.client.HTTPException) as e:
            return None, repr(e)
        return status, body

    def worker(n):
        owner, patient = diaries[n % PATIENTS]
        path = f"/v1/patients/{patient}/pain-logs"
        apis = [Api(victim.port, owner, timeout=10), Api(survivor.port, owner, timeout=10)]
        first = n % 2
        while time.monotonic() < deadline:
            log_id = uuid.uuid4()
            entry = pain_log(log_id)  # a retry must send the very same content, or it is a different write
            with lock:
                attempted.add(str(log_id))
            status, detail = write(apis[first], path, entry)
            if status in (200, 201) and first == 0 and time.monotonic() > signalled_at[0]:
                with lock:
                    acknowledged_by_victim_after_signal.append(log_id)
            if status not in (200, 201):
                # No answer, or the instance said it is going away: the same write to the other one.
                with lock:
                    failed_over.append(detail)
                status, detail = write(apis[1 - first], path, entry)
            with lock:
                if status in (200, 201):
                    acknowledged.add(str(log_id))
                else:
                    errors.append(f"{status} {detail}")
        for api in apis:
            api.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(WRITERS)]
    for t in threads:
        t.start()
    time.sleep(stop_after)
    signalled_at[0] = time.monotonic()
    victim.process.send_signal(how)
    if how == signal.SIGTERM:
        drained = readiness_during_shutdown_delay(victim)
    for t in threads:
        t.join()
    exit_code = victim.process.wait(timeout=60)

    stored = set(db.pain_log_ids([patient for _, patient in diaries]))
    lost = acknowledged - stored
    assert not errors, f"writes that neither instance took: {errors[:5]}"
    assert not lost, f"{len(lost)} acknowledged writes missing from the database: {sorted(lost)[:5]}"
    assert stored == attempted, f"{len(stored - attempted)} rows never attempted, {len(attempted - stored)} missing"
    if how == signal.SIGKILL:
        assert failed_over, f"{victim.name} was killed but no write had to move to {survivor.name}"
    else:
        assert drained, f"{victim.name} never reported not-ready after SIGTERM"
        assert acknowledged_by_victim_after_signal, f"{victim.name} stopped answering at once on SIGTERM"
    name = "SIGKILL" if how == signal.SIGKILL else "SIGTERM"
    return (f"{name} to {victim.name} {stop_after} s into {seconds} s of writes: {len(acknowledged)} acknowledged, "
            f"all in the database; {victim.name} acknowledged {len(acknowledged_by_victim_after_signal)} after the "
            f"signal and exited with {exit_code}; {len(failed_over)} writes re-sent to {survivor.name}, each stored once")


def readiness_during_shutdown_delay(instance):
    """True once the instance reports not-ready while it still answers (quarkus.shutdown.delay)."""
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        try:
            if Api(instance.port, timeout=2).call("GET", "/q/health/ready")[0] == 503:
                return True
        except (OSError, http.client.HTTPException):
            return False
        time.sleep(0.1)
    return False
