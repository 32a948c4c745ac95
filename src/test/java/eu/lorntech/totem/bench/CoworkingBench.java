package eu.lorntech.totem.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The coworking benchmark of issue 4, against a running Totem on MariaDB (see .ci/bench-coworking.sh):
 * booking throughput and latency through the API with 32 clients next to the plain-JDBC ceiling
 * (after warm-up rounds, -Dbench.warmupRounds), with the CPU time per booking of WildFly (by kind of
 * thread) and MariaDB read from /proc (-Dbench.serverPid, -Dbench.dbPid), the floors of the stack
 * (GET /api/me) and of the booking path (a booking refused before any database work),
 * the contended case (32 clients, one slot), and the calendar and "My bookings" pages at 1,000 and
 * at 100,000 bookings. Prints its figures; asserts nothing but the invariants it relies on.
 */
public final class CoworkingBench {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final int CLIENTS = 32;
    static final int REQUESTS_PER_CLIENT = 60;
    static final int PAGE_SAMPLES = 60;
    /** The first day of the generated history; its calendar page is measured at both sizes. */
    static final LocalDate FIRST_DAY = LocalDate.now(PARIS).minusDays(200);

    final String base;
    final String jdbcUrl;
    long siteId;
    long unlimitedPlan;
    final List<Long> userIds = new ArrayList<>();
    final List<String> tokens = new ArrayList<>();
    long founderId;

    CoworkingBench(String base, String jdbcUrl) {
        this.base = base;
        this.jdbcUrl = jdbcUrl;
    }

    public static void main(String[] args) throws Exception {
        CoworkingBench bench = new CoworkingBench(args[0], args[1]);
        bench.run();
    }

    Connection db() throws Exception {
        return DriverManager.getConnection(jdbcUrl, "totem_bench", "totem_bench");
    }

