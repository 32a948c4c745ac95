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
db=${BENCH_DB:-totem_bench_prog}
. .ci/bench-server.sh
java -Xmx512m -Dbench.pageRounds="${BENCH_PAGE_ROUNDS:-5}" \
  -cp "target/test-classes:target/classes:$(cat target/bench.cp)" eu.lorntech.totem.bench.ProgrammeBench \
  "http://127.0.0.1:$port" "$url" totem_bench totem_bench
