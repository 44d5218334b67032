#!/usr/bin/env bash
# The product's own endpoints under load (issue 21), beside the Hummingbird anchor's
# GET /missions/{id} and talents-bench's, in one run, on seeded databases.
#
#   scripts/bench-api.sh                          # demo data, 6 s per endpoint
#   SCALE=national scripts/bench-api.sh           # 300,000 talents, 50,000 missions (generated once, cached)
#   SCALE=both DURATION=3s scripts/bench-api.sh
#   APIS="before=/tmp/perf-before after=$PWD/.build/release" scripts/bench-api.sh   # two builds, same run
#
# Per scale: a fresh copy of the database for each talents-api build (writes change it), bearer
# tokens issued by `talents-admin tokens issue` (the talent, the mission owner with the most
# applications, a party of an agreement), then wrk -t$THREADS -c$CONNS for $DURATION on:
#   GET /health; GET /v1/missions/{id} (published ids in turn); GET /v1/missions?q=<common word>
#   and ?q=<rare word>; GET /v1/pool?departement=…; GET /v1/applications (the owner's);
#   GET /v1/agreements/{id}; POST /v1/missions/{id}/applications (each talent × open mission
#   once: the run stops when they are used up); POST /v1/applications/{id}/decline (the owner
#   answers what was just applied, If-Match); the pages GET /missions, GET /missions/{id} and
#   GET /mon-espace (a browser session of the talent).
# talents-api runs as deployed: access log on (info level, to a file), notification job off
# (TALENTS_JOBS_INTERVAL_SECONDS=0, as with cron). Figures: req/s, p99 (ms), server CPU µs per
# request (utime+stime from /proc/PID/stat over the run / requests), peak RSS (VmHWM).
#
# Env: SCALE=demo|national|both  DURATION=6s  THREADS=2  CONNS=64  WARMUP=1s
#      APIS="name=bin_dir …"  talents-api builds to compare (default: talents=<release build here>)
#      RELEASE=<bin_dir>  take talents-admin, talents-bench, talents-metrics-bench (and the default
#                         talents-api) from there instead of building them here
#      NATIONAL_DB=/tmp/talents-bench-api-national.sqlite  the generated national database (kept)
#      TALENTS=300000 MISSIONS=50000 APPLICATIONS=1000000  its scale when generated
#      ANCHORS_DIR=/tmp/anchors (a copy of ../shared/anchors, Hummingbird built in release there when missing)
#      SKIP=<regex>  endpoints not loaded, e.g. SKIP='POST' (the writes)
#      OUT=/tmp/talents-bench-api/<time>  PORT=8095 (talents-api)  BENCH_PORT=8090  HB_PORT=8081
# Needs: wrk, sqlite3, python3, curl (installed by scripts/setup --bench). Compare figures within one run
# only: wall-clock figures are noisy on a shared machine, and even CPU µs/request moves with the load
# around the server (docs/performance.md, "The product's own endpoints").
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
HERE=$REPO/scripts/bench-api
SCALE=${SCALE:-demo}
export DURATION=${DURATION:-6s} THREADS=${THREADS:-2} CONNS=${CONNS:-64}
WARMUP=${WARMUP:-1s}
ANCHORS_DIR=${ANCHORS_DIR:-/tmp/anchors}
NATIONAL_DB=${NATIONAL_DB:-/tmp/talents-bench-api-national.sqlite}
TALENTS=${TALENTS:-300000} MISSIONS=${MISSIONS:-50000} APPLICATIONS=${APPLICATIONS:-1000000}
OUT=${OUT:-/tmp/talents-bench-api/$(date -u +%Y%m%dT%H%M%SZ)}
PORT=${PORT:-8095} BENCH_PORT=${BENCH_PORT:-8090} HB_PORT=${HB_PORT:-8081}

"$REPO/scripts/setup" --bench   # wrk, sqlite3, python3, curl
case "$SCALE" in demo) SCALES=(demo) ;; national) SCALES=(national) ;; both) SCALES=(demo national) ;;
  *) echo "SCALE must be demo, national or both" >&2; exit 1 ;; esac

