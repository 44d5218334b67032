#!/usr/bin/env python3
"""How long `POST /connexion` takes for an address with an account and for one without (issue 15).

    scripts/bench-sign-in.py                 # the debug build in .build/debug
    BIN=.build/release scripts/bench-sign-in.py
    ACCOUNTS=60 ROUNDS=5 PORT=8095 scripts/bench-sign-in.py

Starts talents-api on a temporary database with ACCOUNTS accounts (made with talents-admin),
then sends, alternately, a sign-in request for a known address (each account ROUNDS times: at most
5 links per account are sent, so ROUNDS <= 5 keeps every known request a real one) and one for an
unknown address, each on a new connection after fetching the form (cookie and CSRF token), and
prints the median and 90th percentile of each, and their difference. A benchmark, never a test:
the figures depend on the machine and its load (the load average is printed).
"""
import http.client
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(REPO, os.environ.get("BIN", ".build/debug"))
ACCOUNTS = int(os.environ.get("ACCOUNTS", "60"))
ROUNDS = int(os.environ.get("ROUNDS", "5"))
PORT = int(os.environ.get("PORT", "8095"))


def request(method, path, headers=None, body=None):
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
    connection.request(method, path, body=body, headers=headers or {})
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response, data


def sign_in_request(email):
    """Fetches the form, then times the POST alone."""
    response, page = request("GET", "/connexion")
    cookie = response.getheader("Set-Cookie").split(";")[0]
    csrf = re.search(rb'name="csrf" value="([^"]+)"', page).group(1).decode()
    body = f"csrf={csrf}&email={email.replace('@', '%40')}"
    started = time.perf_counter()
    response, _ = request("POST", "/connexion", {"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"},
                          body)
    elapsed = time.perf_counter() - started
    if response.status != 200:
        sys.exit(f"POST /connexion answered {response.status}")
    return elapsed * 1000


def main():
    directory = tempfile.mkdtemp(prefix="talents-bench-sign-in-")
    database = os.path.join(directory, "talents.sqlite")
    environment = dict(os.environ, TALENTS_DB=database)

    def admin(*arguments):
        subprocess.run([os.path.join(BIN, "talents-admin"), *arguments], env=environment, check=True,
                       stdout=subprocess.DEVNULL)

    admin("administrations", "add", "--name", "Ministère du banc d'essai", "--acronym", "MINBANC", "--level", "ministry")
    for index in range(ACCOUNTS):
        admin("users", "add", "--name", f"Personne {index}", "--email", f"agent{index}@banc.gouv.fr",
              "--role", "talent", "--administration", "MINBANC")
    server = subprocess.Popen([os.path.join(BIN, "talents-api"), "--port", str(PORT), "--db", database,
                               "--log-level", "warning"], env=environment)
    try:
        for _ in range(200):
            try:
                if request("GET", "/health")[0].status == 200:
                    break
            except OSError:
                time.sleep(0.05)
        known, unknown = [], []
        for round in range(ROUNDS):
            for index in range(ACCOUNTS):
                known.append(sign_in_request(f"agent{index}@banc.gouv.fr"))
                unknown.append(sign_in_request(f"personne{round}-{index}@banc.gouv.fr"))
        time.sleep(1)
        links = subprocess.run(["sqlite3", database, "SELECT count(*) FROM web_sign_in_links"],
                               capture_output=True, text=True).stdout.strip()
    finally:
        server.terminate()
        server.wait()
    print(f"load average: {open('/proc/loadavg').read().split()[:3]}")
    print(f"{len(known)} known and {len(unknown)} unknown requests, {links} links made")
    for name, samples in (("known", known), ("unknown", unknown)):
        deciles = statistics.quantiles(samples, n=10)
        print(f"{name:8} median {statistics.median(samples):7.3f} ms   p90 {deciles[8]:7.3f} ms")
    print(f"median difference (known - unknown): {statistics.median(known) - statistics.median(unknown):+.3f} ms")


if __name__ == "__main__":
    main()
