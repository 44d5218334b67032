#!/usr/bin/env python3
"""The tables of scripts/bench-api.sh from its results.csv: per scale, every endpoint with each
server's req/s, p99 and CPU µs/request side by side, then the goals of issue 21."""
import csv, sys

rows = list(csv.DictReader(open(sys.argv[1])))
scales = list(dict.fromkeys(r["scale"] for r in rows))
servers = list(dict.fromkeys(r["server"] for r in rows))
apis = [s for s in servers if s not in ("hummingbird", "talents-bench")]


def get(scale, server, endpoint, field):
    for r in rows:
        if r["scale"] == scale and r["server"] == server and r["endpoint"] == endpoint and r[field] not in ("", None):
            return float(r[field])
    return None


def fmt(value, pattern):
    return "—" if value is None else pattern.format(value)


for scale in scales:
    endpoints = [e for e in dict.fromkeys(r["endpoint"] for r in rows if r["scale"] == scale) if e not in ("peak RSS MiB", "group commit")]
    present = [s for s in servers if any(r["scale"] == scale and r["server"] == s for r in rows)]
    print(f"### {scale}")
    print()
    print("| endpoint | " + " | ".join(f"{s} req/s | p99 ms | CPU µs/req" for s in present) + " |")
    print("|---|" + "---:|---:|---:|" * len(present))
    for e in endpoints:
        cells = []
        for s in present:
            errors = get(scale, s, e, "errors")
            rps = fmt(get(scale, s, e, "rps"), "{:,.0f}") + (f" ({errors:.0f} err)" if errors else "")
            cells += [rps, fmt(get(scale, s, e, "p99_ms"), "{:.2f}"), fmt(get(scale, s, e, "cpu_us_per_req"), "{:.0f}")]
        print(f"| {e} | " + " | ".join(cells) + " |")
    print()
    print("Peak RSS (VmHWM, MiB): " + ", ".join(
        f"{s} {fmt(get(scale, s, 'peak RSS MiB', 'rps'), '{:.1f}')}" for s in present))
    print()
    # "group commit" rows: commits in the rps column, the writes they held in p50_ms.
    groups = [(s, get(scale, s, "group commit", "rps"), get(scale, s, "group commit", "p50_ms")) for s in present]
    groups = [(s, c, w) for s, c, w in groups if c]
    if groups:
        print("Group commit (the whole run's writes): " + ", ".join(
            f"{s} {w:,.0f} writes in {c:,.0f} commits ({w / c:.1f} per commit)" for s, c, w in groups))
        print()
    hb = get(scale, "hummingbird", "GET /missions/{id}", "cpu_us_per_req")
    bench_health = get(scale, "talents-bench", "GET /health", "rps")
    for api in apis:
        if not any(r["scale"] == scale and r["server"] == api for r in rows):
            continue
        checks = []
        mission = get(scale, api, "GET /v1/missions/{id}", "cpu_us_per_req")
        if mission is not None and hb:
            checks.append((f"GET /v1/missions/{{id}} CPU ≤ 1.0× Hummingbird's GET /missions/{{id}}",
                           f"{mission:.0f} vs {hb:.0f} µs = {mission / hb:.2f}×", mission <= hb))
        for e in ("GET /v1/missions?q=common", "GET /v1/missions?q=rare", "GET /missions (HTML)"):
            cpu, p99 = get(scale, api, e, "cpu_us_per_req"), get(scale, api, e, "p99_ms")
            if scale == "demo" and cpu is not None:
                checks.append((f"{e} ≤ 100 µs CPU", f"{cpu:.0f} µs", cpu <= 100))
            if scale == "national" and p99 is not None:
                checks.append((f"{e} p99 ≤ 10 ms", f"{p99:.2f} ms", p99 <= 10))
        health = get(scale, api, "GET /health", "rps")
        if health and bench_health:
            checks.append(("GET /health ≥ 80 % of talents-bench's rate",
                           f"{health:,.0f} vs {bench_health:,.0f} = {health / bench_health:.0%}", health >= 0.8 * bench_health))
        rss = get(scale, api, "peak RSS MiB", "rps")
        if scale == "demo" and rss is not None:
            checks.append(("peak RSS ≤ 64 MiB", f"{rss:.1f} MiB", rss <= 64))
        print(f"Goals of issue 21, {api}, {scale}:")
        for name, value, ok in checks:
            print(f"- {'PASS' if ok else 'MISS'}  {name}: {value}")
        print()