if [ -n "${RELEASE:-}" ]; then
  echo "using the release binaries in $RELEASE"
else
  echo "building talents-api, talents-admin, talents-bench, talents-metrics-bench (release)"
  for product in talents-api talents-admin talents-bench talents-metrics-bench; do
    (cd "$REPO" && swift build -c release --product "$product" 2>&1 | tail -1)
  done
  RELEASE=$(cd "$REPO" && swift build -c release --show-bin-path)
fi
APIS=${APIS:-talents=$RELEASE}
HB=$ANCHORS_DIR/anchor-hummingbird/.build/release/AnchorHummingbird
if [ ! -x "$HB" ]; then # a built copy of ../shared/anchors outside the repository, as scripts/bench-http.sh makes it
  ANCHORS_SRC=${ANCHORS_SRC:-$REPO/../shared/anchors}
  case "$(realpath -m "$ANCHORS_DIR")/" in
    "$REPO"/* | "$(realpath -m "$ANCHORS_SRC")"/*) echo "ANCHORS_DIR must be outside the repository and $ANCHORS_SRC" >&2; exit 1 ;;
  esac
  [ -d "$ANCHORS_DIR" ] || { cp -r "$ANCHORS_SRC" "$ANCHORS_DIR" && chmod -R u+w "$ANCHORS_DIR"; }
  echo "building the Hummingbird anchor in release in $ANCHORS_DIR (about 6 minutes the first time)"
  (cd "$ANCHORS_DIR/anchor-hummingbird" && swift build -c release 2>&1 | tail -1)
fi
for port in "$PORT" "$BENCH_PORT" "$HB_PORT"; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is in use; stop what listens there" >&2; exit 1; fi
done

mkdir -p "$OUT/raw"
WORK=$(mktemp -d /tmp/talents-bench-api.XXXXXX)
CSV=$OUT/results.csv
echo "scale,server,endpoint,rps,p50_ms,p99_ms,errors,cpu_us_per_req,requests" > "$CSV"
echo "results in $OUT"
echo "loadavg at start: $(cat /proc/loadavg)" | tee "$OUT/load.txt"

SERVER_PID=""
stop_server() {
  [ -n "$SERVER_PID" ] || return 0
  kill -TERM "$SERVER_PID" 2> /dev/null || true
  for _ in $(seq 100); do kill -0 "$SERVER_PID" 2> /dev/null || break; sleep 0.1; done
  kill -0 "$SERVER_PID" 2> /dev/null && kill -KILL "$SERVER_PID" 2> /dev/null || true
  wait "$SERVER_PID" 2> /dev/null || true
  SERVER_PID=""
}
trap 'stop_server; rm -rf "$WORK"' EXIT INT TERM

start_server() { # log port command…: starts it in the background, waits for /health
  local log=$1 port=$2
  shift 2
  "$@" > "$log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 300); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/health" && return 0
    kill -0 "$SERVER_PID" 2> /dev/null || break
    sleep 0.1
  done
  echo "!! server on $port did not come up:" >&2
  tail -20 "$log" >&2
  exit 1
}

cpu_ticks() { sed 's/^.*) //' "/proc/$SERVER_PID/stat" | awk '{print $12 + $13}'; }

run() { # scale server endpoint url [requests-file [once]]
  local scale=$1 server=$2 endpoint=$3 url=$4 requests=${5:-} once=${6:-}
  if [ -n "${SKIP:-}" ] && [[ "$endpoint" =~ $SKIP ]]; then
    printf '%-9s %-12s %-28s %s\n' "$scale" "$server" "$endpoint" "(skipped: SKIP)"
    return 0
  fi
  local args=(-t"$THREADS" -c"$CONNS" -d"$DURATION" --latency --timeout 5s)
  if [ -n "$requests" ]; then
    if [ ! -s "$requests" ]; then
      printf '%-9s %-12s %-28s %s\n' "$scale" "$server" "$endpoint" "(no such data at this scale)"
      return 0
    fi
    args+=(-s "$HERE/requests.lua")
  fi
  local raw before after
  raw="$OUT/raw/$(printf '%s' "$scale-$server-$endpoint" | tr -c 'A-Za-z0-9._-' '_').txt"
  [ -n "$once" ] || REQUESTS=$requests wrk -t"$THREADS" -c"$CONNS" -d"$WARMUP" ${requests:+-s "$HERE/requests.lua"} "$url" > /dev/null 2>&1 || true
  before=$(cpu_ticks)
  REQUESTS=$requests ONCE=$once wrk "${args[@]}" "$url" > "$raw" 2>&1 || true
  after=$(cpu_ticks)
  python3 - "$raw" "$scale" "$server" "$endpoint" "$((after - before))" "$(getconf CLK_TCK)" >> "$CSV" <<'EOF'
import re, sys
text, scale, server, endpoint, ticks, hz = sys.argv[1:7]
text = open(text).read()
def ms(token):
    value, unit = re.match(r"([\d.]+)(\w+)", token).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]
try:
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    requests = int(re.search(r"(\d+) requests in", text).group(1))
    p50 = ms(re.search(r"^\s+50%\s+(\S+)", text, re.M).group(1))
    p99 = ms(re.search(r"^\s+99%\s+(\S+)", text, re.M).group(1))
except AttributeError:
    sys.stderr.write(f"wrk failed for {endpoint}:\n{text}\n")
    sys.exit(0)
errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", text))
m = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
errors += int(m.group(1)) if m else 0
cpu = int(ticks) / int(hz) * 1e6 / requests if requests else 0
print(f"{scale},{server},{endpoint},{rps:.1f},{p50:.3f},{p99:.3f},{errors},{cpu:.1f},{requests}")
EOF
  tail -1 "$CSV" | awk -F, -v e="$endpoint" '$3 == e {printf "%-9s %-12s %-28s %9s req/s  p99 %8s ms  errors %6s  cpu %7s us/req\n", $1, $2, $3, $4, $6, $7, $8}'
}

peak_rss() { # scale server
  local hwm
  hwm=$(awk '/^VmHWM/ {printf "%.1f", $2 / 1024}' "/proc/$SERVER_PID/status")
  echo "$1,$2,peak RSS MiB,$hwm,,,,," >> "$CSV"
  echo "$1 $2 peak RSS (VmHWM): $hwm MiB"
}

base_db() { # scale bin_dir -> path of a pristine database
  case "$1" in
    demo)
      # Seeded by the build's own talents-admin when it has one, so an older build gets its own schema.
      local admin=$RELEASE/talents-admin db=$WORK/demo-$(printf '%s' "$2" | tr -c 'A-Za-z0-9' '_').sqlite
      [ -x "$2/talents-admin" ] && admin=$2/talents-admin
      [ -f "$db" ] || TALENTS_DB=$db "$admin" demo seed > /dev/null
      echo "$db" ;;
    national)
      if [ ! -f "$NATIONAL_DB" ]; then
        echo "generating $TALENTS talents, $MISSIONS missions, $APPLICATIONS applications into $NATIONAL_DB (kept)" >&2
        "$RELEASE/talents-metrics-bench" generate --db "$NATIONAL_DB.tmp" --talents "$TALENTS" --missions "$MISSIONS" \
          --applications "$APPLICATIONS" >&2
        sqlite3 "$NATIONAL_DB.tmp" "PRAGMA wal_checkpoint(TRUNCATE);" > /dev/null
        mv "$NATIONAL_DB.tmp" "$NATIONAL_DB"
      fi
      echo "$NATIONAL_DB" ;;
  esac
}

email() { sqlite3 "$1" "SELECT email FROM users WHERE id = $2"; }
issue() { TALENTS_DB=$1 "$2/talents-admin" tokens issue --email "$3" --label bench 2> /dev/null; }

bench_anchors() { # scale
  local scale=$1
  rm -f "$WORK/hb.sqlite"*
  sqlite3 "$WORK/hb.sqlite" < "$ANCHORS_DIR/seed.sql" > /dev/null
  start_server "$OUT/hummingbird-$scale.log" "$HB_PORT" env PORT="$HB_PORT" DB_PATH="$WORK/hb.sqlite" "$HB"
  REQUESTS="" wrk -t"$THREADS" -c"$CONNS" -d"$WARMUP" -s "$ANCHORS_DIR/lua/get.lua" "http://127.0.0.1:$HB_PORT/missions" > /dev/null 2>&1 || true
  run "$scale" hummingbird "GET /health" "http://127.0.0.1:$HB_PORT/health"
  run_lua "$scale" hummingbird "GET /missions/{id}" "http://127.0.0.1:$HB_PORT/missions"
  peak_rss "$scale" hummingbird
  stop_server
  rm -f "$WORK/bench.sqlite"*
  start_server "$OUT/talents-bench-$scale.log" "$BENCH_PORT" env PORT="$BENCH_PORT" DB_PATH="$WORK/bench.sqlite" "$RELEASE/talents-bench"
  run "$scale" talents-bench "GET /health" "http://127.0.0.1:$BENCH_PORT/health"
  run_lua "$scale" talents-bench "GET /missions/{id}" "http://127.0.0.1:$BENCH_PORT/missions"
  peak_rss "$scale" talents-bench
  stop_server
}

run_lua() { # scale server endpoint url: the anchors' own get.lua (random ids 1..10000)
  local scale=$1 server=$2 endpoint=$3 url=$4 raw before after
  raw="$OUT/raw/$(printf '%s' "$scale-$server-$endpoint" | tr -c 'A-Za-z0-9._-' '_').txt"
  before=$(cpu_ticks)
  wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency --timeout 5s -s "$ANCHORS_DIR/lua/get.lua" "$url" > "$raw" 2>&1 || true
  after=$(cpu_ticks)
  local requests rps
  requests=$(awk '/requests in/ {print $1}' "$raw")
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$raw")
  local p50 p99
  p50=$(awk '$1 == "50%" {print $2}' "$raw")
  p99=$(awk '$1 == "99%" {print $2}' "$raw")
  python3 - "$scale" "$server" "$endpoint" "$rps" "$p50" "$p99" "$((after - before))" "$(getconf CLK_TCK)" "$requests" >> "$CSV" <<'EOF'
import re, sys
scale, server, endpoint, rps, p50, p99, ticks, hz, requests = sys.argv[1:10]
def ms(token):
    value, unit = re.match(r"([\d.]+)(\w+)", token).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]
print(f"{scale},{server},{endpoint},{float(rps):.1f},{ms(p50):.3f},{ms(p99):.3f},0,"
      f"{int(ticks) / int(hz) * 1e6 / int(requests):.1f},{requests}")
EOF
  tail -1 "$CSV" | awk -F, '{printf "%-9s %-12s %-28s %9s req/s  p99 %8s ms  errors %6s  cpu %7s us/req\n", $1, $2, $3, $4, $6, $7, $8}'
}

bench_api() { # scale name bin_dir
  local scale=$1 name=$2 bin=$3 db=$WORK/$2-$1.sqlite dir=$WORK/$2-$1
  mkdir -p "$dir"
  cp "$(base_db "$scale" "$bin")" "$db"
  # The personas: a talent with a profile, the owner with the most applications, a party of an agreement.
  local talent owner party agreement
  talent=$(sqlite3 "$db" "SELECT t.user_id FROM talents t JOIN user_roles r ON r.user_id = t.user_id AND r.role = 'talent'
    WHERE (SELECT count(*) FROM user_roles WHERE user_id = t.user_id) = 1 ORDER BY t.id LIMIT 1")
  owner=$(sqlite3 "$db" "SELECT m.owner_id FROM applications a JOIN missions m ON m.id = a.mission_id
    GROUP BY m.owner_id ORDER BY count(*) DESC LIMIT 1")
  agreement=$(sqlite3 "$db" "SELECT id FROM agreements ORDER BY id LIMIT 1")
  party=$(sqlite3 "$db" "SELECT t.user_id FROM agreements g JOIN talents t ON t.id = g.talent_id ORDER BY g.id LIMIT 1")
  local talent_token owner_token party_token=""
  talent_token=$(issue "$db" "$bin" "$(email "$db" "$talent")")
  owner_token=$(issue "$db" "$bin" "$(email "$db" "$owner")")
  [ -z "$party" ] || party_token=$(issue "$db" "$bin" "$(email "$db" "$party")")
  AGREEMENT_ID=$agreement TALENT_USER=$talent python3 "$HERE/fixtures.py" "$db" "$dir" read \
    "$talent_token" "$owner_token" "${party_token:-none}" | tee "$dir/fixtures.txt" | grep word || true
  start_server "$OUT/$name-$scale.server.log" "$PORT" env TALENTS_DB="$db" TALENTS_PORT="$PORT" \
    TALENTS_JOBS_INTERVAL_SECONDS=0 TALENTS_LOG_LEVEL=info "$bin/talents-api"
  local base=http://127.0.0.1:$PORT
  curl -fs -o /dev/null -H "Authorization: Bearer $talent_token" "$base/v1/me" \
    || { echo "!! the talent's token is refused" >&2; exit 1; }
  run "$scale" "$name" "GET /health" "$base/health"
  run "$scale" "$name" "GET /v1/missions/{id}" "$base" "$dir/mission-get.req"
  run "$scale" "$name" "GET /v1/missions?q=common" "$base" "$dir/search-common.req"
  run "$scale" "$name" "GET /v1/missions?q=rare" "$base" "$dir/search-rare.req"
  run "$scale" "$name" "GET /v1/pool" "$base" "$dir/pool.req"
  run "$scale" "$name" "GET /v1/applications (owner)" "$base" "$dir/owner-applications.req"
  run "$scale" "$name" "GET /v1/agreements/{id}" "$base" "$dir/agreement.req"
  run "$scale" "$name" "GET /missions (HTML)" "$base" "$dir/html-catalogue.req"
  run "$scale" "$name" "GET /missions/{id} (HTML)" "$base" "$dir/html-mission.req"
  run "$scale" "$name" "GET /mon-espace (HTML)" "$base" "$dir/html-space.req"
  run "$scale" "$name" "POST apply" "$base" "$dir/apply.req" once
  python3 "$HERE/fixtures.py" "$db" "$dir" answers > /dev/null
  run "$scale" "$name" "POST decline" "$base" "$dir/answer.req" once
  peak_rss "$scale" "$name"
  stop_server
  echo "$scale $name: $(wc -l < "$OUT/$name-$scale.server.log") access-log lines"
  # The group commit: how many commits held the run's writes (logged when the server stops).
  local stopped
  stopped=$(grep 'msg="stopped"' "$OUT/$name-$scale.server.log" | tail -1 | grep -o 'commits=[0-9]* writes=[0-9]*' || true)
  if [ -n "$stopped" ]; then
    echo "$scale,$name,group commit,${stopped#commits=},,,,," | sed 's/ writes=/,/' >> "$CSV"
    echo "$scale $name group commit: $stopped"
  fi
  rm -f "$db" "$db-wal" "$db-shm"
}

for scale in "${SCALES[@]}"; do
  echo
  echo "=== $scale: anchors ==="
  bench_anchors "$scale"
  for spec in $APIS; do
    echo
    echo "=== $scale: talents-api ${spec%%=*} (${spec#*=}) ==="
    bench_api "$scale" "${spec%%=*}" "${spec#*=}"
  done
done
echo "loadavg at end: $(cat /proc/loadavg)" | tee -a "$OUT/load.txt"

echo
python3 "$HERE/summary.py" "$CSV" | tee "$OUT/summary.md"
echo
echo "results: $OUT/summary.md, $CSV, raw wrk output in $OUT/raw"
