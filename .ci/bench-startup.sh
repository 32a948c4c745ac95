#!/usr/bin/env bash
# Benchmark: time from the README's run command to the first 200 on the sign-in page, and the heap
# used once started. Prints its figures (see docs/benchmarks.md); fails (exit 1) when no 200 came.
# Usage: .ci/bench-startup.sh [--cold]   (--cold: empty Maven repository too; downloads ~260 MB)
# BENCH_PORT (default 8080) runs the server with the port offset BENCH_PORT - 8080 (management on
# 9990 + offset), next to another server. Stops only the processes it started: mvn and the server's
# JVM run in a process group of their own (setsid), and that group is what it stops.
# BENCH_MVN_ARGS is passed to mvn (e.g. -o).
set -u
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-8080}
offset=$((port - 8080))
curl -s -o /dev/null --max-time 2 "http://localhost:$port/" && { echo "port $port busy: stop that server first"; exit 2; }
tmp=$(mktemp -d)
extra=""
mode=warm
[ "${1:-}" = "--cold" ] && { extra="-Dmaven.repo.local=$tmp/m2"; mode=cold; }
[ "$offset" = 0 ] || extra="$extra -Dwildfly.serverArgs=-Djboss.socket.binding.port-offset=$offset -Dwildfly.port=$((9990 + offset))"
SECONDS=0
start=$(date +%s.%N)
setsid bash -c "sleep infinity | mvn -B -q ${BENCH_MVN_ARGS:-} wildfly:run $extra" >"$tmp/run.log" 2>&1 &
pid=$!
stop() {
  kill -- -"$pid" 2>/dev/null
  for _ in $(seq 1 20); do pgrep -g "$pid" >/dev/null || break; sleep 0.5; done
  kill -9 -- -"$pid" 2>/dev/null
  rm -rf "$tmp"
}
trap stop EXIT
code=000
while [ $SECONDS -lt 900 ]; do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://localhost:$port/login.xhtml")
  [ "$code" = 200 ] && break
  # mvn (and the server it starts) are the group's java processes; 'sleep infinity' outlives them
  [ $SECONDS -lt 10 ] || pgrep -g "$pid" -x java >/dev/null || break
  sleep 0.5
done
end=$(date +%s.%N)
if [ "$code" != 200 ]; then
  echo "FAILED: no 200 on http://localhost:$port/login.xhtml after $SECONDS s (last status $code); end of the run's log:"
  tail -40 "$tmp/run.log"
  exit 1
fi
echo "first 200 on /login.xhtml after $(echo "$end - $start" | bc) s ($mode: mvn wildfly:run, incl. compile, package and provisioning)"
sleep 5
# the server's JVM, started by the plugin inside the process group of this run only
jpid=$(pgrep -g "$pid" -f 'jboss-modules.jar' | head -1)
if [ -z "$jpid" ]; then
  echo "FAILED: no server JVM (jboss-modules.jar) in the process group $pid of this run"
  exit 1
fi
jcmd "$jpid" GC.run >/dev/null 2>&1
jcmd "$jpid" GC.heap_info | head -3
used=$(jstat -gc "$jpid" | awk 'NR==2 {printf "%.1f", ($3+$4+$6+$8)/1024}')
echo "heap used after start and a full GC: ${used} MB (jstat S0U+S1U+EU+OU)"
rss=$(ps -o rss= -p "$jpid"); echo "server resident memory: $((rss/1024)) MB"
