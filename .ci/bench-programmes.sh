#!/usr/bin/env bash
# Programmes benchmark (issue 5), on MariaDB: builds Totem, starts it on a fresh database
# totem_bench_prog with the demo data, then runs eu.lorntech.totem.bench.ProgrammeBench, which
# generates 50 and 500 startups (4 and 40 cohorts, 12 quarters of KPIs each, a scored call each) and
# prints p50/p95 of the programme dashboard and of the applications table at both sizes.
# Needs MariaDB on 127.0.0.1:3306 (root, empty password) and a free port 8080.
set -euo pipefail
cd "$(dirname "$0")/.."
curl -s -o /dev/null --max-time 2 http://localhost:8080/ && { echo "port 8080 busy: stop that server first"; exit 2; }
if ! mysqladmin -h127.0.0.1 -uroot ping >/dev/null 2>&1; then
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  for _ in $(seq 1 60); do mysqladmin -h127.0.0.1 -uroot ping >/dev/null 2>&1 && break; sleep 1; done
fi
mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS totem_bench_prog;
  CREATE DATABASE totem_bench_prog CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS 'totem_bench'@'localhost' IDENTIFIED BY 'totem_bench';
  CREATE USER IF NOT EXISTS 'totem_bench'@'127.0.0.1' IDENTIFIED BY 'totem_bench';
  GRANT ALL ON totem_bench_prog.* TO 'totem_bench'@'localhost'; GRANT ALL ON totem_bench_prog.* TO 'totem_bench'@'127.0.0.1';"

mvn -B -q -ntp package -DskipTests
mvn -B -q -ntp dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
cp target/totem.war target/server/standalone/deployments/

url='jdbc:mysql://127.0.0.1:3306/totem_bench_prog?useSSL=false&allowPublicKeyRetrieval=true&serverTimezone=UTC&rewriteBatchedStatements=true'
TOTEM_DB_DRIVER=mysql TOTEM_DB_URL="$url" TOTEM_DB_USER=totem_bench TOTEM_DB_PASSWORD=totem_bench TOTEM_DEMO=true \
  JAVA_OPTS="-Xms512m -Xmx1g" setsid target/server/bin/standalone.sh > target/bench-server.log 2>&1 &
server=$!
trap 'kill -- -$server 2>/dev/null; sleep 2; pkill -f "jboss.home.dir=$PWD/target/server" 2>/dev/null || true; rm -f target/server/standalone/deployments/totem.war*' EXIT
for _ in $(seq 1 120); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8080/login.xhtml)" = 200 ] && break; sleep 1
done
echo "Totem up on MariaDB (database totem_bench_prog)"
java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.cp)" eu.lorntech.totem.bench.ProgrammeBench \
  http://127.0.0.1:8080 "$url" totem_bench totem_bench
