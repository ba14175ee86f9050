"""Production logs: one JSON object per line, and the request id on every line written while serving."""
import json


def check(instance):
    requests, served_lines = set(), 0
    with open(instance.log_path) as log:
        for number, line in enumerate(log, 1):
            try:
                entry = json.loads(line)
            except ValueError:
                raise AssertionError(f"{instance.log_path}:{number} is not JSON: {line[:200]}")
            thread, logger = entry.get("threadName", ""), entry.get("loggerName", "")
            # Scheduled jobs (the webhook worker) share the executor threads but serve no request; what
            # they log (their own lines, and Hibernate's on their behalf) carries the job's name instead.
            background = entry.get("job") or logger.startswith(("org.backcare.webhook.", "io.quarkus.scheduler"))
            if logger == "org.backcare.access-log" or (thread.startswith("executor-thread") and not background):
                served_lines += 1
                assert entry.get("requestId"), f"{instance.log_path}:{number} has no requestId: {line[:200]}"
                requests.add(entry["requestId"])
    assert requests, f"{instance.log_path} shows no requests"
    return f"{instance.name}: every log line JSON; {served_lines} lines written while serving, each with its request id"
