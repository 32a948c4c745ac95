package eu.lorntech.totem.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Programmes benchmark (issue 5), against a running Totem on MariaDB: generates by JDBC a programme of
 * 50 startups (4 cohorts) and one of 500 startups (40 cohorts), each startup with 8 milestones and
 * 12 quarters of KPIs, and a call per programme with as many submitted applications, each scored by 3
 * jurors on 3 criteria, and an empty programme with an empty call (the floor: the same pages without
 * data). Then measures the programme dashboard and the applications table at each size in rounds
 * ({@link PageRounds}: the same warm-up for each size, the order alternating), signed in as the demo
 * programme manager, checks that each page shows its data, and prints per size the median of the
 * rounds' p50/p95 and the ratio 500/50 (goal: p95 under 300 ms and a ratio under 2).
 */
public class ProgrammeBench {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    final String base;
    final String jdbcUrl;
    final String user;
    final String password;

    ProgrammeBench(String base, String jdbcUrl, String user, String password) {
        this.base = base;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    public static void main(String[] args) throws Exception {
        new ProgrammeBench(args[0], args[1], args[2], args[3]).run();
    }

    record Generated(long programme, long call) {
    }

    void run() throws Exception {
        Generated empty = generate("Bench 0", 0, 0);
        Generated small = generate("Bench 50", 50, 4);
        Generated large = generate("Bench 500", 500, 40);
        HttpClient http = signedIn("programmes@totem.example");
        PageRounds rounds = new PageRounds(base);
        System.out.printf("%d rounds of %d warm-up and %d measured requests per page and size, the order reversed every other round%n",
                PageRounds.ROUNDS, PageRounds.WARM_UP, PageRounds.SAMPLES);
        System.out.println("programme dashboard:");
        Map<String, PageRounds.Result> dash = rounds.measure(List.of(
                new PageRounds.Variant("empty", http, "/programme/dashboard.xhtml?programme=" + empty.programme(), cohorts(0)),
                new PageRounds.Variant("50", http, "/programme/dashboard.xhtml?programme=" + small.programme(), cohorts(4)),
                new PageRounds.Variant("500", http, "/programme/dashboard.xhtml?programme=" + large.programme(), cohorts(40))));
        System.out.println("applications table:");
        Map<String, PageRounds.Result> apps = rounds.measure(List.of(
                new PageRounds.Variant("empty", http, "/programme/applications.xhtml?call=" + empty.call(), tableRows(0)),
                new PageRounds.Variant("50", http, "/programme/applications.xhtml?call=" + small.call(), tableRows(20)),
                new PageRounds.Variant("500", http, "/programme/applications.xhtml?call=" + large.call(), tableRows(20))));
        System.out.println();
        System.out.println("| page (median of the rounds) | p95 empty (floor) | p95 at 50 startups | p95 at 500 startups | ratio 500/50 | p95 of each round at 50 / 500 |");
        System.out.println("|---|---|---|---|---|---|");
        row("programme dashboard", dash);
        row("applications table (first page of 20)", apps);
    }

    static void row(String page, Map<String, PageRounds.Result> r) {
        PageRounds.Result floor = r.get("empty");
        PageRounds.Result small = r.get("50");
        PageRounds.Result large = r.get("500");
        System.out.printf("| %s | %.0f ms (p50 %.0f) | %.0f ms (p50 %.0f) | %.0f ms (p50 %.0f) | %.2f | %s / %s ms |%n", page, floor.p95(), floor.p50(),
                small.p95(), small.p50(), large.p95(), large.p50(), large.p95() / small.p95(), PageRounds.rounds(small), PageRounds.rounds(large));
    }

    /** The dashboard shows the programme's cohorts (a link to each), and no error. */
    static Function<String, String> cohorts(int expected) {
        return body -> {
            int links = count(body, "&amp;cohort=");
            return body.contains("msg-error") || body.contains("id=\"notManager\"") ? "an error or 'not a manager'"
                    : links < expected ? links + " cohort links, expected " + expected : null;
        };
    }

    /** The applications table shows this many rows on its first page, and no error. */
    static Function<String, String> tableRows(int expected) {
        return body -> {
            int rows = count(body, "data-ri=\"");
            return body.contains("msg-error") ? "an error" : rows != expected ? rows + " rows, expected " + expected : null;
        };
    }

    static int count(String body, String what) {
        int n = 0;
        for (int i = body.indexOf(what); i >= 0; i = body.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    Connection db() throws Exception {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    /** A programme at Thi'Pi with its cohorts, startups, milestones, 12 quarters of KPIs and a scored call. */
    Generated generate(String name, int startups, int cohorts) throws Exception {
        long t0 = System.nanoTime();
        Random random = new Random(startups);
        LocalDate today = LocalDate.now(PARIS);
        try (Connection c = db(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            long site = single(s, "select id from site where code = 'thionville'");
            long founder = single(s, "select id from app_user where email = 'fondatrice@totem.example'");
            long[] jurors = {single(s, "select id from app_user where email = 'mentor@totem.example'"),
                single(s, "select id from app_user where email = 'admin@totem.example'"),
                single(s, "select id from app_user where email = 'entreprise@totem.example'")};
            long programme = insert(c, "insert into programme (site_id, kind, name) values (?, 'INCUBATION', ?)", site, name);
            long[] templates = new long[8];
            for (int t = 0; t < 8; t++) {
                templates[t] = insert(c, "insert into milestone_template (programme_id, sort_order, title, weeks_after_start) values (?, ?, ?, ?)",
                        programme, t + 1, "Étape " + (t + 1), 6 * (t + 1));
            }
            // KPI quarters: the 12 quarters that ended last
            int[] quarters = new int[12];
            LocalDate q = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).minusMonths(3);
            for (int i = 11; i >= 0; i--) {
                quarters[i] = q.getYear() * 10 + (q.getMonthValue() - 1) / 3 + 1;
                q = q.minusMonths(3);
            }
            PreparedStatement startup = c.prepareStatement("insert into startup (cohort_id, name, founder_id, joined_on) values (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            PreparedStatement milestone = c.prepareStatement("insert into milestone (startup_id, template_id, title, due_on, done_on) values (?, ?, ?, ?, ?)");
            PreparedStatement kpi = c.prepareStatement("insert into kpi_report (startup_id, quarter, revenue, jobs, funds_raised, customers, "
                    + "reported_at, reported_by) values (?, ?, ?, ?, ?, ?, ?, ?)");
            int perCohort = cohorts == 0 ? 0 : startups / cohorts;
            for (int k = 0; k < cohorts; k++) {
                LocalDate start = today.minusWeeks(10L + k * 4L);
                long cohort = insert(c, "insert into cohort (programme_id, name, starts_on, ends_on) values (?, ?, ?, ?)",
                        programme, "Promotion " + (k + 1), Date.valueOf(start), Date.valueOf(start.plusWeeks(52)));
                for (int n = 0; n < perCohort; n++) {
                    startup.setLong(1, cohort);
                    startup.setString(2, "Startup " + (k + 1) + "-" + (n + 1));
                    startup.setLong(3, founder);
                    startup.setDate(4, Date.valueOf(start));
                    startup.executeUpdate();
                    ResultSet key = startup.getGeneratedKeys();
                    key.next();
                    long id = key.getLong(1);
                    for (int t = 0; t < 8; t++) {
                        LocalDate due = start.plusWeeks(6L * (t + 1));
                        milestone.setLong(1, id);
                        milestone.setLong(2, templates[t]);
                        milestone.setString(3, "Étape " + (t + 1));
                        milestone.setDate(4, Date.valueOf(due));
                        milestone.setDate(5, due.isBefore(today) && random.nextInt(10) < 7 ? Date.valueOf(due) : null);
                        milestone.addBatch();
                    }
                    milestone.executeBatch();
                    for (int i = 0; i < 12; i++) {
                        if (i == 11 && random.nextInt(10) == 0) {
                            continue;
                        }
                        kpi.setLong(1, id);
                        kpi.setInt(2, quarters[i]);
                        kpi.setBigDecimal(3, java.math.BigDecimal.valueOf(1000L * i * (1 + random.nextInt(20))));
                        kpi.setInt(4, 1 + i / 3);
                        kpi.setBigDecimal(5, java.math.BigDecimal.valueOf(i == 6 ? 100_000L : 0L));
                        kpi.setInt(6, 3 * i);
                        kpi.setTimestamp(7, Timestamp.from(Instant.now()));
                        kpi.setLong(8, founder);
                        kpi.addBatch();
                    }
                    kpi.executeBatch();
                }
                c.commit();
            }
            Instant now = Instant.now();
            // a call's questions are a form of the shared engine (V10_7): the call points at its own
            long form = insert(c, "insert into form (purpose) values ('CALL')");
            long call = insert(c, "insert into call_for_applications (programme_id, title, opens_at, closes_at, anonymous_review, form_id)"
                    + " values (?, ?, ?, ?, false, ?)", programme, "Appel " + name, Timestamp.from(now.minusSeconds(86_400 * 30)), Timestamp.from(now.plusSeconds(86_400 * 30)), form);
            long[] criteria = {insert(c, "insert into criterion (call_id, name, weight) values (?, 'Équipe', 3)", call),
                insert(c, "insert into criterion (call_id, name, weight) values (?, 'Marché', 2)", call),
                insert(c, "insert into criterion (call_id, name, weight) values (?, 'Impact', 1)", call)};
            PreparedStatement score = c.prepareStatement("insert into score (assignment_id, criterion_id, points) values (?, ?, ?)");
            for (int a = 0; a < startups; a++) {
                long response = insert(c, "insert into form_response (form_id) values (?)", form);
                long application = insert(c, "insert into application (call_id, founder_id, project_name, summary, status, submitted_at, response_id) "
                        + "values (?, ?, ?, 'Résumé', 'SUBMITTED', ?, ?)", call, founder, "Projet " + (a + 1), Timestamp.from(now.minusSeconds(3600L * a)),
                        response);
                for (long juror : jurors) {
                    long assignment = insert(c, "insert into jury_assignment (application_id, juror_id) values (?, ?)", application, juror);
                    for (long criterion : criteria) {
                        score.setLong(1, assignment);
                        score.setLong(2, criterion);
                        score.setInt(3, random.nextInt(11));
                        score.addBatch();
                    }
                }
                score.executeBatch();
            }
            c.commit();
            System.out.printf("generated %s: %d startups in %d cohorts, %d milestones, %d KPI reports, %d scored applications in %.1f s%n",
                    name, startups, cohorts, startups * 8, single(s, "select count(*) from kpi_report k join startup t on t.id = k.startup_id "
                            + "join cohort h on h.id = t.cohort_id where h.programme_id = " + programme), startups, (System.nanoTime() - t0) / 1e9);
            return new Generated(programme, call);
        }
    }

    long insert(Connection c, String sql, Object... args) throws Exception {
        try (PreparedStatement p = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            p.executeUpdate();
            try (ResultSet k = p.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    HttpClient signedIn(String email) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        PageRounds.expect(page.statusCode(), "GET /login.xhtml", 200);
        String login = page.body();
        Matcher vs = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(login);
        if (!vs.find()) {
            throw new IllegalStateException("no sign-in form");
        }
        String form = "login=login&login%3Aemail=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&login%3Apassword=demo-totem-2026"
                + "&login%3Asubmit=x&jakarta.faces.ViewState=" + URLEncoder.encode(vs.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signed = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        PageRounds.expect(signed.statusCode(), "signing in as " + email, 200);
        if (signed.uri().getPath().endsWith("/login.xhtml")) {
            throw new IllegalStateException("signing in as " + email + " failed: still on the sign-in page");
        }
        return http;
    }

    static long single(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