    void run() throws Exception {
        setUp();
        List<Long> historyDesks = resources("Bench history desk ", 50);
        List<Long> apiDesks = resources("Bench API desk ", CLIENTS);
        List<Long> ceilingDesks = resources("Bench JDBC desk ", CLIENTS);
        Long contended = resources("Bench contended room ", 1).get(0);

        generateHistory(historyDesks, 1_000);
        double[] calendarSmall = pages("/coworking/calendar.xhtml?day=" + FIRST_DAY);
        double[] mineSmall = pages("/coworking/my-bookings.xhtml");
        generateHistory(historyDesks, 100_000);
        double[] calendarLarge = pages("/coworking/calendar.xhtml?day=" + FIRST_DAY);
        double[] mineLarge = pages("/coworking/my-bookings.xhtml");
        System.out.printf("bookings in the database: %d%n", count("select count(*) from booking"));

        Cpu before = Cpu.now();
        double[] sequential = sequential(resources("Bench sequential desk ", 1).get(0));
        Cpu sequentialCpu = Cpu.now().minus(before);
        // warm-up rounds run while the JIT compiles the booking path (on these 2 cores, as much CPU as
        // the requests themselves at first): printed, then the measured round on a warmer server
        for (int round = 1; round <= Integer.getInteger("bench.warmupRounds", 1); round++) {
            before = Cpu.now();
            double[] cold = apiThroughput(round == 1 ? apiDesks : resources("Bench API desk, round " + round + " ", CLIENTS));
            Cpu coldCpu = Cpu.now().minus(before);
            double coldCeiling = jdbcCeiling(round == 1 ? ceilingDesks : resources("Bench JDBC desk, round " + round + " ", CLIENTS));
            System.out.printf("warm-up round %d: API %.0f bookings/s (p50 %.1f ms, p95 %.1f ms), JDBC ceiling %.0f/s, "
                    + "WildFly CPU %.2f ms per booking (%s)%n", round, cold[0], cold[1], cold[2], coldCeiling,
                    coldCpu.serverMs / (CLIENTS * REQUESTS_PER_CLIENT), coldCpu.serverThreadsPerBooking(CLIENTS * REQUESTS_PER_CLIENT));
        }
        before = Cpu.now();
        double[] api = apiThroughput(resources("Bench API desk, warm ", CLIENTS));
        Cpu apiCpu = Cpu.now().minus(before);
        before = Cpu.now();
        double firstCeiling = jdbcCeiling(resources("Bench JDBC desk, warm ", CLIENTS));
        Cpu ceilingCpu = Cpu.now().minus(before);
        // one ceiling phase lasts under a second and moves with MariaDB's background work (purge, page
        // flushing after the API's phase): it runs 5 times in a row, the median is the reference
        List<Double> ceilings = new ArrayList<>(List.of(firstCeiling));
        for (int i = 2; i <= 5; i++) {
            ceilings.add(jdbcCeiling(resources("Bench JDBC desk, warm " + i + " ", CLIENTS)));
        }
        List<Double> sortedCeilings = new ArrayList<>(ceilings);
        Collections.sort(sortedCeilings);
        double ceiling = sortedCeilings.get(sortedCeilings.size() / 2);
        floor();
        before = Cpu.now();
        double[] floor = floor();
        Cpu floorCpu = Cpu.now().minus(before);
        refusedFloor();
        before = Cpu.now();
        double[] refused = refusedFloor();
        Cpu refusedCpu = Cpu.now().minus(before);
        contended(contended);

        System.out.println();
        System.out.printf("API booking, warm server, %d clients on distinct slots: %.0f bookings/s, p50 %.1f ms, p95 %.1f ms (%d requests)%n",
                CLIENTS, api[0], api[1], api[2], CLIENTS * REQUESTS_PER_CLIENT);
        System.out.printf("API booking, one client, one request at a time: p50 %.1f ms, p95 %.1f ms (%d requests)%n",
                sequential[0], sequential[1], REQUESTS_PER_CLIENT);
        System.out.printf("JDBC ceiling, same rows (booking, 4 quarter-hour claims, revision, its entity name, audit row), %d threads: "
                + "%.0f bookings/s just after the API's round, median of %d rounds in a row %.0f/s (%.0f to %.0f) -> API at %.0f%% of the "
                + "median ceiling (%.0f%% of the first)%n", CLIENTS, firstCeiling, ceilings.size(), ceiling, sortedCeilings.get(0),
                sortedCeilings.get(sortedCeilings.size() - 1), 100 * api[0] / ceiling, 100 * api[0] / firstCeiling);
        int n = CLIENTS * REQUESTS_PER_CLIENT;
        System.out.printf("floor of the stack, GET /api/me with %d clients: %.0f requests/s (%.0f%% of the median ceiling), p50 %.1f ms, p95 %.1f ms; "
                + "CPU per request: WildFly %.2f ms (%s), MariaDB %.2f ms, load generator %.2f ms%n", CLIENTS, floor[0],
                100 * floor[0] / ceiling, floor[1], floor[2], floorCpu.serverMs / n, floorCpu.serverThreadsPerBooking(n), floorCpu.dbMs / n,
                floorCpu.selfMs / n);
        System.out.printf("floor of the booking path, POST /api/bookings refused before any database work (400), %d clients: %.0f requests/s "
                + "(%.0f%% of the median ceiling), p50 %.1f ms, p95 %.1f ms; CPU per request: WildFly %.2f ms (%s), MariaDB %.2f ms, load generator %.2f ms%n",
                CLIENTS, refused[0], 100 * refused[0] / ceiling, refused[1], refused[2], refusedCpu.serverMs / n,
                refusedCpu.serverThreadsPerBooking(n), refusedCpu.dbMs / n, refusedCpu.selfMs / n);
        System.out.printf("CPU per booking, API with %d clients: WildFly %.2f ms, MariaDB %.2f ms, load generator %.2f ms; "
                + "other processes used %.1f CPU-s during the %.1f s phase%n", CLIENTS, apiCpu.serverMs / n, apiCpu.dbMs / n,
                apiCpu.selfMs / n, apiCpu.otherMs / 1000, apiCpu.wallMs / 1000);
        System.out.printf("  WildFly's share by thread: %s%n", apiCpu.serverThreadsPerBooking(n));
        System.out.printf("CPU per booking, API one at a time: WildFly %.2f ms, MariaDB %.2f ms%n",
                sequentialCpu.serverMs / REQUESTS_PER_CLIENT, sequentialCpu.dbMs / REQUESTS_PER_CLIENT);
        System.out.printf("CPU per booking, JDBC ceiling: MariaDB %.2f ms, load generator %.2f ms; other processes used %.1f CPU-s "
                + "during the %.1f s phase%n", ceilingCpu.dbMs / n, ceilingCpu.selfMs / n, ceilingCpu.otherMs / 1000, ceilingCpu.wallMs / 1000);
        System.out.printf("calendar day page p95: %.1f ms at 1,000 bookings, %.1f ms at 100,000 (ratio %.2f)%n",
                calendarSmall[1], calendarLarge[1], calendarLarge[1] / calendarSmall[1]);
        System.out.printf("my bookings page p95: %.1f ms at 1,000 bookings, %.1f ms at 100,000 (ratio %.2f)%n",
                mineSmall[1], mineLarge[1], mineLarge[1] / mineSmall[1]);
    }

