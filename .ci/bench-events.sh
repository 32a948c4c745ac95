#!/usr/bin/env bash
# Events benchmark (issue 12), on MariaDB: builds Totem, starts it on a fresh database totem_bench
# with the demo data, guest limit 0 and its mails sent to a GreenMail sink in the bench's JVM, then
# runs eu.lorntech.totem.bench.EventBench, which prints (each measured load after 5 unmeasured rounds of
# the same kind): the floor (a registration refused before any
# database work), the rush of 2,500 guest registrations for the 2,000-seat seminar from 64 clients
# (exactly 2,000 confirmed and 500 waitlisted in order, no session cookie; rate and p50/p95), the
# public event page's p95 quiet and during the rush, 2,000 check-ins from 4 stations (p95), the
# attendees page at 200 and 2,000 registrants (rounds of the same warm-up, order alternating), and the
# time until every confirmation has left the outbox. Any unexpected status fails the run.
# Settings as bench-coworking.sh: BENCH_PORT, BENCH_DB, BENCH_SKIP_BUILD, BENCH_PAGE_ROUNDS;
# BENCH_ENFORCE=true exits non-zero on a missed goal. Stops only the server it started (its process group).
set -euo pipefail
cd "$(dirname "$0")/.."
db=${BENCH_DB:-totem_bench}
smtp=$((2525 + ${BENCH_PORT:-8080} - 8080))
server_env="TOTEM_EVENTS_GUEST_LIMIT=0 TOTEM_SMTP_PORT=$smtp TOTEM_SMTP_HOST=127.0.0.1 ${BENCH_SERVER_ENV:-}"
. .ci/bench-server.sh
java -Xmx512m -Dbench.serverPid="$jvm" -Dbench.dbPid="${mariadb:-}" -Dbench.clockTicks="$(getconf CLK_TCK)" -Dbench.pageRounds="${BENCH_PAGE_ROUNDS:-5}" -Dbench.enforce="${BENCH_ENFORCE:-false}" \
  -cp "target/test-classes:target/classes:$(cat target/bench.cp)" eu.lorntech.totem.bench.EventBench \
  "http://127.0.0.1:$port" "$url" totem_bench totem_bench "$smtp"
