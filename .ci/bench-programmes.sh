#!/usr/bin/env bash
# Programmes benchmark (issue 5), on MariaDB: builds Totem, starts it on a fresh database
# totem_bench_prog with the demo data, then runs eu.lorntech.totem.bench.ProgrammeBench, which
# generates an empty programme (the floor: the same pages with no data), 50 and 500 startups (4 and
# 40 cohorts, 12 quarters of KPIs each, a scored call each) and measures the programme dashboard and
# the applications table of each in rounds (each size in turn, the order alternating from one round
# to the next, the same warm-up for each), then prints per size the median of the rounds' p50/p95.
# Needs MariaDB on 127.0.0.1:3306 (root, empty password) and a free HTTP port: 8080, or BENCH_PORT
# (the server then runs with the port offset BENCH_PORT - 8080, management on 9990 + offset).
# BENCH_DB (default totem_bench_prog) names the database, dropped and created again;
# BENCH_PAGE_ROUNDS (default 5) is the number of rounds; BENCH_SKIP_BUILD=true reuses target/.
# Any unexpected HTTP status fails the run (exit non-zero). Stops only the server it started (its
# process group).
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-8080}
db=${BENCH_DB:-totem_bench_prog}
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
TOTEM_DB_DRIVER=mysql TOTEM_DB_URL="$url" TOTEM_DB_USER=totem_bench TOTEM_DB_PASSWORD=totem_bench TOTEM_DEMO=true \
  JAVA_OPTS="-Xms512m -Xmx1g" setsid target/server/bin/standalone.sh \
  -Djboss.socket.binding.port-offset=$offset > target/bench-server.log 2>&1 &
server=$!
# the server's JVM is a child of standalone.sh, in the process group setsid gave it: stop that group only
stop() {
  kill -- -"$server" 2>/dev/null || true
  for _ in $(seq 1 20); do pgrep -g "$server" >/dev/null || break; sleep 0.5; done
  kill -9 -- -"$server" 2>/dev/null || true
  rm -f target/server/standalone/deployments/totem.war*
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
echo "Totem up on MariaDB (database $db), http://localhost:$port"
java -Xmx512m -Dbench.pageRounds="${BENCH_PAGE_ROUNDS:-5}" \
  -cp "target/test-classes:target/classes:$(cat target/bench.cp)" eu.lorntech.totem.bench.ProgrammeBench \
  "http://127.0.0.1:$port" "$url" totem_bench totem_bench
