#!/usr/bin/env python3
"""Writes COUNT pain logs into one diary over HTTP (8 keep-alive connections), recorded at random
moments between FROM_DAYS and TO_DAYS ago, with the fields a real entry has.

Usage: seed.py BASE_URL TOKEN PATIENT_ID COUNT FROM_DAYS TO_DAYS
Prints the number of non-2xx answers (0 when all went well)."""
import http.client
import json
import random
import sys
import threading
from datetime import datetime, timedelta, timezone
from urllib.parse import urlparse

TRIGGERS = ["SITTING", "STANDING", "LIFTING", "STRESS", "BENDING", "WALKING"]
REGIONS = ["LOWER_BACK", "NECK", "LEG_LEFT", "LEG_RIGHT", "UPPER_BACK"]
CONNECTIONS = 8


def entry(rng, from_days, to_days):
    at = datetime.now(timezone.utc) - timedelta(days=from_days + rng.random() * (to_days - from_days))
    return json.dumps({
        "recordedAt": at.strftime("%Y-%m-%dT%H:%M:%SZ"), "intensity": rng.randint(0, 10),
        "triggers": [rng.choice(TRIGGERS)], "locations": [{"region": rng.choice(REGIONS), "intensity": rng.randint(0, 10)}],
        "qualities": ["ACHING"], "reliefMeasures": [{"measure": "HEAT", "helped": rng.randint(0, 10)}],
        "sleep": {"hours": 7, "disrupted": rng.random() < 0.3}, "mood": rng.randint(0, 10),
        "medications": [{"name": "Ibuprofen", "dose": 400, "unit": "mg"}], "notes": "Seeded for the benchmark."})


def main(base, token, patient, count, from_days, to_days):
    url = urlparse(base)
    path = f"/v1/patients/{patient}/pain-logs"
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    failures = []

    def worker(n, seed):
        rng = random.Random(seed)
        conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
        for _ in range(n):
            conn.request("POST", path, entry(rng, from_days, to_days), headers)
            response = conn.getresponse()
            response.read()
            if response.status != 201:
                failures.append(response.status)
        conn.close()

    threads = [threading.Thread(target=worker, args=(count // CONNECTIONS + (i < count % CONNECTIONS), i))
               for i in range(CONNECTIONS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(len(failures))


if __name__ == "__main__":
    if len(sys.argv) != 7:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6]))
