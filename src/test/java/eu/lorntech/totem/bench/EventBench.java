package eu.lorntech.totem.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Events benchmark (issue 12), against a running Totem on MariaDB with guest limit 0 and its mails
 * sent to a GreenMail sink in this JVM:
 * <ol>
 * <li>the floor: 2,500 registrations refused before any database work (no consent), 64 clients, after
 * {@value #WARM_ROUNDS} unmeasured rounds of the same;</li>
 * <li>the rush: the 2,000-seat seminar and 2,500 guest registrations from 64 concurrent clients: exactly
 * 2,000 confirmed and 500 waitlisted at positions 1 to 500, no session cookie; registrations per second,
 * p50/p95, and the public event page's p95 during the rush next to its p95 on a quiet server; before it,
 * {@value #WARM_ROUNDS} unmeasured rushes on other seminars, as many rounds as the floor had, each with
 * its check-ins and its mails sent;</li>
 * <li>2,000 check-ins from 4 concurrent stations: p95;</li>
 * <li>the attendees page at 200 and at 2,000 registrants ({@link PageRounds}: the same warm-up, the order
 * alternating);</li>
 * <li>the time until the 2,000 confirmations have left the outbox.</li>
 * </ol>
 * Any unexpected status fails the run; with {@code bench.enforce=true} a missed goal fails it too.
 */
public class EventBench {

    static final int SEATS = 2000;
    static final int GUESTS = 2500;
    static final int CLIENTS = 64;
    static final int STATIONS = 4;

    final String base;
    final String jdbcUrl;
    final String user;
    final String password;
    final boolean enforce = Boolean.getBoolean("bench.enforce");
    final List<String> missed = new ArrayList<>();

    EventBench(String base, String jdbcUrl, String user, String password) {
        this.base = base;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    public static void main(String[] args) throws Exception {
        int smtp = Integer.parseInt(args[4]);
        GreenMail sink = new GreenMail(new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        sink.start();
        try {
            new EventBench(args[0], args[1], args[2], args[3]).run();
        } catch (Exception | AssertionError e) {
            // an unexpected answer fails the run at once: the clients' threads must not keep the JVM alive
            e.printStackTrace();
            sink.stop();
            System.exit(1);
        } finally {
            sink.stop();
        }
        System.exit(0);
    }

    record Timed(long nanos, Http1.Answer answer) {
    }

    /** The requests of one load, each with its time, and the load's whole duration. */
    record Run(List<Timed> timed, long elapsed) {
        double rate() {
            return timed.size() / (elapsed / 1e9);
        }

        double pct(int p) {
            return percentile(timed.stream().map(Timed::nanos).toList(), p);
        }
    }

    void run() throws Exception {
        long organiser;
        long site;
        try (Connection c = db(); Statement s = c.createStatement()) {
            organiser = single(s, "select id from app_user where email = 'evenements@totem.example'");
            site = single(s, "select id from site where code = 'menil-flin'");
        }
        long rush = event("Bench rush " + UUID.randomUUID(), SEATS, site, organiser);
        long small = event("Bench 200", 200, site, organiser);
        fill(small, 200);
        String token = token(organiser);

        // a quiet server first: the public event page alone, and the floor
        System.out.printf("%d guests for %d seats, %d clients, %d stations%n", GUESTS, SEATS, CLIENTS, STATIONS);
        // first 5 s unmeasured: the page's first requests compile it, which would make the quiet figure look slower
        // than the page really is, and the ratio look better
        pageLoop(rush, Duration.ofSeconds(5), null);
        List<Long> quiet = pageLoop(rush, Duration.ofSeconds(5), null);
        for (int warm = 0; warm < WARM_ROUNDS; warm++) {
            load(GUESTS, i -> "/api/events/" + rush + "/registrations", i -> guest("warm", i, false), null, 400);
        }
        Cpu f0 = Cpu.now();
        Run floor = load(GUESTS, i -> "/api/events/" + rush + "/registrations", i -> guest("floor", i, false), null, 400);
        Cpu floorCpu = Cpu.now().minus(f0);
        double floorRate = floor.rate();

        // the same rush and doors on other seminars, unmeasured, as many rounds as the floor had: the measured rush
        // meets a server that has registered people before (as on a seminar's day), not one compiling the path as it
        // goes; then their mails leave the outbox, so that they do not compete with the measured rush. The CPU of the
        // first round is printed apart: it shows what the JIT compiler costs a cold path
        Cpu rushCpu = null;
        for (int round = 0; round < WARM_ROUNDS; round++) {
            long warmUp = event("Bench warm-up " + UUID.randomUUID(), SEATS, site, organiser);
            long w0 = System.nanoTime();
            Cpu c0 = Cpu.now();
            Run warmRush = load(GUESTS, i -> "/api/events/" + warmUp + "/registrations", i -> guest("warm-rush", i, true), null, 201);
            if (rushCpu == null) {
                rushCpu = Cpu.now().minus(c0);
            }
            List<String> warmTickets = tickets(warmRush);
            load(warmTickets.size(), i -> "/api/events/" + warmUp + "/check-ins",
                    i -> "{\"code\":\"" + warmTickets.get(i) + "\",\"station\":\"Porte " + (i % STATIONS) + "\",\"nonce\":\"" + UUID.randomUUID() + "\"}",
                    token, 200, STATIONS);
            double warmMails = untilSent(warmUp, w0);
            System.out.printf("warm-up %d: %d registrations at %.0f/s, their mails out %.1f s after it began%n", round + 1, GUESTS,
                    warmRush.rate(), warmMails);
        }

        // the rush, with the public page read all along
        AtomicBoolean rushing = new AtomicBoolean(true);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        Future<List<Long>> during = reader.submit(() -> pageLoop(rush, null, rushing));
        long t0 = System.nanoTime();
        Cpu m0 = Cpu.now();
        Run registered = load(GUESTS, i -> "/api/events/" + rush + "/registrations", i -> guest("rush", i, true), null, 201);
        double rushSeconds = (System.nanoTime() - t0) / 1e9;
        Cpu measuredCpu = Cpu.now().minus(m0);
        rushing.set(false);
        List<Long> busy = during.get();
        reader.shutdown();
        int confirmed = 0;
        TreeSet<Integer> positions = new TreeSet<>();
        boolean cookies = false;
        List<String> tickets = new ArrayList<>();
        Pattern ticket = Pattern.compile("\"ticket\":\"([A-Z0-9]+)\"");
        Pattern position = Pattern.compile("\"position\":(\\d+)");
        for (Timed t : registered.timed()) {
            cookies |= t.answer().setCookie();
            if (t.answer().body().contains("\"CONFIRMED\"")) {
                confirmed++;
                Matcher m = ticket.matcher(t.answer().body());
                if (m.find()) {
                    tickets.add(m.group(1));
                }
            } else {
                Matcher m = position.matcher(t.answer().body());
                if (!m.find() || !positions.add(Integer.parseInt(m.group(1)))) {
                    throw new IllegalStateException("a waitlisted answer without a position of its own: " + t.answer().body());
                }
            }
        }
        long dbConfirmed;
        long dbWaiting;
        try (Connection c = db(); Statement s = c.createStatement()) {
            dbConfirmed = single(s, "select count(*) from event_registration where event_id = " + rush + " and status = 'CONFIRMED'");
            dbWaiting = single(s, "select count(*) from event_registration where event_id = " + rush + " and status = 'WAITLISTED'");
        }
        boolean exact = confirmed == SEATS && positions.size() == GUESTS - SEATS && positions.first() == 1
                && positions.last() == GUESTS - SEATS && dbConfirmed == SEATS && dbWaiting == GUESTS - SEATS;
        if (!exact || cookies || tickets.size() != SEATS) {
            throw new IllegalStateException("the rush went wrong: " + confirmed + " confirmed (" + dbConfirmed + " in the database), "
                    + positions.size() + " waitlisted (" + dbWaiting + "), positions " + (positions.isEmpty() ? "-" : positions.first() + ".."
                    + positions.last()) + ", session cookie set: " + cookies);
        }
        double rushRate = registered.rate();

        // the doors: 4 stations share the 2,000 tickets
        Collections.shuffle(tickets);
        Run scans = load(tickets.size(), i -> "/api/events/" + rush + "/check-ins",
                i -> "{\"code\":\"" + tickets.get(i) + "\",\"station\":\"Porte " + (i % STATIONS) + "\",\"nonce\":\"" + UUID.randomUUID() + "\"}",
                token, 200, STATIONS);
        long admitted = scans.timed().stream().filter(t -> t.answer().body().contains("\"ADMITTED\"")).count();
        if (admitted != SEATS) {
            throw new IllegalStateException(admitted + " admitted of " + SEATS + " tickets");
        }

        // the mails
        double mailSeconds = untilSent(rush, t0);

        // the attendees page at 200 and 2,000 registrants (2,500 with the waiting list), once the mails are out: both sizes
        // measured on the same quiet server, not one of them while the confirmations are still being sent
        HttpClient http = new ProgrammeBench(base, jdbcUrl, user, password).signedIn("evenements@totem.example");
        Map<String, PageRounds.Result> pages = new PageRounds(base).measure(List.of(
                new PageRounds.Variant("200", http, "/event/attendees.xhtml?id=" + small, attendees()),
                new PageRounds.Variant("2000", http, "/event/attendees.xhtml?id=" + rush, attendees())));


        System.out.println();
        System.out.println("| measure | figure | goal |");
        System.out.println("|---|---|---|");
        System.out.printf("| refused registration (the floor), %d clients | %.0f/s, p50 %.1f ms, p95 %.1f ms | |%n", CLIENTS, floorRate,
                floor.pct(50), floor.pct(95));
        goal("rush: 2,500 registrations", String.format("%.0f/s (%.0f %% of the floor), p50 %.1f ms, p95 %.1f ms, whole rush %.1f s", rushRate,
                100 * rushRate / floorRate, registered.pct(50), registered.pct(95), rushSeconds), "at least half the floor, under 10 s",
                rushRate >= floorRate / 2 && rushSeconds < 10);
        System.out.printf("| rush outcome | %d confirmed, %d waitlisted at positions 1-%d, no session cookie | exact |%n", confirmed,
                positions.size(), positions.last());
        goal("check-in, " + STATIONS + " stations, 2,000 tickets", String.format("%.0f/s, p50 %.1f ms, p95 %.1f ms", scans.rate(), scans.pct(50),
                scans.pct(95)), "p95 under 50 ms", scans.pct(95) < 50);
        PageRounds.Result p200 = pages.get("200");
        PageRounds.Result p2000 = pages.get("2000");
        goal("attendees page, 200 / 2,000 registrants", String.format("p95 %.0f / %.0f ms (ratio %.2f; rounds %s / %s)", p200.p95(), p2000.p95(),
                p2000.p95() / p200.p95(), PageRounds.rounds(p200), PageRounds.rounds(p2000)), "ratio under 1.5", p2000.p95() / p200.p95() < 1.5);
        double quietP95 = percentile(quiet, 95);
        double busyP95 = percentile(busy, 95);
        goal("public event page, quiet / during the rush", String.format("p95 %.0f / %.0f ms (ratio %.2f, %d and %d requests)", quietP95, busyP95,
                busyP95 / quietP95, quiet.size(), busy.size()), "ratio under 1.5", busyP95 / quietP95 < 1.5);
        System.out.printf("| confirmations out of the outbox | all %d, %.1f s after the rush began | |%n", SEATS, mailSeconds);
        if (floorCpu.known()) {
            System.out.printf("| CPU per refused registration (floor) | %s | |%n", floorCpu.per(GUESTS));
            System.out.printf("| CPU per registration, warm-up rush (its first registrations: the JIT compiles) | %s | |%n", rushCpu.per(GUESTS));
            System.out.printf("| CPU per registration, measured rush (the public page read meanwhile) | %s | |%n", measuredCpu.per(GUESTS));
            System.out.printf("| half the floor's rate needs a registration in at most | %.2f ms of the machine's CPU (twice a refused one); it took %.2f ms | |%n",
                    2 * floorCpu.total() * 1000 / GUESTS, Math.min(rushCpu.total(), measuredCpu.total()) * 1000 / GUESTS);
        }
        if (enforce && !missed.isEmpty()) {
            throw new IllegalStateException("goals missed: " + missed);
        }
    }

    /**
     * CPU seconds used so far by the server's JVM, MariaDB and this JVM (Linux {@code /proc}; the pids come as
     * bench.serverPid and bench.dbPid, the clock ticks as bench.clockTicks): where a registration's time goes.
     */
    record Cpu(double server, double serverSystem, double jit, double db, double bench) {
        static Cpu now() {
            String server = System.getProperty("bench.serverPid", "");
            return new Cpu(seconds(server, true), seconds(server, false), compilers(server), seconds(System.getProperty("bench.dbPid", ""), true),
                    seconds(String.valueOf(ProcessHandle.current().pid()), true));
        }

        /** User and system time of a process ({@code all}), or its system time only. */
        static double seconds(String pid, boolean all) {
            return seconds(java.nio.file.Path.of("/proc", pid, "stat"), all);
        }

        static double seconds(java.nio.file.Path statFile, boolean all) {
            try {
                String stat = java.nio.file.Files.readString(statFile);
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // after the command come state (field 3) ... utime (field 14) and stime (field 15)
                long ticks = (all ? Long.parseLong(f[11]) : 0) + Long.parseLong(f[12]);
                return ticks / Double.parseDouble(System.getProperty("bench.clockTicks", "100"));
            } catch (java.io.IOException | RuntimeException unknown) {
                return Double.NaN;
            }
        }

        /** The time of the server JVM's JIT compiler threads (named "C1 CompilerThre…", "C2 CompilerThre…" by the JVM). */
        static double compilers(String pid) {
            try (java.util.stream.Stream<java.nio.file.Path> tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc", pid, "task"))) {
                double sum = 0;
                for (java.nio.file.Path task : tasks.toList()) {
                    String name;
                    try {
                        name = java.nio.file.Files.readString(task.resolve("comm")).trim();
                    } catch (java.io.IOException ended) {
                        continue;
                    }
                    if (name.matches("C[12] CompilerThre.*")) {
                        double t = seconds(task.resolve("stat"), true);
                        sum += Double.isNaN(t) ? 0 : t;
                    }
                }
                return sum;
            } catch (java.io.IOException | RuntimeException unknown) {
                return Double.NaN;
            }
        }

        Cpu minus(Cpu before) {
            return new Cpu(server - before.server, serverSystem - before.serverSystem, jit - before.jit, db - before.db, bench - before.bench);
        }

        boolean known() {
            return !Double.isNaN(server) && !Double.isNaN(db) && !Double.isNaN(bench);
        }

        double total() {
            return server + db + bench;
        }

        String per(int requests) {
            return String.format("server %.2f ms (%.2f ms in the kernel, %.2f ms compiling: the JIT), MariaDB %.2f ms, load generator %.2f ms: %.2f ms",
                    server * 1000 / requests, serverSystem * 1000 / requests, jit * 1000 / requests, db * 1000 / requests, bench * 1000 / requests,
                    total() * 1000 / requests);
        }
    }

    /** Seconds from {@code t0} until every mail of the event has left the outbox; fails after 10 minutes. */
    double untilSent(long event, long t0) throws Exception {
        long unsent = Long.MAX_VALUE;
        while (unsent > 0 && System.nanoTime() - t0 < Duration.ofMinutes(10).toNanos()) {
            try (Connection c = db(); Statement s = c.createStatement()) {
                unsent = single(s, "select count(*) from mail_outbox where topic = 'event:" + event + "' and sent_at is null");
            }
            if (unsent > 0) {
                Thread.sleep(200);
            }
        }
        if (unsent != 0) {
            throw new IllegalStateException(unsent + " mails of event " + event + " never left the outbox");
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** The ticket codes of the confirmed answers. */
    static List<String> tickets(Run run) {
        Pattern ticket = Pattern.compile("\"ticket\":\"([A-Z0-9]+)\"");
        List<String> codes = new ArrayList<>();
        for (Timed t : run.timed()) {
            Matcher m = ticket.matcher(t.answer().body());
            if (m.find()) {
                codes.add(m.group(1));
            }
        }
        return codes;
    }

    void goal(String what, String figure, String goal, boolean met) {
        System.out.printf("| %s | %s | %s: %s |%n", what, figure, goal, met ? "met" : "MISSED");
        if (!met) {
            missed.add(what);
        }
    }

    /** The attendees page shows its table and no error. */
    static Function<String, String> attendees() {
        return body -> body.contains("msg-error") || body.contains("errorText") ? "an error" : !body.contains("data-ri=\"") ? "no table rows" : null;
    }

    /** Warm-up rounds before each measured load (the floor and the rush alike). */
    static final int WARM_ROUNDS = 5;

    static String guest(String run, int i, boolean consent) {
        return "{\"name\":\"Invité " + i + "\",\"email\":\"" + run + "-" + i + "@bench.example\",\"consent\":" + consent + "}";
    }

    /** {@code count} requests from CLIENTS (or {@code clients}) threads, each on its own kept-alive connection. */
    Run load(int count, java.util.function.IntFunction<String> path, java.util.function.IntFunction<String> body, String token,
            int expected) throws Exception {
        return load(count, path, body, token, expected, CLIENTS);
    }

    Run load(int count, java.util.function.IntFunction<String> path, java.util.function.IntFunction<String> body, String token,
            int expected, int clients) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<Timed> done = new ConcurrentLinkedQueue<>();
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < clients; w++) {
            workers.add(pool.submit(() -> {
                try (Http1 client = new Http1(base)) {
                    gate.await();
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long t = System.nanoTime();
                        Http1.Answer a = client.post(path.apply(i), token, body.apply(i));
                        done.add(new Timed(System.nanoTime() - t, a));
                        PageRounds.expect(a.status(), "POST " + path.apply(i) + ": " + a.body(), expected);
                    }
                }
                return null;
            }));
        }
        long start = System.nanoTime();
        gate.countDown();
        for (Future<?> f : workers) {
            f.get();
        }
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        return new Run(new ArrayList<>(done), elapsed);
    }

    /** GETs of the public event page in a loop, for a while or as long as {@code running}; the times in nanoseconds. */
    List<Long> pageLoop(long event, Duration duration, AtomicBoolean running) throws Exception {
        List<Long> times = new ArrayList<>();
        long end = duration == null ? Long.MAX_VALUE : System.nanoTime() + duration.toNanos();
        try (Http1 client = new Http1(base)) {
            while (System.nanoTime() < end && (running == null || running.get())) {
                long t = System.nanoTime();
                Http1.Answer a = client.get("/public/event.xhtml?id=" + event, null);
                times.add(System.nanoTime() - t);
                PageRounds.expect(a.status(), "GET the public event page", 200);
                if (a.setCookie()) {
                    throw new IllegalStateException("the public event page set a cookie");
                }
            }
        }
        return times;
    }

    static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    /** A published event at the site, registration open, organised by {@code organiser}. */
    long event(String title, int capacity, long site, long organiser) throws Exception {
        Instant starts = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        try (Connection c = db()) {
            c.setAutoCommit(false);
            long id;
            try (PreparedStatement p = c.prepareStatement("insert into event (site_id, kind, status, title, language, starts_at, ends_at, "
                    + "registration_opens, registration_closes, capacity, created_by, created_at) values (?, 'SEMINAR', 'PUBLISHED', ?, 'fr', ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                p.setLong(1, site);
                p.setString(2, title);
                p.setTimestamp(3, Timestamp.from(starts));
                p.setTimestamp(4, Timestamp.from(starts.plus(4, ChronoUnit.HOURS)));
                p.setTimestamp(5, Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS)));
                p.setTimestamp(6, Timestamp.from(starts));
                p.setInt(7, capacity);
                p.setLong(8, organiser);
                p.setTimestamp(9, Timestamp.from(Instant.now()));
                p.executeUpdate();
                try (ResultSet k = p.getGeneratedKeys()) {
                    k.next();
                    id = k.getLong(1);
                }
            }
            try (PreparedStatement p = c.prepareStatement("insert into event_organiser (event_id, user_id) values (?, ?)")) {
                p.setLong(1, id);
                p.setLong(2, organiser);
                p.executeUpdate();
            }
            c.commit();
            return id;
        }
    }

    /** {@code count} confirmed registrations, written directly (the page measurement needs them, not their path). */
    void fill(long event, int count) throws Exception {
        try (Connection c = db()) {
            c.setAutoCommit(false);
            // ids as Totem takes them (V18): the row holds the highest id of the next block, whose 49 ids below it are
            // free too; moving it on by count keeps those count ids for these rows, the next block beginning above them
            long first;
            try (Statement s = c.createStatement()) {
                first = single(s, "select next_val from id_block where name = 'event_registration' for update") - 49;
                s.executeUpdate("update id_block set next_val = next_val + " + count + " where name = 'event_registration'");
            }
            try (PreparedStatement p = c.prepareStatement("insert into event_registration (id, event_id, name, email, language, source, status, "
                    + "live_event_id, ticket_code, personal_token, consent_at, registered_at, confirmed_at) values (?, ?, ?, ?, 'fr', 'GUEST', "
                    + "'CONFIRMED', ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    Timestamp at = Timestamp.from(Instant.now().minus(count - i, ChronoUnit.MINUTES));
                    p.setLong(1, first + i);
                    p.setLong(2, event);
                    p.setString(3, "Invité " + i);
                    p.setString(4, "fill" + event + "-" + i + "@bench.example");
                    p.setLong(5, event);
                    p.setString(6, UUID.randomUUID().toString().replace("-", "").substring(0, 26).toUpperCase());
                    p.setString(7, UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", ""));
                    p.setTimestamp(8, at);
                    p.setTimestamp(9, at);
                    p.setTimestamp(10, at);
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("update event set confirmed = ? where id = ?")) {
                p.setInt(1, count);
                p.setLong(2, event);
                p.executeUpdate();
            }
            c.commit();
        }
    }

    /** An API token of the organiser's, written as Totem writes them (its SHA-256 only). */
    String token(long userId) throws Exception {
        String secret = "tot_bench_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = db(); PreparedStatement p = c.prepareStatement(
                "insert into api_token (user_id, name, token_prefix, token_hash, created_at) values (?, 'bench', 'tot_', ?, ?)")) {
            p.setLong(1, userId);
            p.setString(2, eu.lorntech.totem.identity.control.SecretTokens.digest(secret));
            p.setTimestamp(3, Timestamp.from(Instant.now()));
            p.executeUpdate();
        }
        return secret;
    }

    Connection db() throws Exception {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    static long single(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