    void setUp() throws Exception {
        try (Connection c = db(); Statement s = c.createStatement()) {
            siteId = single(s, "select id from site where code = 'thionville'");
            unlimitedPlan = single(s, "select id from plan where site_id = " + siteId + " and unlimited = true");
            founderId = single(s, "select id from app_user where email = 'fondatrice@totem.example'");
            String run = Long.toString(System.nanoTime(), 36);
            try (PreparedStatement user = c.prepareStatement("insert into app_user (email, display_name, preferred_language, active, "
                    + "home_site_id, created_at) values (?, ?, 'fr', true, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement role = c.prepareStatement("insert into user_role (user_id, role, site_id) values (?, 'MEMBER', null)");
                 PreparedStatement sub = c.prepareStatement("insert into subscription (user_id, plan_id, starts_on) values (?, ?, ?)");
                 PreparedStatement token = c.prepareStatement("insert into api_token (user_id, name, token_prefix, token_hash, created_at) "
                         + "values (?, 'bench', 'tot_', ?, ?)")) {
                for (int i = 0; i < CLIENTS + 1; i++) {
                    user.setString(1, "bench-" + run + "-" + i + "@example.org");
                    user.setString(2, "Bench " + i);
                    user.setLong(3, siteId);
                    user.setTimestamp(4, Timestamp.from(Instant.now()));
                    user.executeUpdate();
                    ResultSet keys = user.getGeneratedKeys();
                    keys.next();
                    long id = keys.getLong(1);
                    userIds.add(id);
                    role.setLong(1, id);
                    role.executeUpdate();
                    sub.setLong(1, id);
                    sub.setLong(2, unlimitedPlan);
                    sub.setObject(3, LocalDate.now(PARIS).minusYears(2));
                    sub.executeUpdate();
                    String secret = "tot_bench" + run + "x" + i + "y0123456789012345678901234567890";
                    token.setLong(1, id);
                    token.setString(2, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8))));
                    token.setTimestamp(3, Timestamp.from(Instant.now()));
                    token.executeUpdate();
                    tokens.add(secret);
                }
            }
        }
    }

    List<Long> resources(String prefix, int n) throws Exception {
        List<Long> ids = new ArrayList<>();
        String run = Long.toString(System.nanoTime(), 36);
        try (Connection c = db(); PreparedStatement p = c.prepareStatement("insert into resource (site_id, kind, name, capacity, "
                + "min_minutes, max_minutes, buffer_minutes, requires_badge, active) values (?, 'HOT_DESK', ?, 1, 30, 660, 0, false, true)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < n; i++) {
                p.setLong(1, siteId);
                p.setString(2, prefix + run + " " + i);
                p.executeUpdate();
                ResultSet k = p.getGeneratedKeys();
                k.next();
                ids.add(k.getLong(1));
            }
        }
        return ids;
    }

    /**
     * Fills the history desks hour by hour (8:00-19:00) from 200 days ago, in a fixed order, until the
     * table holds {@code target} bookings; one in ten belongs to the demo founder, whose pages are measured.
     */
    void generateHistory(List<Long> desks, long target) throws Exception {
        long toAdd = target - count("select count(*) from booking");
        String in = desks.toString().replace('[', '(').replace(']', ')');
        long position = count("select count(*) from booking where resource_id in " + in);
        long t0 = System.nanoTime();
        try (Connection c = db()) {
            c.setAutoCommit(false);
            PreparedStatement booking = c.prepareStatement("insert into booking (resource_id, user_id, starts_at, ends_at, blocked_until, "
                    + "status, credit_minutes, booked_by, created_at) values (?, ?, ?, ?, ?, 'CONFIRMED', 60, 'bench', ?)",
                    Statement.RETURN_GENERATED_KEYS);
            PreparedStatement slot = c.prepareStatement("insert into booking_slot (resource_id, slot_start, booking_id) values (?, ?, ?)");
            LocalDate first = FIRST_DAY;
            for (long i = position; i < position + toAdd; i++) {
                long day = i / (11L * desks.size());
                int hour = 8 + (int) (i / desks.size() % 11);
                Long desk = desks.get((int) (i % desks.size()));
                Instant start = first.plusDays(day).atTime(hour, 0).atZone(PARIS).toInstant();
                long user = i % 10 == 0 ? founderId : userIds.get((int) (i % userIds.size()));
                booking.setLong(1, desk);
                booking.setLong(2, user);
                booking.setTimestamp(3, Timestamp.from(start));
                booking.setTimestamp(4, Timestamp.from(start.plusSeconds(3600)));
                booking.setTimestamp(5, Timestamp.from(start.plusSeconds(3600)));
                booking.setTimestamp(6, Timestamp.from(start.minusSeconds(86_400)));
                booking.executeUpdate();
                ResultSet k = booking.getGeneratedKeys();
                k.next();
                long id = k.getLong(1);
                for (int q = 0; q < 4; q++) {
                    slot.setLong(1, desk);
                    slot.setTimestamp(2, Timestamp.from(start.plusSeconds(900L * q)));
                    slot.setLong(3, id);
                    slot.addBatch();
                }
                if (i % 1000 == 999) {
                    slot.executeBatch();
                    c.commit();
                }
            }
            slot.executeBatch();
            c.commit();
            System.out.printf("generated %d bookings in %.1f s%n", toAdd, (System.nanoTime() - t0) / 1e9);
        }
    }

    /** p50 and p95 (ms) of a page for the demo founder, signed in. */
    double[] pages(String path) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher vs = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(login);
        vs.find();
        String form = "login=login&login%3Aemail=fondatrice%40totem.example&login%3Apassword=demo-totem-2026&login%3Asubmit=x"
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(vs.group(1), StandardCharsets.UTF_8);
        http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < PAGE_SAMPLES + 10; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() != 200 || r.uri().getPath().endsWith("/login.xhtml")) {
                throw new IllegalStateException(path + " answered " + r.statusCode() + " at " + r.uri());
            }
            if (i >= 10) {
                times.add(ms);
            }
        }
        Collections.sort(times);
        double[] p = {times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.95) - 1)};
        System.out.printf("%s: p50 %.1f ms, p95 %.1f ms (%d samples after 10 warm-up)%n", path, p[0], p[1], times.size());
        return p;
    }

    /** One client, one request at a time: the cost of a booking without any contention. */
    double[] sequential(Long desk) throws Exception {
        List<Double> times = new ArrayList<>();
        try (Http1 http = new Http1(base)) {
            for (Instant start : futureHours(REQUESTS_PER_CLIENT)) {
                long t0 = System.nanoTime();
                Http1.Answer r = http.post("/api/bookings", tokens.get(CLIENTS), bookingJson(desk, start));
                times.add((System.nanoTime() - t0) / 1e6);
                if (r.status() != 201) {
                    throw new IllegalStateException("sequential booking answered " + r.status() + ": " + r.body());
                }
            }
        }
        Collections.sort(times);
        return new double[] {times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.95) - 1)};
    }

    static String bookingJson(Long desk, Instant start) {
        return "{\"resourceId\":" + desk + ",\"start\":\"" + start + "\",\"end\":\"" + start.plusSeconds(3600) + "\"}";
    }

    /** Each client books consecutive free hours of its own desk through POST /api/bookings. */
    double[] apiThroughput(List<Long> desks) throws Exception {
        return concurrently(client -> {
            List<Instant> slots = futureHours(REQUESTS_PER_CLIENT);
            return i -> client.http.post("/api/bookings", tokens.get(client.index), bookingJson(desks.get(client.index), slots.get(i)));
        }, 201);
    }

    /**
     * The floor of the stack: the cheapest authenticated API call (GET /api/me: HTTP, the token
     * check, JAX-RS, JSON-B and one read by primary key), as many times and as concurrently as the
     * bookings. The booking path cannot be cheaper than this.
     */
    double[] floor() throws Exception {
        return concurrently(client -> i -> client.http.get("/api/me", tokens.get(client.index)), 200);
    }

    /**
     * The floor of the booking path itself: POST /api/bookings refused for an end before the start,
     * after HTTP, the token check, JAX-RS, JSON-B and the EJB's transaction, but before any database
     * work, answered as a 400 problem. A booking costs this plus its database work.
     */
    double[] refusedFloor() throws Exception {
        Instant start = futureHours(1).get(0);
        return concurrently(client -> i -> client.http.post("/api/bookings", tokens.get(client.index),
                "{\"resourceId\":1,\"start\":\"" + start + "\",\"end\":\"" + start.minusSeconds(3600) + "\"}"), 400);
    }

    /** A client thread of the load generator: its index and its own kept-alive connection. */
    record Client(int index, Http1 http) {
    }

    interface Call {
        Http1.Answer send(int request) throws Exception;
    }

    interface Script {
        Call prepare(Client client) throws Exception;
    }

    /** CLIENTS threads, REQUESTS_PER_CLIENT requests each, started together: throughput, p50, p95. */
    double[] concurrently(Script script, int expected) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int index = c;
            done.add(pool.submit(() -> {
                try (Http1 http = new Http1(base)) {
                    Call call = script.prepare(new Client(index, http));
                    gate.await();
                    for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
                        long t0 = System.nanoTime();
                        Http1.Answer r = call.send(i);
                        latencies.add((System.nanoTime() - t0) / 1e6);
                        if (r.status() != expected) {
                            failures.incrementAndGet();
                            System.out.println("unexpected " + r.status() + ": " + r.body());
                        }
                    }
                }
                return null;
            }));
        }
        long t0 = System.nanoTime();
        gate.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        int ok = sorted.size() - failures.get();
        return new double[] {ok / seconds, sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1)};
    }

    /**
     * The same rows as a booking through the API, inserted by plain JDBC, one transaction each: the
     * booking, its four quarter-hour claims (one batch), and its audit trail as Envers writes it (the
     * revision, the revision's entity name, the booking's audit row).
     */
    double jdbcCeiling(List<Long> desks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Integer>> done = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            done.add(pool.submit(() -> {
                try (Connection con = db()) {
                    con.setAutoCommit(false);
                    PreparedStatement booking = con.prepareStatement("insert into booking (resource_id, user_id, starts_at, ends_at, blocked_until, "
                            + "status, credit_minutes, booked_by, created_at) values (?, ?, ?, ?, ?, 'CONFIRMED', 60, 'bench', ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement slot = con.prepareStatement("insert into booking_slot (resource_id, slot_start, booking_id) values (?, ?, ?)");
                    PreparedStatement revision = con.prepareStatement("insert into audit_revision (timestamp, username) values (?, 'bench')",
                            Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement entity = con.prepareStatement("insert into audit_revision_entity (revision_id, entity_name) "
                            + "values (?, 'eu.lorntech.totem.coworking.entity.Booking')");
                    PreparedStatement audit = con.prepareStatement("insert into booking_aud (id, rev, revtype, resource_id, user_id, starts_at, "
                            + "ends_at, blocked_until, status, credit_minutes, booked_by, created_at) values (?, ?, 0, ?, ?, ?, ?, ?, 'CONFIRMED', 60, 'bench', ?)");
                    gate.await();
                    int n = 0;
                    for (Instant start : futureHours(REQUESTS_PER_CLIENT)) {
                        Timestamp from = Timestamp.from(start);
                        Timestamp to = Timestamp.from(start.plusSeconds(3600));
                        Timestamp now = Timestamp.from(Instant.now());
                        booking.setLong(1, desks.get(client));
                        booking.setLong(2, userIds.get(client));
                        booking.setTimestamp(3, from);
                        booking.setTimestamp(4, to);
                        booking.setTimestamp(5, to);
                        booking.setTimestamp(6, now);
                        booking.executeUpdate();
                        ResultSet k = booking.getGeneratedKeys();
                        k.next();
                        long id = k.getLong(1);
                        for (int q = 0; q < 4; q++) {
                            slot.setLong(1, desks.get(client));
                            slot.setTimestamp(2, Timestamp.from(start.plusSeconds(900L * q)));
                            slot.setLong(3, id);
                            slot.addBatch();
                        }
                        slot.executeBatch();
                        revision.setLong(1, System.currentTimeMillis());
                        revision.executeUpdate();
                        ResultSet r = revision.getGeneratedKeys();
                        r.next();
                        long rev = r.getLong(1);
                        entity.setLong(1, rev);
                        entity.executeUpdate();
                        audit.setLong(1, id);
                        audit.setLong(2, rev);
                        audit.setLong(3, desks.get(client));
                        audit.setLong(4, userIds.get(client));
                        audit.setTimestamp(5, from);
                        audit.setTimestamp(6, to);
                        audit.setTimestamp(7, to);
                        audit.setTimestamp(8, now);
                        audit.executeUpdate();
                        con.commit();
                        n++;
                    }
                    return n;
                }
            }));
        }
        long t0 = System.nanoTime();
        gate.countDown();
        int total = 0;
        for (Future<Integer> f : done) {
            total += f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        return total / seconds;
    }

    /** 32 clients, one slot: exactly one winner. */
    void contended(Long room) throws Exception {
        HttpClient http = HttpClient.newBuilder().build();
        Instant start = futureHours(1).get(0);
        String body = "{\"resourceId\":" + room + ",\"start\":\"" + start + "\",\"end\":\"" + start.plusSeconds(3600) + "\"}";
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Integer>> done = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            String token = tokens.get(c);
            done.add(pool.submit(() -> {
                gate.await();
                return http.send(HttpRequest.newBuilder(URI.create(base + "/api/bookings")).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            }));
        }
        long t0 = System.nanoTime();
        gate.countDown();
        int winners = 0;
        int conflicts = 0;
        for (Future<Integer> f : done) {
            int s = f.get();
            winners += s == 201 ? 1 : 0;
            conflicts += s == 409 ? 1 : 0;
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        pool.shutdown();
        long rows = count("select count(*) from booking where resource_id = " + room);
        System.out.printf("contended: %d clients on one slot -> %d winner(s), %d conflicts (409), %d booking(s) in the database, %.0f ms%n",
                CLIENTS, winners, conflicts, rows, ms);
        if (winners != 1 || rows != 1) {
            throw new IllegalStateException("the invariant broke: " + winners + " winners, " + rows + " rows");
        }
    }

    /** Free weekday hours from tomorrow on, inside the demo's opening hours (8:00-19:00) and horizon (60 days). */
    static List<Instant> futureHours(int n) {
        List<Instant> hours = new ArrayList<>();
        LocalDate d = LocalDate.now(PARIS).plusDays(1);
        while (hours.size() < n) {
            boolean holiday = d.getMonthValue() == 12 && (d.getDayOfMonth() == 25 || d.getDayOfMonth() == 26)
                    || d.getMonthValue() == 1 && d.getDayOfMonth() == 1;
            if (d.getDayOfWeek().getValue() <= 5 && !holiday) {
                for (int h = 8; h < 19 && hours.size() < n; h++) {
                    hours.add(d.atTime(h, 0).atZone(PARIS).toInstant());
                }
            }
            d = d.plusDays(1);
        }
        return hours;
    }

    long count(String sql) throws Exception {
        try (Connection c = db(); Statement s = c.createStatement()) {
            return single(s, sql);
        }
    }

    static long single(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * CPU time (ms) of the server's JVM, of MariaDB and of this load generator, read from /proc, and
     * of every other process on the machine: a figure per booking that another build running on the
     * same cores does not distort, unlike a throughput. Zeros where /proc or the pids are missing.
     */
    record Cpu(double serverMs, double dbMs, double selfMs, double otherMs, double wallMs, java.util.Map<String, Double> serverThreads) {
        static final long TICK_MS = 1000 / Long.getLong("bench.clockTicks", 100);

        static Cpu now() {
            long pid = Long.getLong("bench.serverPid", 0);
            double server = ticks("/proc/" + pid + "/stat");
            double db = ticks("/proc/" + Long.getLong("bench.dbPid", 0) + "/stat");
            double self = ticks("/proc/self/stat");
            double busy = machineBusyTicks();
            return new Cpu(server * TICK_MS, db * TICK_MS, self * TICK_MS, (busy - server - db - self) * TICK_MS, System.nanoTime() / 1e6,
                    threads(pid));
        }

        Cpu minus(Cpu earlier) {
            java.util.Map<String, Double> t = new java.util.TreeMap<>(serverThreads);
            earlier.serverThreads.forEach((k, v) -> t.merge(k, -v, Double::sum));
            return new Cpu(serverMs - earlier.serverMs, dbMs - earlier.dbMs, selfMs - earlier.selfMs, otherMs - earlier.otherMs,
                    wallMs - earlier.wallMs, t);
        }

        String serverThreadsPerBooking(int bookings) {
            StringBuilder b = new StringBuilder();
            serverThreads.forEach((k, v) -> b.append(String.format("%s %.2f ms, ", k, v / bookings)));
            return b.length() == 0 ? "n/a" : b.substring(0, b.length() - 2);
        }

        /** The server's CPU by kind of thread: request workers, I/O, JIT compilers, GC, the rest. */
        static java.util.Map<String, Double> threads(long pid) {
            java.util.Map<String, Double> m = new java.util.TreeMap<>();
            try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
                tasks.forEach(t -> {
                    try {
                        String stat = Files.readString(t.resolve("stat"));
                        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                        String kind = name.startsWith("default task") ? "requests" : name.startsWith("default I/O") ? "I/O"
                                : name.contains("Compiler") ? "JIT" : name.startsWith("G1") || name.startsWith("GC") ? "GC" : "other";
                        m.merge(kind, ticks(t.resolve("stat").toString()) * TICK_MS, Double::sum);
                    } catch (Exception gone) {
                        // the thread ended meanwhile
                    }
                });
            } catch (Exception noProc) {
                // no /proc here
            }
            return m;
        }

        /** utime + stime of a process; the fields after the command name, which may hold spaces. */
        static double ticks(String statFile) {
            try {
                String stat = Files.readString(Path.of(statFile));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[11]) + Long.parseLong(f[12]);
            } catch (Exception | Error e) {
                return 0;
            }
        }

        /** All cores' time that was neither idle nor waiting for I/O. */
        static double machineBusyTicks() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long busy = 0;
                for (int i = 1; i < Math.min(f.length, 9); i++) {
                    busy += i == 4 || i == 5 ? 0 : Long.parseLong(f[i]);
                }
                return busy;
            } catch (Exception e) {
                return 0;
            }
        }
    }
}
