#!/usr/bin/env python3
"""Durability check: no acknowledged change is lost when the app is killed.

20 writers tick and untick items of a 200-item board through the HTTP API
(PUT /api/boards/{board}/items/{item}/status) while the app's process is killed
with SIGKILL and started again several times. Each writer owns 10 items, so the
last acknowledged state of an item is well defined. Afterwards the app is killed
once more and the SQLite file is read directly; for every item:

  - the stored status is the last acknowledged one, or one sent after it whose
    answer was lost to a kill (it may or may not have landed; both are correct);
  - its version is at least the last acknowledged version;
  - it has exactly one item.status activity per version step (status and
    activity commit together), and every acknowledged change is in the log at
    its version, with the status it set.

    scripts/durability.py [--seconds 60] [--kills 6] [--port 5105] [--writers 20]

Builds ReadinessBoard in Release first (skip with --no-build). Exits 1 if any
acknowledged change is missing.

The API needs a signed-in editor: before the first start the script creates an
Owner of the board's team with `users add`, signs in once through the sign-in
form and shares that cookie between the writers. The cookie outlives the kills,
as the app keeps its data-protection keys in the data folder.
"""
import argparse
import html.parser
import http.client
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXE = os.path.join(ROOT, "ReadinessBoard", "bin", "Release", "net10.0", "ReadinessBoard")
ITEMS = 200
TEAM = "Durability"
EMAIL = "durability@example.com"
PASSWORD = "durability-check-password"


class _TokenField(html.parser.HTMLParser):
    """Finds the value of the form's hidden __RequestVerificationToken input."""

    def __init__(self):
        super().__init__()
        self.token = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("name") == "__RequestVerificationToken" and self.token is None:
            self.token = attrs.get("value")


def _cookies(response):
    """name=value of every Set-Cookie header of a response."""
    found = {}
    for header, value in response.getheaders():
        if header.lower() == "set-cookie":
            name, _, rest = value.partition("=")
            found[name.strip()] = rest.split(";", 1)[0]
    return found


