#!/usr/bin/env bash
# Talent benchmark (issue 13), on MariaDB: builds Totem, starts it on a fresh database totem_bench_talent
# with the demo data, then runs eu.lorntech.totem.bench.TalentBench, which generates 1,000 and 10,000
# candidates with 500 offers, has Totem score the matches, and measures an offer's best candidates and a
# candidate's best offers through the API at each size in rounds (the same warm-up for each size, the
# order alternating), next to a floor, and prints per size the median of the rounds' p50/p95.
# Needs MariaDB on 127.0.0.1:3306 (root, empty password) and a free HTTP port: 8080, or BENCH_PORT.
# BENCH_DB (default totem_bench_talent); BENCH_PAGE_ROUNDS (default 5); BENCH_SKIP_BUILD=true reuses target/.
# Any unexpected HTTP status or answer fails the run (exit non-zero). Stops only the server it started.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${BENCH_DB:-totem_bench_talent}
. .ci/bench-server.sh
java -Xmx512m -Dbench.pageRounds="${BENCH_PAGE_ROUNDS:-5}" \
  -cp "target/test-classes:target/classes:$(cat target/bench.cp)" eu.lorntech.totem.bench.TalentBench \
  "http://127.0.0.1:$port" "$url" totem_bench totem_bench
