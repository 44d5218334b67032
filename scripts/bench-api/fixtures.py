#!/usr/bin/env python3
"""Writes the request files of scripts/bench-api.sh for one seeded database.

    fixtures.py DB OUT_DIR read TALENT_TOKEN OWNER_TOKEN AGREEMENT_TOKEN
    fixtures.py DB OUT_DIR answers

`read`: the read requests (one file per endpoint, lines for scripts/bench-api/requests.lua),
plus the application writes: bearer tokens for up to WRITERS talents and a browser session for
the talent, inserted straight into api_tokens / web_sessions (hashes only, as the server stores
them; label "bench"), and one POST per (talent, published mission) pair not applied to yet.
`answers`: one decline per application still submitted, by its mission's owner (tokens for
those owners inserted the same way), with the application's revision in If-Match.
Prints `name=value` lines the script reads (the chosen words, the counts)."""
import base64, collections, hashlib, os, re, secrets, sqlite3, sys, time, unicodedata

db, out, mode = sys.argv[1], sys.argv[2], sys.argv[3]
con = sqlite3.connect(db)
now = int(time.time() * 1000)
year = 365 * 86_400_000
MAX = int(os.environ.get("MAX_REQUESTS", "20000"))
WRITERS = int(os.environ.get("WRITERS", "400"))


def token():
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).rstrip(b"=").decode()


def issue(user_id):
    """A bearer token for user_id, stored as the server stores it (SHA-256 only)."""
    value = token()
    con.execute("INSERT INTO api_tokens(user_id, token_hash, label, created_at, expires_at) VALUES (?, ?, 'bench', ?, ?)",
                (user_id, hashlib.sha256(value.encode()).digest(), now, now + year))
    return value


def write(name, lines):
    with open(os.path.join(out, name + ".req"), "w") as f:
        for method, path, headers, body in lines:
            f.write(f"{method}\t{path}\t{'|'.join(headers)}\t{body}\n")
    print(f"{name.replace('-', '_')}_count={len(lines)}")


def scalar(sql, *args):
    row = con.execute(sql, args).fetchone()
    return row[0] if row else None


if mode == "read":
    talent_token, owner_token, agreement_token = sys.argv[4:7]
    bearer = lambda t: [f"Authorization: Bearer {t}"]
    published = [r[0] for r in con.execute(
        "SELECT id FROM missions WHERE state = 'published' ORDER BY random() LIMIT ?", (MAX,))]
    write("mission-get", [("GET", f"/v1/missions/{i}", bearer(talent_token), "") for i in published])
    # Words of the published titles and descriptions, without accents, as the search folds them.
    counts = collections.Counter()
    for title, description in con.execute(
            "SELECT title, description FROM missions WHERE state = 'published' LIMIT 5000"):
        text = unicodedata.normalize("NFD", (title + " " + description).lower())
        text = "".join(c for c in text if unicodedata.category(c) != "Mn")
        counts.update(set(w for w in re.findall(r"[a-z]+", text) if len(w) >= 6))
    common = counts.most_common(1)[0][0]
    rare = min((w for w, n in counts.items() if n == min(counts.values())), default=common)
    print(f"common_word={common}")
    print(f"rare_word={rare}")
    write("search-common", [("GET", f"/v1/missions?q={common}&limit=20", bearer(talent_token), "")])
    write("search-rare", [("GET", f"/v1/missions?q={rare}&limit=20", bearer(talent_token), "")])
    departements = [r[0] for r in con.execute(
        "SELECT departement FROM talents WHERE departement IS NOT NULL GROUP BY departement ORDER BY count(*) DESC LIMIT 20")]
    write("pool", [("GET", f"/v1/pool?departement={d}&limit=20", bearer(owner_token), "") for d in departements]
          or [("GET", "/v1/pool?limit=20", bearer(owner_token), "")])
    write("owner-applications", [("GET", "/v1/applications?limit=20", bearer(owner_token), "")])
    agreement = os.environ.get("AGREEMENT_ID", "")
    write("agreement", [("GET", f"/v1/agreements/{agreement}", bearer(agreement_token), "")] if agreement else [])
    write("html-catalogue", [("GET", "/missions", ["Accept: text/html"], "")])
    write("html-mission", [("GET", f"/missions/{i}", ["Accept: text/html"], "") for i in published])
    # The talent's browser session, as a sign-in link would have opened it.
    talent_user = int(os.environ["TALENT_USER"])
    session = token()
    con.execute("INSERT INTO web_sessions(user_id, session_hash, created_at, expires_at) VALUES (?, ?, ?, ?)",
                (talent_user, hashlib.sha256(session.encode()).digest(), now, now + 86_400_000))
    write("html-space", [("GET", "/mon-espace", ["Accept: text/html", f"Cookie: talents_session={session}"], "")])
    # Applications: each talent (with a profile, not owning missions) to each open mission it has not applied to.
    talents = [r[0] for r in con.execute(
        "SELECT t.user_id FROM talents t JOIN users u ON u.id = t.user_id WHERE u.deactivated_at IS NULL "
        "ORDER BY t.id LIMIT ?", (WRITERS,))]
    today = time.strftime("%Y-%m-%d", time.gmtime())
    missions = [r for r in con.execute(
        "SELECT id, owner_id FROM missions WHERE state = 'published' AND application_deadline >= ? "
        "ORDER BY id LIMIT 2000", (today,))]
    live = set(con.execute(
        "SELECT a.mission_id, t.user_id FROM applications a JOIN talents t ON t.id = a.talent_id "
        "WHERE a.status IN ('submitted', 'interview-proposed', 'accepted')"))
    tokens = {}
    lines = []
    body = '{"motivation":"Je souhaite mettre mes compétences au service de cette mission."}'
    for mission, owner in missions:
        for user in talents:
            if user == owner or (mission, user) in live:
                continue
            if user not in tokens:
                tokens[user] = issue(user)
            lines.append(("POST", f"/v1/missions/{mission}/applications",
                          bearer(tokens[user]) + ["Content-Type: application/json"], body))
            if len(lines) >= MAX:
                break
        if len(lines) >= MAX:
            break
    write("apply", lines)
    con.commit()
elif mode == "answers":
    rows = list(con.execute(
        "SELECT a.id, a.revision, m.owner_id FROM applications a JOIN missions m ON m.id = a.mission_id "
        "WHERE a.status = 'submitted' ORDER BY a.id DESC LIMIT ?", (MAX,)))
    tokens = {}
    lines = []
    for application, revision, owner in rows:
        if owner not in tokens:
            tokens[owner] = issue(owner)
        lines.append(("POST", f"/v1/applications/{application}/decline",
                      [f"Authorization: Bearer {tokens[owner]}", "Content-Type: application/json",
                       f'If-Match: "{revision}"'], '{"reason":{"code":"profile-does-not-fit"}}'))
    write("answer", lines)
    con.commit()
