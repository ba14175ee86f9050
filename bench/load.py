#!/usr/bin/env python3
"""Creates COUNT pain logs for one patient over HTTP with 8 keep-alive connections.

Usage: load.py BASE_URL TOKEN PATIENT_ID COUNT IN_WINDOW_SHARE
A share IN_WINDOW_SHARE of the entries falls in the last 90 days, the rest 91 to 800 days
back. Prints "<requests per second> <non-2xx responses>".
"""
import http.client
import json
import random
import sys
import threading
import time
from datetime import datetime, timedelta, timezone
from urllib.parse import urlparse

base, token, patient, count, share = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5])
url = urlparse(base)
path = f"/v1/patients/{patient}/pain-logs"
headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
TRIGGERS = ["SITTING", "STANDING", "LIFTING", "STRESS", "BENDING", "WALKING"]
REGIONS = ["LOWER_BACK", "NECK", "LEG_LEFT", "LEG_RIGHT", "UPPER_BACK"]
CONNECTIONS = 8
failures = []


def body(rng):
    days = rng.random() * 89 if rng.random() < share else 91 + rng.random() * 709
    at = datetime.now(timezone.utc) - timedelta(days=days)
    return json.dumps({
        "recordedAt": at.strftime("%Y-%m-%dT%H:%M:%SZ"), "intensity": rng.randint(0, 10),
        "triggers": [rng.choice(TRIGGERS)], "locations": [{"region": rng.choice(REGIONS)}],
        "reliefMeasures": [{"measure": "HEAT", "helped": rng.randint(0, 10)}],
        "sleep": {"disrupted": rng.random() < 0.3},
        "medications": [{"name": "Ibuprofen", "dose": 400, "unit": "mg"}]})


def worker(n, seed):
    rng = random.Random(seed)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    for _ in range(n):
        conn.request("POST", path, body(rng), headers)
        response = conn.getresponse()
        response.read()
        if response.status != 201:
            failures.append(response.status)
    conn.close()


start = time.monotonic()
threads = [threading.Thread(target=worker, args=(count // CONNECTIONS + (i < count % CONNECTIONS), i))
           for i in range(CONNECTIONS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"{count / (time.monotonic() - start):.1f} {len(failures)}")
