#!/usr/bin/env bash
# Matching and search benchmark of issue 9 (docs/performance.md, "Matching and search").
#
#   scripts/bench-matching.sh            # generates the data once (about 15 minutes), then measures
#
# 1. talents-matching-bench (release): generates 300,000 talents (about 65 % in the pool) and
#    50,000 published missions into DB_PATH when it is empty, then prints, in process through
#    Workflows, the latency of top-20 talents for a mission, top-20 missions for a talent and a
#    full-text search with a filter (SAMPLES of each, after one untimed pass).
# 2. talents-api (release) on that database: an operator and a talent token, REQUESTS calls
#    to each endpoint over HTTP, then the process's resident memory (VmRSS, peak VmHWM).
#
# Env: DB_PATH=/tmp/talents-matching-bench/bench.sqlite  SAMPLES=300  REQUESTS=200  PORT=8093
#      TALENTS=300000 MISSIONS=50000 (only used when generating)
# Needs: curl. The load average is printed: the figures mean little on a loaded machine.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
DB_PATH=${DB_PATH:-/tmp/talents-matching-bench/bench.sqlite}
SAMPLES=${SAMPLES:-300}
REQUESTS=${REQUESTS:-200}
PORT=${PORT:-8093}
BIN=$REPO/.build/release
export DB_PATH SAMPLES

cd "$REPO"
for product in talents-matching-bench talents-api talents-admin; do
  swift build -c release --product "$product" > /dev/null
done
echo "load average at start: $(cat /proc/loadavg)"
"$BIN/talents-matching-bench"

admin() { TALENTS_DB=$DB_PATH "$BIN/talents-admin" "$@"; }
admin users add --name "Bench Operator" --email bench.operator@numerique.gouv.fr --role operator > /dev/null 2>&1 || true
OPERATOR=$(admin tokens issue --email bench.operator@numerique.gouv.fr)
TALENT=$(admin tokens issue --email agent1@bench.test)
MISSIONS=$(sqlite3 "$DB_PATH" "SELECT count(*) FROM missions WHERE state = 'published'")

"$BIN/talents-api" --db "$DB_PATH" --port "$PORT" --log-level error &
PID=$!
trap 'kill $PID 2> /dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$PORT/health" > /dev/null && break
  sleep 0.1
done
echo "talents-api started: $(grep -E 'VmRSS' /proc/$PID/status | tr -s ' ')"

call() {
  curl -sf -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $1" "http://127.0.0.1:$PORT$2"
}
for endpoint in missions talents search; do
  for i in $(seq 1 "$REQUESTS"); do
    case $endpoint in
      missions) call "$OPERATOR" "/v1/missions/$(( (i * 7919) % MISSIONS + 1 ))/recommendations" ;;
      talents) call "$TALENT" "/v1/talents/me/recommendations" ;;
      search) call "$OPERATOR" "/v1/missions?q=secu&departement=75&limit=20" ;;
    esac
  done | sort -n | awk -v name="$endpoint" '{ t[NR] = $1 } END {
    printf "HTTP %-8s %d requests: median %.2f ms, p99 %.2f ms (curl, one connection each)\n",
      name, NR, t[int(NR * 0.5) + 1] * 1000, t[int(NR * 0.99) + 1] * 1000 }'
done
echo "talents-api after the requests: $(grep -E 'VmRSS|VmHWM' /proc/$PID/status | tr -s ' ' | tr '\n' ' ')"
echo "load average at end: $(cat /proc/loadavg)"
