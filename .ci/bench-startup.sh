#!/usr/bin/env bash
# Benchmark: time from the README's run command to the first 200 on the sign-in page, and the heap
# used once started. Prints its figures; nothing is asserted (see docs/benchmarks.md).
# Usage: .ci/bench-startup.sh [--cold]   (--cold: empty Maven repository too; downloads ~260 MB)
set -u
cd "$(dirname "$0")/.."
curl -s -o /dev/null --max-time 2 http://localhost:8080/ && { echo "port 8080 busy: stop that server first"; exit 2; }
tmp=$(mktemp -d)
extra=""
[ "${1:-}" = "--cold" ] && extra="-Dmaven.repo.local=$tmp/m2"
SECONDS=0
start=$(date +%s.%N)
setsid bash -c "sleep infinity | mvn -B -q wildfly:run $extra" >"$tmp/run.log" 2>&1 &
pid=$!
code=000
while [ $SECONDS -lt 900 ]; do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 http://localhost:8080/login.xhtml)
  [ "$code" = 200 ] && break
  sleep 0.5
done
end=$(date +%s.%N)
echo "first 200 on /login.xhtml after $(echo "$end - $start" | bc) s ($([ -n "$extra" ] && echo cold || echo warm): mvn wildfly:run, incl. compile, package and provisioning)"
sleep 5
jpid=$(pgrep -f 'jboss-modules.jar' | head -1)
if [ -n "$jpid" ]; then
  jcmd "$jpid" GC.run >/dev/null 2>&1
  jcmd "$jpid" GC.heap_info | head -3
  used=$(jstat -gc "$jpid" | awk 'NR==2 {printf "%.1f", ($3+$4+$6+$8)/1024}')
  echo "heap used after start and a full GC: ${used} MB (jstat S0U+S1U+EU+OU)"
  rss=$(ps -o rss= -p "$jpid"); echo "server resident memory: $((rss/1024)) MB"
fi
kill -- -"$pid" 2>/dev/null; sleep 2
for p in $(pgrep -f jboss-modules.jar); do kill "$p"; done
rm -rf "$tmp"
