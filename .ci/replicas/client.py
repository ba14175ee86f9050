"""HTTP, database and process helpers shared by the replica checks (standard library only)."""
import http.client
import json
import os
import signal
import subprocess
import time
import uuid
from datetime import datetime, timedelta, timezone


class Api:
    """One keep-alive connection to one instance; not thread-safe, so one per thread."""

    def __init__(self, port, token=None, timeout=30):
        self.port, self.token, self.timeout = port, token, timeout
        self.conn = None

    def call(self, method, path, body=None, headers=None, content_type="application/json"):
        """Returns (status, headers, parsed body). Raises OSError/HTTPException when the connection fails."""
        all_headers = {"Accept": "application/json"}
        if self.token:
            all_headers["Authorization"] = f"Bearer {self.token}"
        if body is not None:
            all_headers["Content-Type"] = content_type
        all_headers.update(headers or {})
        if self.conn is None:
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
        try:
            self.conn.request(method, path, None if body is None else json.dumps(body), all_headers)
            response = self.conn.getresponse()
            raw = response.read()
        except (OSError, http.client.HTTPException):
            self.close()
            raise
        if response.getheader("Connection", "").lower() == "close":
            self.close()
        parsed = json.loads(raw) if raw and "json" in (response.getheader("Content-Type") or "") else None
        return response.status, response.headers, parsed

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def token(port, subject, *roles):
    status, _, body = Api(port).call("POST", "/dev/tokens", {"subject": subject, "roles": list(roles)})
    assert status == 200, f"dev token: {status} {body}"
    return body["accessToken"]


def new_patient(port, label):
    """Returns (token, patient id) for a fresh patient."""
    owner = token(port, f"{label}-{uuid.uuid4()}", "patient")
    status, _, body = Api(port, owner).call("POST", "/v1/patients", {
        "displayName": label, "timeZone": "Europe/Amsterdam",
        "medications": [{"name": "Ibuprofen", "maxDailyDose": 1200, "unit": "mg"}]})
    assert status == 201, f"create patient: {status} {body}"
    return owner, body["id"]


def pain_log(log_id, intensity=5, days_ago=0.0):
    at = datetime.now(timezone.utc) - timedelta(days=days_ago)
    return {"id": str(log_id), "recordedAt": at.strftime("%Y-%m-%dT%H:%M:%SZ"), "intensity": intensity,
            "triggers": ["SITTING"], "locations": [{"region": "LOWER_BACK"}], "sleep": {"disrupted": False}}


class Database:
    """psql against the database both instances share."""

    def __init__(self, port, name):
        self.port, self.name = port, name

    def query(self, sql):
        out = subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", self.name, "-d", self.name,
                              "-v", "ON_ERROR_STOP=1", "-Atc", sql], check=True, capture_output=True, text=True,
                             env={**os.environ, "PGPASSWORD": self.name})
        return [line for line in out.stdout.splitlines() if line]

    def pain_log_ids(self, patient_ids):
        listed = ",".join(f"'{p}'" for p in patient_ids)
        return self.query(f"select id from pain_log where patient_id in ({listed}) and deleted_at is null")


class Instance:
    """A packaged jar on its own port, its JSON log in a file."""

    def __init__(self, name, jar, port, datasource_args, work_dir):
        self.name, self.jar, self.port, self.datasource_args = name, jar, port, datasource_args
        self.log_path = os.path.join(work_dir, f"{name}.log")
        self.process = None

    def start(self):
        log = open(self.log_path, "a")
        self.process = subprocess.Popen(
            ["java", "-Dbackcare.dev-tokens.enabled=true", f"-Dquarkus.http.port={self.port}",
             # The webhook check's receiver listens on loopback; poll often so it runs quickly.
             "-Dbackcare.webhooks.allow-local-targets=true", "-Dbackcare.webhooks.poll-interval=PT0.2S",
             *self.datasource_args, "-jar", self.jar],
            stdout=log, stderr=subprocess.STDOUT, cwd=os.path.dirname(self.log_path))
        return self

    def await_ready(self, seconds=120):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"{self.name} exited with {self.process.returncode}; see {self.log_path}")
            try:
                if Api(self.port, timeout=2).call("GET", "/q/health/ready")[0] == 200:
                    return self
            except (OSError, http.client.HTTPException):
                pass
            time.sleep(0.5)
        raise AssertionError(f"{self.name} not ready after {seconds} s; see {self.log_path}")

    def kill(self, sig=signal.SIGKILL):
        self.process.send_signal(sig)
        self.process.wait(timeout=60)
