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
db=${BENCH_DB:-totem_bench}
. .ci/bench-server.sh
java -Xmx512m -Dbench.serverPid="$jvm" -Dbench.dbPid="${mariadb:-0}" -Dbench.clockTicks="$(getconf CLK_TCK)" \
  -Dbench.warmupRounds="${BENCH_WARMUP_ROUNDS:-8}" -Dbench.pageRounds="${BENCH_PAGE_ROUNDS:-5}" \
  -Dbench.enforce="${BENCH_ENFORCE:-false}" \
  -cp "target/test-classes:target/classes:$(cat target/bench.cp)" eu.lorntech.totem.bench.CoworkingBench \
  "http://127.0.0.1:$port" "$url"
