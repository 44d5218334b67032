#!/usr/bin/env bash
# Side-by-side HTTP benchmark: our server (talents-bench) against the anchors (Hummingbird 2,
# FlyingFox) on the same three endpoints and SQLite seed, plus nginx on GET /health, in one run.
#
#   scripts/bench-http.sh                  # ROUNDS=2: nginx, then (hummingbird, flyingfox, talents) x 2, then nginx
#   ROUNDS=1 scripts/bench-http.sh         # quicker
#
# Env: ANCHORS_DIR=/tmp/anchors  a copy of ../shared/anchors OUTSIDE any repository; made and built
#                                (release) here when missing. Never build inside ../shared/anchors.
#      ANCHORS_SRC=<repo>/../shared/anchors  where to copy the anchors from
#      ROUNDS=2  OUT=/tmp/talents-bench-results/<time>  PORT=8090 (ours)
#      plus bench.sh's knobs (DURATION=10s THREADS=2 CONNS=64 WARMUP=2s).
# Needs: wrk, nginx, sqlite3, python3, curl (installed by scripts/setup --bench).
# Prints every server's figures (summarize.py), nginx's, and our ratios to Hummingbird and nginx.
# See docs/performance.md for how to read them.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
ANCHORS_DIR=${ANCHORS_DIR:-/tmp/anchors}
ANCHORS_SRC=${ANCHORS_SRC:-$REPO/../shared/anchors}
ROUNDS=${ROUNDS:-2}
PORT=${PORT:-8090}
OUT=${OUT:-/tmp/talents-bench-results/$(date -u +%Y%m%dT%H%M%SZ)}
NGINX_PORT=8084  # fixed in the anchors' nginx.conf
NGINX_PREFIX=/tmp/ngx
export DURATION=${DURATION:-10s} THREADS=${THREADS:-2} CONNS=${CONNS:-64}

"$REPO/scripts/setup" --bench   # wrk, nginx, sqlite3, python3, curl

