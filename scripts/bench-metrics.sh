#!/usr/bin/env bash
# Scrape time of talents-metrics at scale (issue 7): a programme of 100,000 talents, 20,000
# missions and 1,000,000 applications generated in a temporary database, then timed scrapes over
# HTTP: the first one (waiting for the exporter's start-up read of everything), SCRAPES with no change in between, and SCRAPES each after a burst of
# activity written through the stores (new applications and answers, as the API would).
#
#   scripts/bench-metrics.sh                       # generates (about 5 minutes), then scrapes
#   DB=/tmp/programme.sqlite scripts/bench-metrics.sh   # reuses (or keeps) a generated database
#
# Env: TALENTS=100000 MISSIONS=20000 APPLICATIONS=1000000 (scale of a new database)
#      SCRAPES=20  SUBMISSIONS=50 ANSWERS=50 (activity before each "busy" scrape)  PORT=19464
#      DB=<path> a database generated earlier (kept); without it a temporary one, removed at the end.
# Needs: curl, python3. Prints the load average, then per phase the scrape time measured by
# curl (request to last byte) and the exporter's own talents_metrics_scrape_duration_seconds.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
TALENTS=${TALENTS:-100000}
MISSIONS=${MISSIONS:-20000}
APPLICATIONS=${APPLICATIONS:-1000000}
SCRAPES=${SCRAPES:-20}
SUBMISSIONS=${SUBMISSIONS:-50}
ANSWERS=${ANSWERS:-50}
PORT=${PORT:-19464}

for tool in curl python3; do
  command -v "$tool" > /dev/null || { echo "missing $tool" >&2; exit 1; }
done
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "port $PORT is in use" >&2; exit 1; fi

echo "building talents-metrics and talents-metrics-bench (release)"
(cd "$REPO" && swift build -c release --product talents-metrics 2>&1 | tail -1)
(cd "$REPO" && swift build -c release --product talents-metrics-bench 2>&1 | tail -1)
BIN=$(cd "$REPO" && swift build -c release --show-bin-path)

WORK=$(mktemp -d /tmp/talents-bench-metrics.XXXXXX)
EXPORTER=""
cleanup() {
  if [ -n "$EXPORTER" ]; then kill "$EXPORTER" 2> /dev/null || true; wait "$EXPORTER" 2> /dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ -z "${DB:-}" ]; then
  DB=$WORK/programme.sqlite
fi
if [ ! -f "$DB" ]; then
  echo "generating $TALENTS talents, $MISSIONS missions, $APPLICATIONS applications into $DB"
  "$BIN/talents-metrics-bench" generate --db "$DB" --talents "$TALENTS" --missions "$MISSIONS" \
    --applications "$APPLICATIONS"
fi
echo "database: $(du -h "$DB" | cut -f1), $(python3 -c "
import sqlite3, sys
c = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)
print(', '.join(f'{n} {t}' for t, n in [(t, c.execute(f'SELECT count(*) FROM {t}').fetchone()[0])
      for t in ('talents', 'missions', 'applications', 'audit_events')]))" "$DB")"

"$BIN/talents-metrics" --db "$DB" --port "$PORT" --log-level info > "$WORK/exporter.log" 2>&1 &
EXPORTER=$!
for _ in $(seq 1 100); do
  curl -s -o /dev/null "http://127.0.0.1:$PORT/health" && break
  sleep 0.1
done

# One scrape: "curl seconds exporter seconds".
scrape() {
  local total
  total=$(curl -s -o "$WORK/scrape.txt" -w '%{time_total}' "http://127.0.0.1:$PORT/metrics")
  echo "$total $(grep '^talents_metrics_scrape_duration_seconds ' "$WORK/scrape.txt" | cut -d' ' -f2)"
}

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
# The exporter reads every figure once at start (warmUp); the first scrape waits for it.
echo "first scrape, sent as soon as /health answers (curl s, exporter s): $(scrape)"
echo "exporter start-up read: $(grep -o 'msg="figures read".*' "$WORK/exporter.log" || echo '?')"
grep -q '^talents_metrics_last_scrape_error 0' "$WORK/scrape.txt" || { echo "the scrape failed:" >&2; cat "$WORK/exporter.log" >&2; exit 1; }
: > "$WORK/idle.txt"
for _ in $(seq 1 "$SCRAPES"); do scrape >> "$WORK/idle.txt"; done
: > "$WORK/busy.txt"
for _ in $(seq 1 "$SCRAPES"); do
  "$BIN/talents-metrics-bench" activity --db "$DB" --submissions "$SUBMISSIONS" --answers "$ANSWERS" > /dev/null
  scrape >> "$WORK/busy.txt"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "series in the last scrape: $(grep -vc '^#' "$WORK/scrape.txt"), $(wc -c < "$WORK/scrape.txt") bytes"

python3 - "$WORK/idle.txt" "$WORK/busy.txt" "$SUBMISSIONS" "$ANSWERS" <<'EOF'
import statistics, sys
def row(label, path):
    pairs = [tuple(float(x) for x in line.split()) for line in open(path) if line.strip()]
    for index, what in ((0, "curl"), (1, "exporter")):
        values = sorted(p[index] * 1000 for p in pairs)
        p90 = values[min(len(values) - 1, int(0.9 * len(values)))]
        print(f"| {label} | {what} | {len(values)} | {values[0]:.1f} | {statistics.median(values):.1f} | {p90:.1f} | {values[-1]:.1f} |")
print("| scrapes | measured by | n | min ms | median ms | p90 ms | max ms |")
print("|---|---|---:|---:|---:|---:|---:|")
row("no change in between", sys.argv[1])
row(f"after {sys.argv[3]} submissions + {sys.argv[4]} answers", sys.argv[2])
EOF
