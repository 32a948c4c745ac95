#!/usr/bin/env bash
# Coworking benchmark (issue 4), on MariaDB: builds Totem, starts it on a fresh database
# totem_bench with the demo data, then runs eu.lorntech.totem.bench.CoworkingBench, which prints:
# API booking throughput and p50/p95 with 32 clients next to the plain-JDBC ceiling, the CPU time
# the server (and MariaDB) spent per booking, two floors (GET /api/me, and a booking refused before
# any database work), the contended case (32 clients, one slot), and the calendar / "My bookings"
# pages' p95 at 1,000 and 100,000 bookings. Needs MariaDB on
# 127.0.0.1:3306 (root, empty password) and a free HTTP port: 8080, or BENCH_PORT (the server then
# runs with the port offset BENCH_PORT - 8080, management on 9990 + offset).
# BENCH_SKIP_BUILD=true reuses target/ as it is (after a mvn package of the code to measure);
# BENCH_WARMUP_ROUNDS (default 8: the JIT settles after about 15,000 requests on 2 cores) API rounds
# run before the measured one;
# BENCH_SERVER_URL_OPTIONS is appended to the server's JDBC URL (the server and the JDBC ceiling
# share the URL of docs/operations.md, with rewriteBatchedStatements=true);
# BENCH_DB (default totem_bench) names the database, dropped and created again;
# BENCH_PAGE_ROUNDS (default 5) rounds of the page measurements, each size in turn, order alternating;
# BENCH_ENFORCE=true exits non-zero when the API books at under half of the booking path's floor
# (measured in the same run); without it the ratio is printed only.
# Any unexpected HTTP status fails the run (exit non-zero). Stops only the server it started (its
# process group).
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-8080}
db=${BENCH_DB:-totem_bench}
offset=$((port - 8080))
curl -s -o /dev/null --max-time 2 "http://localhost:$port/" && { echo "port $port busy: stop that server first"; exit 2; }
if ! mysqladmin -h127.0.0.1 -uroot ping >/dev/null 2>&1; then
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  for _ in $(seq 1 60); do mysqladmin -h127.0.0.1 -uroot ping >/dev/null 2>&1 && break; sleep 1; done
fi
mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $db;
  CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS 'totem_bench'@'localhost' IDENTIFIED BY 'totem_bench';
  CREATE USER IF NOT EXISTS 'totem_bench'@'127.0.0.1' IDENTIFIED BY 'totem_bench';
  GRANT ALL ON $db.* TO 'totem_bench'@'localhost'; GRANT ALL ON $db.* TO 'totem_bench'@'127.0.0.1';"

if [ "${BENCH_SKIP_BUILD:-false}" != true ]; then
  # the bench builds the WAR it measures; the tests are CI's job (.ci/run), not the bench's
  echo "== mvn package (tests skipped: a bench measures the built WAR; .ci/run runs the tests)"
  mvn -B -q -ntp ${BENCH_MVN_ARGS:-} package -DskipTests
fi
mvn -B -q -ntp ${BENCH_MVN_ARGS:-} dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
cp target/totem.war target/server/standalone/deployments/

url="jdbc:mysql://127.0.0.1:3306/$db?useSSL=false&allowPublicKeyRetrieval=true&serverTimezone=UTC&rewriteBatchedStatements=true"
TOTEM_DB_DRIVER=mysql TOTEM_DB_URL="$url${BENCH_SERVER_URL_OPTIONS:-}" TOTEM_DB_USER=totem_bench TOTEM_DB_PASSWORD=totem_bench TOTEM_DEMO=true \
  JAVA_OPTS="-Xms512m -Xmx1g ${BENCH_JAVA_OPTS:-}" setsid target/server/bin/standalone.sh \
  -Djboss.socket.binding.port-offset=$offset > target/bench-server.log 2>&1 &
server=$!
# the server's JVM is a child of standalone.sh, in the process group setsid gave it: stop that group only
stop() {
  kill -- -"$server" 2>/dev/null || true
  for _ in $(seq 1 20); do pgrep -g "$server" >/dev/null || break; sleep 0.5; done
  kill -9 -- -"$server" 2>/dev/null || true
}
trap stop EXIT
code=000
for _ in $(seq 1 180); do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://localhost:$port/login.xhtml" || true)
  [ "$code" = 200 ] && break
  kill -0 "$server" 2>/dev/null || break
  sleep 1
done
if [ "$code" != 200 ]; then
  echo "FAILED: no 200 on http://localhost:$port/login.xhtml (last status $code); end of target/bench-server.log:"
  tail -40 target/bench-server.log
  exit 1
fi
jvm=$(pgrep -g "$server" -x java | head -1)
mariadb=$(pgrep -x mariadbd | head -1 || true)
echo "Totem up on MariaDB (database $db), http://localhost:$port, server JVM pid $jvm"
java -Xmx512m -Dbench.serverPid="$jvm" -Dbench.dbPid="${mariadb:-0}" -Dbench.clockTicks="$(getconf CLK_TCK)" \
  -Dbench.warmupRounds="${BENCH_WARMUP_ROUNDS:-8}" -Dbench.pageRounds="${BENCH_PAGE_ROUNDS:-5}" \
  -Dbench.enforce="${BENCH_ENFORCE:-false}" \
  -cp "target/test-classes:target/classes:$(cat target/bench.cp)" eu.lorntech.totem.bench.CoworkingBench \
  "http://127.0.0.1:$port" "$url"