# ---- the anchors: a built copy outside the repository ----
case "$(realpath -m "$ANCHORS_DIR")/" in
  "$REPO"/*|"$(realpath -m "$ANCHORS_SRC")"/*)
    echo "ANCHORS_DIR must be outside the repository and outside $ANCHORS_SRC: $ANCHORS_DIR" >&2; exit 1 ;;
esac
HB=$ANCHORS_DIR/anchor-hummingbird/.build/release/AnchorHummingbird
FF=$ANCHORS_DIR/anchor-flyingfox/.build/release/AnchorFlyingFox
if [ ! -x "$HB" ] || [ ! -x "$FF" ]; then
  if [ ! -d "$ANCHORS_DIR" ]; then
    echo "copying $ANCHORS_SRC to $ANCHORS_DIR"
    cp -r "$ANCHORS_SRC" "$ANCHORS_DIR"
    chmod -R u+w "$ANCHORS_DIR"
  fi
  echo "building the anchors in release in $ANCHORS_DIR (Hummingbird takes about 6 minutes the first time)"
  [ -x "$HB" ] || (cd "$ANCHORS_DIR/anchor-hummingbird" && swift build -c release)
  [ -x "$FF" ] || (cd "$ANCHORS_DIR/anchor-flyingfox" && swift build -c release)
fi

# ---- our server ----
echo "building talents-bench (release)"
(cd "$REPO" && swift build -c release --product talents-bench 2>&1 | tail -1)
OURS="$(cd "$REPO" && swift build -c release --show-bin-path)/talents-bench"

for port in 8081 8082 "$PORT" "$NGINX_PORT"; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is in use; stop what listens there" >&2; exit 1; fi
done

mkdir -p "$OUT"
echo "results in $OUT"
echo "loadavg at start: $(cat /proc/loadavg)" | tee "$OUT/load.txt"

# ---- nginx on GET /health: the ceiling, measured before and after the servers ----
NGINX_PID=""
stop_nginx() {
  [ -n "$NGINX_PID" ] || return 0
  kill -TERM "$NGINX_PID" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.1; done
  NGINX_PID=""
}
trap stop_nginx EXIT INT TERM

proc_ticks() { # utime+stime of the given PIDs, in clock ticks
  local total=0 pid
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && total=$((total + $(sed 's/^.*) //' "/proc/$pid/stat" | awk '{print $12 + $13}')))
  done
  echo "$total"
}

run_nginx() { # label
  mkdir -p "$NGINX_PREFIX/logs"
  nginx -c "$ANCHORS_DIR/nginx/nginx.conf" -p "$NGINX_PREFIX"
  for _ in $(seq 50); do [ -s "$NGINX_PREFIX/nginx.pid" ] && break; sleep 0.1; done
  NGINX_PID=$(cat "$NGINX_PREFIX/nginx.pid")
  for _ in $(seq 50); do curl -fs "http://127.0.0.1:$NGINX_PORT/health" > /dev/null && break; sleep 0.1; done
  local workers before after out=$OUT/nginx-$1.wrk.txt
  workers=$(pgrep -P "$NGINX_PID" | tr '\n' ' ')
  wrk -t"$THREADS" -c"$CONNS" -d2s "http://127.0.0.1:$NGINX_PORT/health" > /dev/null 2>&1 || true
  before=$(proc_ticks $workers)
  wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency "http://127.0.0.1:$NGINX_PORT/health" > "$out" 2>&1 || true
  after=$(proc_ticks $workers)
  stop_nginx
  python3 - "$out" "$1" "$((after - before))" "$(getconf CLK_TCK)" >> "$OUT/nginx.csv" <<'EOF'
import re, sys
text, label, ticks, hz = open(sys.argv[1]).read(), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
def ms(token):
    value, unit = re.match(r"([\d.]+)(\w+)", token).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
requests = int(re.search(r"(\d+) requests in", text).group(1))
p50 = ms(re.search(r"^\s+50%\s+(\S+)", text, re.M).group(1))
p99 = ms(re.search(r"^\s+99%\s+(\S+)", text, re.M).group(1))
print(f"{label},{rps:.2f},{p50:.3f},{p99:.3f},{ticks / hz * 1e6 / requests:.1f}")
EOF
  tail -1 "$OUT/nginx.csv"
}

echo
echo "=== nginx GET /health (before) ==="
echo "label,rps,p50_ms,p99_ms,cpu_us_per_req" > "$OUT/nginx.csv"
run_nginx before

# ---- the three servers, ROUNDS times, alternating ----
echo
ROUNDS=$ROUNDS OUT=$OUT "$ANCHORS_DIR/run-all.sh" "talents|$PORT|$OURS"

echo
echo "=== nginx GET /health (after) ==="
run_nginx after
echo "loadavg at end: $(cat /proc/loadavg)" | tee -a "$OUT/load.txt"

# ---- our ratios and the bar of issue 3 ----
echo
python3 - "$OUT/results.csv" "$OUT/nginx.csv" <<'EOF' | tee "$OUT/ratios.md"
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1])))
nginx = list(csv.DictReader(open(sys.argv[2])))
def runs(server, endpoint, conns, field):
    return [float(r[field]) for r in rows
            if r["label"].split("#")[0] == server and r["endpoint"] == endpoint and r["conns"] == conns
            and r[field] not in ("", "-")]
def med(values):
    return statistics.median(values) if values else float("nan")
print("Medians over the rounds; ratio = talents / hummingbird (req/s: higher is better; p99 and CPU: lower is better).")
print()
print("| endpoint | conns | talents req/s | ×HB | talents p99 ms | HB p99 ms | talents CPU µs/req | HB CPU µs/req | CPU ×HB |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for endpoint in ("GET /health", "GET /missions/{id}", "POST /missions"):
    for conns in ("64", "1"):
        t = {f: med(runs("talents", endpoint, conns, f)) for f in ("rps", "p99_ms", "cpu_us_per_req")}
        h = {f: med(runs("hummingbird", endpoint, conns, f)) for f in ("rps", "p99_ms", "cpu_us_per_req")}
        print(f"| {endpoint} | {conns} | {t['rps']:,.0f} | {t['rps'] / h['rps']:.2f} | {t['p99_ms']:.2f} | {h['p99_ms']:.2f} | "
              f"{t['cpu_us_per_req']:.1f} | {h['cpu_us_per_req']:.1f} | {t['cpu_us_per_req'] / h['cpu_us_per_req']:.2f} |")
print()
nginx_rps = [float(r["rps"]) for r in nginx]
print("| nginx GET /health (64 conns) | req/s | p50 ms | p99 ms | CPU µs/req |")
print("|---|---:|---:|---:|---:|")
for r in nginx:
    print(f"| {r['label']} | {float(r['rps']):,.0f} | {float(r['p50_ms']):.2f} | {float(r['p99_ms']):.2f} | {r['cpu_us_per_req']} |")
rss = {s: max(float(r["rps"]) for r in rows if r["endpoint"] == "peak_rss_mib" and r["label"].split("#")[0] == s)
       for s in ("talents", "hummingbird", "flyingfox")
       if any(r["endpoint"] == "peak_rss_mib" and r["label"].split("#")[0] == s for r in rows)}
print()
print("Bar (issue 3), on the 64-connection medians:")
health = med(runs("talents", "GET /health", "64", "rps"))
checks = [
    ("GET /health ≥ 60 % of nginx", health / statistics.mean(nginx_rps), 0.60, True),
    ("GET /missions/{id} ≥ 2× Hummingbird",
     med(runs("talents", "GET /missions/{id}", "64", "rps")) / med(runs("hummingbird", "GET /missions/{id}", "64", "rps")), 2.0, True),
    ("POST /missions ≥ 2× Hummingbird",
     med(runs("talents", "POST /missions", "64", "rps")) / med(runs("hummingbird", "POST /missions", "64", "rps")), 2.0, True),
]
for endpoint in ("GET /health", "GET /missions/{id}", "POST /missions"):
    checks.append((f"{endpoint} p99 ≤ Hummingbird's",
                   med(runs("talents", endpoint, "64", "p99_ms")) / med(runs("hummingbird", endpoint, "64", "p99_ms")), 1.0, False))
checks.append(("peak RSS ≤ 32 MiB (MiB)", rss.get("talents", float("nan")), 32.0, False))
for name, value, bar, higher in checks:
    ok = value >= bar if higher else value <= bar
    print(f"- {'PASS' if ok else 'MISS'}  {name}: {value:.2f} (bar {bar:g})")
print()
print("Peak RSS (VmHWM, MiB, worst round): " + ", ".join(f"{s} {v:.1f}" for s, v in rss.items()))
EOF
echo
echo "full tables: $OUT/summary.md, ratios: $OUT/ratios.md"
