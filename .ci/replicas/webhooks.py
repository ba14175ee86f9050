"""Webhook deliveries with two workers on one outbox: every event is sent, and sent once."""
import http.server
import threading
import time
import uuid

from client import Api, new_patient, token

EVENTS = 20


class _Receiver(http.server.BaseHTTPRequestHandler):
    received = []

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        _Receiver.received.append(self.headers["X-Backcare-Event-Id"])
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


def sent_once(port_a, port_b):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        clinic_subject = f"replica-clinic-{uuid.uuid4()}"
        clinic = token(port_b, clinic_subject, "clinician")
        owner, patient = new_patient(port_a, "replica-webhooks")
        status, _, _ = Api(port_a, owner).call("POST", f"/v1/patients/{patient}/grants", {
            "subject": clinic_subject, "relationship": "CLINICIAN", "scopes": ["screenings:read"]})
        assert status == 201, status
        status, _, hook = Api(port_b, clinic).call("POST", "/v1/webhooks", {
            "url": f"http://127.0.0.1:{server.server_address[1]}/hook", "events": ["screening.emergency"]})
        assert status == 201, f"{status} {hook}"
        for i in range(EVENTS):
            status, _, _ = Api((port_a, port_b)[i % 2], owner).call(
                "POST", f"/v1/patients/{patient}/screenings", {"answers": {"SADDLE_NUMBNESS": True}})
            assert status == 201, status
        deadline = time.monotonic() + 60
        delivered = []
        while time.monotonic() < deadline:
            _, _, page = Api(port_a, clinic).call("GET", f"/v1/webhooks/{hook['id']}/deliveries?limit=200")
            delivered = [d for d in page["items"] if d["status"] == "DELIVERED"]
            if len(delivered) == EVENTS:
                break
            time.sleep(0.5)
        assert len(delivered) == EVENTS, f"{len(delivered)} of {EVENTS} delivered"
        received = list(_Receiver.received)
        assert sorted(received) == sorted(d["eventId"] for d in delivered), "received events differ from delivered"
        assert len(set(received)) == len(received), f"{len(received) - len(set(received))} events sent twice"
        return (f"{EVENTS} EMERGENCY screenings through both instances, both workers polling one outbox: "
                f"each event delivered exactly once")
    finally:
        server.shutdown()
