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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Programmes benchmark (issue 5), against a running Totem on MariaDB: generates by JDBC a programme of
 * 50 startups (4 cohorts) and one of 500 startups (40 cohorts), each startup with 8 milestones and
 * 12 quarters of KPIs, and a call per programme with as many submitted applications, each scored by 3
 * jurors on 3 criteria. Then prints p50/p95 of the programme dashboard and of the applications table
 * for each size, signed in as the demo programme manager, and the ratio 500/50 (goal: p95 under
 * 300 ms and a ratio under 2).
 */
public class ProgrammeBench {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final int SAMPLES = 60;
    static final int WARM_UP = 10;

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
        Generated small = generate("Bench 50", 50, 4);
        Generated large = generate("Bench 500", 500, 40);
        HttpClient http = signedIn("programmes@totem.example");
        double[] dash50 = page(http, "/programme/dashboard.xhtml?programme=" + small.programme());
        double[] dash500 = page(http, "/programme/dashboard.xhtml?programme=" + large.programme());
        double[] apps50 = page(http, "/programme/applications.xhtml?call=" + small.call());
        double[] apps500 = page(http, "/programme/applications.xhtml?call=" + large.call());
        System.out.println();
        System.out.println("| page | p95 at 50 startups | p95 at 500 startups | ratio |");
        System.out.println("|---|---|---|---|");
        System.out.printf("| programme dashboard | %.0f ms | %.0f ms | %.2f |%n", dash50[1], dash500[1], dash500[1] / dash50[1]);
        System.out.printf("| applications table (first page of 20) | %.0f ms | %.0f ms | %.2f |%n", apps50[1], apps500[1], apps500[1] / apps50[1]);
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
            int perCohort = startups / cohorts;
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
            long call = insert(c, "insert into call_for_applications (programme_id, title, opens_at, closes_at, anonymous_review) values (?, ?, ?, ?, false)",
                    programme, "Appel " + name, Timestamp.from(now.minusSeconds(86_400 * 30)), Timestamp.from(now.plusSeconds(86_400 * 30)));
            long[] criteria = {insert(c, "insert into criterion (call_id, name, weight) values (?, 'Équipe', 3)", call),
                insert(c, "insert into criterion (call_id, name, weight) values (?, 'Marché', 2)", call),
                insert(c, "insert into criterion (call_id, name, weight) values (?, 'Impact', 1)", call)};
            PreparedStatement score = c.prepareStatement("insert into score (assignment_id, criterion_id, points) values (?, ?, ?)");
            for (int a = 0; a < startups; a++) {
                long application = insert(c, "insert into application (call_id, founder_id, project_name, summary, status, submitted_at) "
                        + "values (?, ?, ?, 'Résumé', 'SUBMITTED', ?)", call, founder, "Projet " + (a + 1), Timestamp.from(now.minusSeconds(3600L * a)));
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
        String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher vs = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(login);
        if (!vs.find()) {
            throw new IllegalStateException("no sign-in form");
        }
        String form = "login=login&login%3Aemail=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&login%3Apassword=demo-totem-2026"
                + "&login%3Asubmit=x&jakarta.faces.ViewState=" + URLEncoder.encode(vs.group(1), StandardCharsets.UTF_8);
        http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return http;
    }

    /** p50 and p95 (ms) of a page, after a warm-up. */
    double[] page(HttpClient http, String path) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < SAMPLES + WARM_UP; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() != 200 || r.uri().getPath().endsWith("/login.xhtml") || r.body().contains("msg-error")) {
                throw new IllegalStateException(path + " answered " + r.statusCode() + " at " + r.uri());
            }
            if (i >= WARM_UP) {
                times.add(ms);
            }
        }
        Collections.sort(times);
        double[] p = {times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.95) - 1)};
        System.out.printf("%s: p50 %.1f ms, p95 %.1f ms (%d samples after %d warm-up)%n", path, p[0], p[1], times.size(), WARM_UP);
        return p;
    }

    static long single(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