def sign_in(port, email, password):
    """Signs in through the form, as a browser does; returns the Cookie header to send with API calls."""
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    c.request("GET", "/account/sign-in")
    r = c.getresponse()
    page = r.read().decode("utf-8", "replace")
    jar = _cookies(r)
    form = _TokenField()
    form.feed(page)
    if r.status != 200 or form.token is None:
        sys.exit(f"GET /account/sign-in answered {r.status} without a sign-in form")
    body = urllib.parse.urlencode({"_handler": "sign-in", "__RequestVerificationToken": form.token,
                                   "Input.Email": email, "Input.Password": password})
    c.request("POST", "/account/sign-in", body, {
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": "; ".join(f"{k}={v}" for k, v in jar.items())})
    r = c.getresponse()
    r.read()
    c.close()
    jar.update(_cookies(r))
    if r.status != 302 or "ReadinessBoard.SignIn" not in jar:
        sys.exit(f"signing in as {email} failed: POST /account/sign-in answered {r.status} without the sign-in cookie")
    return f"ReadinessBoard.SignIn={jar['ReadinessBoard.SignIn']}"


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--seconds", type=float, default=60, help="how long the writers run")
    p.add_argument("--kills", type=int, default=6, help="how many times the app is killed during the run")
    p.add_argument("--writers", type=int, default=20)
    p.add_argument("--port", type=int, default=5105)
    p.add_argument("--no-build", action="store_true")
    return p.parse_args()


class App:
    """The app's own process, started and killed by id."""

    def __init__(self, data, port, log):
        self.data, self.port, self.log, self.proc = data, port, log, None

    def start(self):
        self.proc = subprocess.Popen(
            [EXE, "serve", f"--urls=http://127.0.0.1:{self.port}", f"--ReadinessBoard:DataDirectory={self.data}",
             "--ReadinessBoard:SeedSampleBoard=false"],
            stdout=self.log, stderr=self.log)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                sys.exit(f"the app exited with code {self.proc.returncode} at start; see {self.log.name}")
            try:
                c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                c.request("GET", "/health/ready")
                if c.getresponse().status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        sys.exit("the app did not become ready within 60 s")

    def kill(self):
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait()


class Writer(threading.Thread):
    """Ticks and unticks its own items; records every attempt and what the app answered."""

    def __init__(self, port, board, items, stop, rng, cookie):
        super().__init__(daemon=True)
        self.port, self.board, self.stop, self.rng, self.cookie = port, board, stop, rng, cookie
        # What this writer believes each item is (status, version); None = unknown after a lost answer.
        self.known = {i: ("open", v) for i, v in items.items()}
        self.log = {i: [] for i in items}  # per item, in order: (status, outcome, version)
        self.counts = dict(changed=0, unchanged=0, conflict=0, lost=0, refused=0, other=0)

    def run(self):
        while not self.stop.is_set():
            item = self.rng.choice(list(self.known))
            status, version = self.known[item]
            want = "open" if status == "done" else "done"
            if self.rng.random() < 0.1:
                want = status  # set again what is already set: idempotent, nothing changes
            body = {"status": want}
            if self.rng.random() < 0.5:
                body["expectedVersion"] = version
            try:
                c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
                c.request("PUT", f"/api/boards/{self.board}/items/{item}/status", json.dumps(body),
                          {"Content-Type": "application/json", "Cookie": self.cookie})
                r = c.getresponse()
                answer = json.loads(r.read() or b"{}")
                c.close()
            except ConnectionRefusedError:
                # The app is down: nothing was sent.
                self.counts["refused"] += 1
                time.sleep(0.2)
                continue
            except (OSError, http.client.HTTPException, json.JSONDecodeError):
                # The app died before answering: the change may or may not have landed.
                self.log[item].append((want, "lost", None))
                self.counts["lost"] += 1
                time.sleep(0.2)
                continue
            if r.status == 200:
                outcome = "changed" if answer["changed"] else "unchanged"
                self.log[item].append((answer["status"], outcome, answer["version"]))
                self.known[item] = (answer["status"], answer["version"])
                self.counts[outcome] += 1
            elif r.status == 409:
                cur = answer["current"]
                self.log[item].append((cur["status"], "conflict", cur["version"]))
                self.known[item] = (cur["status"], cur["version"])
                self.counts["conflict"] += 1
            else:
                self.log[item].append((want, f"http {r.status}", None))
                self.counts["other"] += 1
                time.sleep(0.2)


def checklist_markdown():
    lines = ["# Durability board", ""]
    for section in range(10):
        lines += [f"## Area {section + 1}", ""]
        lines += [f"- [ ] Check {section * 20 + i + 1} of area {section + 1}" for i in range(20)]
        lines.append("")
    return "\n".join(lines)


def run_cli(*args):
    """Runs a command of the app's command line; stops the check with its output if it fails."""
    out = subprocess.run([EXE, *args], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"ReadinessBoard {args[0]} {args[1]} exited with {out.returncode}: {out.stderr.strip() or out.stdout.strip()}")
    return out


def main():
    args = parse_args()
    if not args.no_build:
        subprocess.run(["dotnet", "build", "-c", "Release", os.path.join(ROOT, "ReadinessBoard")], check=True,
                       stdout=subprocess.DEVNULL)
    work = tempfile.mkdtemp(prefix="readinessboard-durability-")
    data = os.path.join(work, "data")
    source = os.path.join(work, "board.md")
    with open(source, "w") as f:
        f.write(checklist_markdown())
    config = [f"--ReadinessBoard:DataDirectory={data}", "--ReadinessBoard:SeedSampleBoard=false"]
    out = run_cli("import", source, "--team", TEAM, *config)
    # An Owner of the board's team, made before the first start; the writers act as this account.
    run_cli("users", "add", "--email", EMAIL, "--password", PASSWORD, "--team", TEAM, "--role", "Owner", *config)
    db_path = os.path.join(data, "readiness.db")
    with sqlite3.connect(db_path) as db:
        board = db.execute("select max(Id) from Boards").fetchone()[0]
        items = dict(db.execute("select Id, Version from Items where BoardId = ? order by Id", (board,)).fetchall())
    assert len(items) == ITEMS, f"expected {ITEMS} items, the import made {len(items)}: {out.stdout}"

    log = open(os.path.join(work, "app.log"), "w")
    app = App(data, args.port, log)
    app.start()
    cookie = sign_in(args.port, EMAIL, PASSWORD)
    rng = random.Random(20261122)
    stop = threading.Event()
    ids = list(items)
    per = ITEMS // args.writers
    writers = [Writer(args.port, board, {i: items[i] for i in ids[w * per:(w + 1) * per]}, stop, random.Random(rng.random()), cookie)
               for w in range(args.writers)]
    started = time.monotonic()
    for w in writers:
        w.start()

    kills = 0
    gap = args.seconds / (args.kills + 1)
    while kills < args.kills:
        time.sleep(gap * rng.uniform(0.6, 1.2))
        app.kill()
        kills += 1
        time.sleep(rng.uniform(0.2, 1.0))
        app.start()
    time.sleep(max(0.0, args.seconds - (time.monotonic() - started)))
    stop.set()
    for w in writers:
        w.join()
    # The last stop is a kill too: nothing is flushed on the way out.
    app.kill()
    kills += 1
    elapsed = time.monotonic() - started

    violations = []
    checked = 0
    with sqlite3.connect(db_path) as db:
        stored = {i: (s, v) for i, s, v in db.execute("select Id, Status, Version from Items where BoardId = ?", (board,))}
        activities = {}
        for item, after, actor in db.execute(
                "select ItemId, After, ActorName from Activities where Kind = 'item.status' and BoardId = ? order by Id", (board,)):
            activities.setdefault(item, []).append((after, actor))
    names = {"Open": "open", "InProgress": "in-progress", "Done": "done", "NotApplicable": "not-applicable", "Blocked": "blocked"}
    for w in writers:
        for item, attempts in w.log.items():
            checked += 1
            status_code, version = stored[item]
            status = names.get(status_code, str(status_code))
            v0 = items[item]
            acked = [(i, a) for i, a in enumerate(attempts) if a[1] in ("changed", "unchanged", "conflict")]
            log_of_item = activities.get(item, [])
            if len(log_of_item) != version - v0:
                violations.append(f"item {item}: version {version} (from {v0}) but {len(log_of_item)} status activities")
            for _, (s, outcome, v) in acked:
                if outcome == "changed":
                    step = v - v0
                    if step < 1 or step > len(log_of_item):
                        violations.append(f"item {item}: acknowledged change to {s} at version {v} has no activity")
                    elif log_of_item[step - 1][0].lower() != s.replace("-", "") or log_of_item[step - 1][1] != EMAIL:
                        violations.append(f"item {item}: activity at version {v} says {log_of_item[step - 1]}, acknowledged {s}")
            if acked:
                last_index, (last_status, _, last_version) = acked[-1]
                later = {a[0] for a in attempts[last_index + 1:] if a[1] != "conflict"}
                if version < last_version:
                    violations.append(f"item {item}: stored version {version} is older than the acknowledged {last_version}")
                if status != last_status and status not in later:
                    violations.append(f"item {item}: stored {status}, last acknowledged {last_status} (v{last_version})")
                if not later and (status, version) != (last_status, last_version):
                    violations.append(f"item {item}: stored {status} v{version}, last acknowledged {last_status} v{last_version}, nothing sent after")

    totals = {k: sum(w.counts[k] for w in writers) for k in writers[0].counts}
    if totals["other"]:
        # A 401 or 403 after a restart would leave nothing acknowledged to check: that is a failure too.
        answers = sorted({a[1] for w in writers for log in w.log.values() for a in log if a[1].startswith("http")})
        violations.append(f"{totals['other']} requests were answered neither 200 nor 409 ({', '.join(answers)})")
    print(f"writers: {args.writers}, items: {ITEMS}, run: {elapsed:.0f} s, kills (SIGKILL): {kills}")
    print(f"requests: {sum(totals.values()) - totals['refused']}; acknowledged: changed {totals['changed']}, unchanged {totals['unchanged']}, "
          f"refused as stale (409) {totals['conflict']}; answers lost to a kill: {totals['lost']}; other: {totals['other']}; "
          f"not sent while the app was down: {totals['refused']}")
    print(f"items checked: {checked}; status activities in the database: {sum(len(a) for a in activities.values())}")
    if violations:
        print(f"FAILED: {len(violations)} acknowledged changes missing or wrong:")
        for v in violations[:50]:
            print("  " + v)
        print(f"data kept in {work}")
        return 1
    print("every acknowledged change is stored, with its activity")
    subprocess.run(["rm", "-rf", work])
    return 0


if __name__ == "__main__":
    sys.exit(main())
