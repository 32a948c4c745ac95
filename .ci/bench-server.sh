# Sourced by the MariaDB benchmarks (bench-coworking.sh, bench-programmes.sh, bench-events.sh): a
# fresh database, the WAR built (unless BENCH_SKIP_BUILD=true), WildFly started on it with the demo
# data, and stopped again when the calling script exits (its process group only, never by name).
# Before sourcing, the caller sets: db (the database, dropped and created again), and may set
# server_env (more VAR=value words for the server's environment). Reads BENCH_PORT, BENCH_MVN_ARGS,
# BENCH_JAVA_OPTS, BENCH_SERVER_URL_OPTIONS. Sets: port, offset, url (the JDBC URL, shared by the
# server and the bench's own JDBC work), server (the group's pid), jvm (the server's JVM), mariadb.
port=${BENCH_PORT:-8080}
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
# shellcheck disable=SC2086
env ${server_env:-} TOTEM_DB_DRIVER=mysql TOTEM_DB_URL="$url${BENCH_SERVER_URL_OPTIONS:-}" TOTEM_DB_USER=totem_bench \
  TOTEM_DB_PASSWORD=totem_bench TOTEM_DEMO=true JAVA_OPTS="-Xms512m -Xmx1g ${BENCH_JAVA_OPTS:-}" \
  setsid target/server/bin/standalone.sh -Djboss.socket.binding.port-offset=$offset > target/bench-server.log 2>&1 &
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
jvm=$(pgrep -g "$server" -x java | head -1)
mariadb=$(pgrep -x mariadbd | head -1 || true)
echo "Totem up on MariaDB (database $db), http://localhost:$port, server JVM pid $jvm"
