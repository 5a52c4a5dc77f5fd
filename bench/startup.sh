#!/usr/bin/env bash
# ./trienkhai bench startup [--runs N]
# Measures, on this machine, starting the application exactly as `./trienkhai serve` does (its JVM options
# and class-data archive):
#   - cold start: a new data directory (embedded PostgreSQL initialised, all migrations, units loaded)
#     until the login page answers;
#   - warm start: the same data directory again;
#   - idle resident memory of the JVM (and of the embedded PostgreSQL processes) 15 s after start;
#   - baseline: a bare JVM start (java -version) in the same run, so ratios travel between machines.
# Prints medians. Nothing is asserted: compare with the targets in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=3
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    *) echo "usage: ./trienkhai bench startup [--runs N]" >&2; exit 2 ;;
  esac
done
JAVA_OPTS="${JAVA_OPTS:-$(sed -n 's/^DEFAULT_JAVA_OPTS="\(.*\)"$/\1/p' trienkhai)}"
WORK=$(mktemp -d /tmp/trienkhai-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
pg_rss_kb() { # the embedded server and its workers are children of the JVM
  local total=0 p
  for p in $(pgrep -P "$1" 2>/dev/null) $(pgrep -f "$WORK/data.*/pg" 2>/dev/null); do
    total=$((total + $(rss_kb "$p")))
  done
  echo "$total"
}

# start_once DATA_DIR → prints "startup_ms jvm_rss_kb pg_rss_kb stop_ms"
start_once() {
  local data="$1" port pid t0 t1 ready=0
  port=$(free_port)
  t0=$(now_ms)
  # `serve` ends in exec, so $! is the JVM itself
  TRIENKHAI_DATA_DIR="$data" TRIENKHAI_PORT="$port" TRIENKHAI_ADMIN_PASSWORD="Bench-Pass-2026" \
    ./trienkhai serve >"$data.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/login"; then ready=1; break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  t1=$(now_ms)
  [ "$ready" = 1 ] || { echo "start failed, see $data.log" >&2; tail -20 "$data.log" >&2; kill "$pid" 2>/dev/null; exit 1; }
  sleep 15
  local jvm pg
  jvm=$(rss_kb "$pid"); pg=$(pg_rss_kb "$pid")
  local s0 s1
  s0=$(now_ms); kill -TERM "$pid"; wait "$pid" 2>/dev/null || true; s1=$(now_ms)
  echo "$((t1 - t0)) $jvm $pg $((s1 - s0))"
}

cds=off; [ -f target/cds/app.jsa ] && [ "${TRIENKHAI_CDS:-true}" != false ] && cds=on
echo "trienkhai bench startup: $RUNS runs each, JAVA_OPTS=$JAVA_OPTS, class-data archive $cds, load average $(cut -d' ' -f1-3 /proc/loadavg)"
base=()
for _ in $(seq 1 "$RUNS"); do t0=$(now_ms); java $JAVA_OPTS -version >/dev/null 2>&1; base+=($(( $(now_ms) - t0 ))); done
baseline=$(printf '%s\n' "${base[@]}" | median)

cold=(); warm=(); jvm=(); pg=(); stop=()
for i in $(seq 1 "$RUNS"); do
  read -r ms j p s < <(start_once "$WORK/data$i"); cold+=("$ms")
  read -r ms j p s < <(start_once "$WORK/data$i"); warm+=("$ms"); jvm+=("$j"); pg+=("$p"); stop+=("$s")
done
c=$(printf '%s\n' "${cold[@]}" | median); w=$(printf '%s\n' "${warm[@]}" | median)
j=$(printf '%s\n' "${jvm[@]}" | median); p=$(printf '%s\n' "${pg[@]}" | median); s=$(printf '%s\n' "${stop[@]}" | median)
printf '%-40s %10s %12s\n' "measure" "median" "vs baseline"
printf '%-40s %8d ms %12s\n' "baseline: bare JVM start (java -version)" "$baseline" "1.0"
printf '%-40s %8d ms %11.1fx\n' "cold start to login page" "$c" "$(awk "BEGIN {print $c / $baseline}")"
printf '%-40s %8d ms %11.1fx\n' "warm start to login page (target 8000)" "$w" "$(awk "BEGIN {print $w / $baseline}")"
printf '%-40s %8d MB\n' "idle RSS, JVM (target 400)" "$((j / 1024))"
printf '%-40s %8d MB\n' "idle RSS, embedded PostgreSQL processes" "$((p / 1024))"
printf '%-40s %8d ms\n' "graceful stop (SIGTERM to exit)" "$s"
echo "samples: cold=${cold[*]} warm=${warm[*]} jvm_kb=${jvm[*]} pg_kb=${pg[*]}"
