package eu.lorntech.totem.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Talent benchmark (issue 13), against a running Totem on MariaDB: generates by JDBC two populations of
 * candidates, 1,000 and 10,000, each with 3 to 5 skills of a list of its own (16 skills each, so that the
 * two never match each other's offers), languages and countries, and 500 offers (250 per population,
 * 2 required and 2 wished skills, 1 or 2 languages), then has the matches scored by Totem itself (the
 * admin's "score again", the same SQL as when an offer is posted). Measures in rounds ({@link PageRounds}:
 * the same warm-up for each size, the order alternating) the API a company reads (an offer's best
 * candidates with the explanation) and the one a candidate reads (their best offers), at each size, next
 * to a floor (an offer nobody matches: the same request with no data), checks each answer, and prints
 * per size the median of the rounds' p50/p95 and the ratio 10,000/1,000 (goal: p95 under 300 ms, ratio under 1.5).
 */
public class TalentBench {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String[] LANGUAGES = {"de", "en", "lb", "it"};
    static final String[] LEVELS = {"A2", "B1", "B2", "C1", "C2", "NATIVE"};
    static final String[] COUNTRIES = {"FR", "LU", "DE", "BE"};

    final String base;
    final String jdbcUrl;
    final String user;
    final String password;

    TalentBench(String base, String jdbcUrl, String user, String password) {
        this.base = base;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    public static void main(String[] args) throws Exception {
        new TalentBench(args[0], args[1], args[2], args[3]).run();
    }

    /** What one population's generation left: an offer of its own, the account of one of its candidates. */
    record Population(long offer, String candidateEmail) {
    }

    void run() throws Exception {
        Population small = generate("s", 1_000, 250);
        Population large = generate("l", 10_000, 250);
        long floorOffer = emptyOffer();
        ProgrammeBench signIn = new ProgrammeBench(base, jdbcUrl, user, password);
        HttpClient admin = signIn.signedIn("admin@totem.example");
        long t0 = System.nanoTime();
        HttpResponse<String> rescored = admin.send(HttpRequest.newBuilder(URI.create(base + "/api/talent/matches/rescore"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        PageRounds.expect(rescored.statusCode(), "POST /api/talent/matches/rescore", 200);
        System.out.printf("matches scored by Totem: %s in %.1f s%n", rescored.body(), (System.nanoTime() - t0) / 1e9);

        HttpClient company = signIn.signedIn("entreprise@totem.example");
        PageRounds rounds = new PageRounds(base);
        System.out.printf("%d rounds of %d warm-up and %d measured requests per request and size, the order reversed every other round%n",
                PageRounds.ROUNDS, PageRounds.WARM_UP, PageRounds.SAMPLES);
        System.out.println("an offer's best candidates (GET /api/offers/{id}/matches, the company):");
        Map<String, PageRounds.Result> offers = rounds.measure(List.of(
                new PageRounds.Variant("floor", company, "/api/offers/" + floorOffer + "/matches", matches(0, 0)),
                new PageRounds.Variant("1000", company, "/api/offers/" + small.offer() + "/matches", matches(20, 20)),
                new PageRounds.Variant("10000", company, "/api/offers/" + large.offer() + "/matches", matches(20, 20))));
        System.out.println("a candidate's best offers (GET /api/candidates/me/matches):");
        Map<String, PageRounds.Result> mine = rounds.measure(List.of(
                new PageRounds.Variant("1000", signIn.signedIn(small.candidateEmail()), "/api/candidates/me/matches", matches(1, 20)),
                new PageRounds.Variant("10000", signIn.signedIn(large.candidateEmail()), "/api/candidates/me/matches", matches(1, 20))));
        long[] campaigns = surveyOf300();
        HttpClient manager = signIn.signedIn("admin@totem.example");
        System.out.println("the survey's results page (GET /talent/survey-results.xhtml, a manager of the site):");
        Map<String, PageRounds.Result> survey = rounds.measure(List.of(
                new PageRounds.Variant("40", manager, "/talent/survey-results.xhtml?id=" + campaigns[0], respondents("40")),
                new PageRounds.Variant("300", manager, "/talent/survey-results.xhtml?id=" + campaigns[1], respondents("300"))));
        System.out.println();
        System.out.println("| request (median of the rounds) | p95 floor | p95 at 1,000 candidates | p95 at 10,000 candidates | ratio 10,000/1,000 | p95 of each round at 1,000 / 10,000 |");
        System.out.println("|---|---|---|---|---|---|");
        row("an offer's best candidates", offers.get("floor"), offers);
        row("a candidate's best offers", null, mine);
        PageRounds.Result s40 = survey.get("40");
        PageRounds.Result s300 = survey.get("300");
        System.out.printf("%n| survey results page | p95 at 40 answers | p95 at 300 answers | ratio |%n|---|---|---|---|%n| %s | %.1f ms (p50 %.1f) | %.1f ms (p50 %.1f) | %.2f |%n",
                "the demo campaign / its copy with 300 answers", s40.p95(), s40.p50(), s300.p95(), s300.p50(), s300.p95() / s40.p95());
    }

    /** The results page counts this many respondents, shows its charts, and no error. */
    static Function<String, String> respondents(String n) {
        return body -> body.contains("msg-error") ? "an error" : !body.contains(n + " entreprises ont répondu") ? "not " + n + " respondents"
                : !body.contains("<canvas") ? "no chart" : null;
    }

    /**
     * The demo's needs survey (Ménil-Flin, 40 answers) and a copy of it with 300 answers: its questionnaire
     * copied question by question, each of the 300 companies answering as one of the demo's 40 did.
     */
    long[] surveyOf300() throws Exception {
        try (Connection c = db(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            long demo = ProgrammeBench.single(s, "select c.id from survey_campaign c join survey_invitation i on i.campaign_id = c.id "
                    + "where i.response_id is not null group by c.id order by count(*) desc limit 1");
            long demoForm = ProgrammeBench.single(s, "select form_id from survey_campaign where id = " + demo);
            long form = insert(c, "insert into form (purpose) select purpose from form where id = ?", demoForm);
            s.executeUpdate("insert into form_question (form_id, position, kind, label, choices, required) select " + form
                    + ", position, kind, label, choices, required from form_question where form_id = " + demoForm);
            long campaign = insert(c, "insert into survey_campaign (site_id, form_id, title, opens_on, closes_on, reminder_days, created_at) "
                    + "select site_id, ?, 'Besoins numériques (banc, 300 réponses)', opens_on, closes_on, reminder_days, created_at from survey_campaign where id = ?",
                    form, demo);
            List<long[]> answered = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select id, response_id from survey_invitation where campaign_id = " + demo
                    + " and response_id is not null order by id")) {
                while (r.next()) {
                    answered.add(new long[] {r.getLong(1), r.getLong(2)});
                }
            }
            Timestamp now = Timestamp.from(Instant.now());
            for (int n = 0; n < 300; n++) {
                long[] model = answered.get(n % answered.size());
                long response = insert(c, "insert into form_response (form_id) values (?)", form);
                insert(c, "insert into survey_invitation (campaign_id, token, company, email, sector, size_band, commune, language, invited_at, response_id, answered_at) "
                        + "select ?, ?, ?, ?, sector, size_band, commune, language, invited_at, ?, ? from survey_invitation where id = ?", campaign,
                        "bench-token-" + java.util.UUID.randomUUID(), "Entreprise du banc " + n, "bench-survey-" + n + "@example.org", response, now, model[0]);
                s.executeUpdate("insert into form_answer (response_id, question_id, text_value) select " + response + ", q.id, a.text_value "
                        + "from form_answer a join form_question o on o.id = a.question_id join form_question q on q.form_id = " + form
                        + " and q.position = o.position where a.response_id = " + model[1]);
            }
            c.commit();
            System.out.printf("survey: the demo campaign (%d answers) and its copy with 300%n", answered.size());
            return new long[] {demo, campaign};
        }
    }

    static void row(String what, PageRounds.Result floor, Map<String, PageRounds.Result> r) {
        PageRounds.Result small = r.get("1000");
        PageRounds.Result large = r.get("10000");
        System.out.printf("| %s | %s | %.1f ms (p50 %.1f) | %.1f ms (p50 %.1f) | %.2f | %s / %s ms |%n", what,
                floor == null ? "—" : String.format("%.1f ms (p50 %.1f)", floor.p95(), floor.p50()), small.p95(), small.p50(), large.p95(), large.p50(),
                large.p95() / small.p95(), PageRounds.rounds(small), PageRounds.rounds(large));
    }

    /** The answer names between {@code least} and {@code most} matches, each with its explanation. */
    static Function<String, String> matches(int least, int most) {
        return body -> {
            int n = ProgrammeBench.count(body, "\"percent\":");
            return n < least || n > most ? n + " matches, expected " + least + " to " + most : null;
        };
    }

    Connection db() throws Exception {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    /**
     * A population: 16 skills of its own, {@code candidates} candidates at Thi'Pi with 3 to 5 of them, French
     * and one or two other languages, France and maybe another country, consent for a year; {@code offers}
     * offers of the demo company (Puzzle) open for two months; one candidate with an account (the demo
     * candidate's password) to read their own matches.
     */
    Population generate(String tag, int candidates, int offers) throws Exception {
        long t0 = System.nanoTime();
        Random random = new Random(candidates);
        LocalDate today = LocalDate.now(PARIS);
        try (Connection c = db(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            long site = ProgrammeBench.single(s, "select id from site where code = 'thionville'");
            long puzzle = ProgrammeBench.single(s, "select organisation_id from app_user where email = 'entreprise@totem.example'");
            long[] skills = new long[16];
            for (int i = 0; i < skills.length; i++) {
                skills[i] = insert(c, "insert into skill (code, label_fr, label_en, label_de) values (?, ?, ?, ?)", "bench-" + tag + "-" + i,
                        "Compétence " + tag + i, "Skill " + tag + i, "Fähigkeit " + tag + i);
            }
            PreparedStatement candidate = c.prepareStatement("insert into candidate (site_id, name, email, stage, stage_since, consent_until, created_at) "
                    + "values (?, ?, ?, 'ORIENTED', ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
            PreparedStatement skill = c.prepareStatement("insert into candidate_skill (candidate_id, skill_id, level) values (?, ?, ?)");
            PreparedStatement language = c.prepareStatement("insert into candidate_language (candidate_id, language, level) values (?, ?, ?)");
            PreparedStatement country = c.prepareStatement("insert into candidate_country (candidate_id, country) values (?, ?)");
            Timestamp now = Timestamp.from(Instant.now());
            long first = 0;
            for (int n = 0; n < candidates; n++) {
                candidate.setLong(1, site);
                candidate.setString(2, "Candidat·e " + tag + n);
                candidate.setString(3, "bench-" + tag + n + "@example.org");
                candidate.setTimestamp(4, now);
                candidate.setDate(5, Date.valueOf(today.plusYears(1)));
                candidate.setTimestamp(6, now);
                candidate.executeUpdate();
                long id;
                try (ResultSet k = candidate.getGeneratedKeys()) {
                    k.next();
                    id = k.getLong(1);
                }
                first = first == 0 ? id : first;
                List<Integer> picked = new ArrayList<>();
                int count = 3 + random.nextInt(3);
                while (picked.size() < count) {
                    int i = random.nextInt(skills.length);
                    if (!picked.contains(i)) {
                        picked.add(i);
                        skill.setLong(1, id);
                        skill.setLong(2, skills[i]);
                        skill.setInt(3, 1 + random.nextInt(4));
                        skill.addBatch();
                    }
                }
                language.setLong(1, id);
                language.setString(2, "fr");
                language.setString(3, "NATIVE");
                language.addBatch();
                String other = LANGUAGES[random.nextInt(LANGUAGES.length)];
                language.setLong(1, id);
                language.setString(2, other);
                language.setString(3, LEVELS[random.nextInt(LEVELS.length)]);
                language.addBatch();
                country.setLong(1, id);
                country.setString(2, "FR");
                country.addBatch();
                if (random.nextBoolean()) {
                    country.setLong(1, id);
                    country.setString(2, COUNTRIES[1 + random.nextInt(3)]);
                    country.addBatch();
                }
                if (n % 500 == 499) {
                    skill.executeBatch();
                    language.executeBatch();
                    country.executeBatch();
                    c.commit();
                }
            }
            skill.executeBatch();
            language.executeBatch();
            country.executeBatch();
            long offer = 0;
            for (int o = 0; o < offers; o++) {
                long id = insert(c, "insert into job_offer (organisation_id, site_id, kind, title, place, country, contract, opens_on, closes_on, created_at) "
                        + "values (?, ?, 'JOB', ?, 'Thionville', ?, 'PERMANENT', ?, ?, ?)", puzzle, site, "Offre " + tag + o, COUNTRIES[o % 4],
                        Date.valueOf(today.minusDays(1)), Date.valueOf(today.plusMonths(2)), now);
                offer = offer == 0 ? id : offer;
                List<Integer> picked = new ArrayList<>();
                while (picked.size() < 4) {
                    int i = random.nextInt(skills.length);
                    if (!picked.contains(i)) {
                        picked.add(i);
                    }
                }
                for (int k = 0; k < 4; k++) {
                    insert(c, "insert into offer_skill (offer_id, skill_id, required, min_level) values (?, ?, ?, ?)", id, skills[picked.get(k)], k < 2,
                            k < 2 ? 2 : 1);
                }
                insert(c, "insert into offer_language (offer_id, language, min_level) values (?, 'fr', 'B2')", id);
                if (o % 2 == 0) {
                    insert(c, "insert into offer_language (offer_id, language, min_level) values (?, ?, 'B1')", id, LANGUAGES[o % LANGUAGES.length]);
                }
            }
            // one candidate of the population reads their own matches: an account with the demo candidate's password
            String email = "bench-" + tag + "@example.org";
            long account = insert(c, "insert into app_user (email, display_name, password_hash, preferred_language, home_site_id, created_at) "
                    + "select ?, ?, password_hash, 'fr', ?, ? from app_user where email = 'candidat@totem.example'", email, "Bench " + tag, site, now);
            insert(c, "insert into user_role (user_id, role, site_id) values (?, 'CANDIDATE', ?)", account, site);
            try (PreparedStatement link = c.prepareStatement("update candidate set user_id = ? where id = ?")) {
                link.setLong(1, account);
                link.setLong(2, first);
                link.executeUpdate();
            }
            c.commit();
            System.out.printf("generated population %s: %d candidates, %d offers in %.1f s%n", tag, candidates, offers, (System.nanoTime() - t0) / 1e9);
            return new Population(offer, email);
        }
    }

    /** An offer asking for a skill nobody holds: the floor, the same request with no data. */
    long emptyOffer() throws Exception {
        LocalDate today = LocalDate.now(PARIS);
        try (Connection c = db(); Statement s = c.createStatement()) {
            long site = ProgrammeBench.single(s, "select id from site where code = 'thionville'");
            long puzzle = ProgrammeBench.single(s, "select organisation_id from app_user where email = 'entreprise@totem.example'");
            long skill = insert(c, "insert into skill (code, label_fr, label_en, label_de) values ('bench-none', 'Aucune', 'None', 'Keine')");
            long offer = insert(c, "insert into job_offer (organisation_id, site_id, kind, title, place, country, contract, opens_on, closes_on, created_at) "
                    + "values (?, ?, 'JOB', 'Offre plancher', 'Thionville', 'FR', 'PERMANENT', ?, ?, ?)", puzzle, site, Date.valueOf(today.minusDays(1)),
                    Date.valueOf(today.plusMonths(2)), Timestamp.from(Instant.now()));
            insert(c, "insert into offer_skill (offer_id, skill_id, required, min_level) values (?, ?, true, 1)", offer, skill);
            return offer;
        }
    }

    long insert(Connection c, String sql, Object... args) throws Exception {
        try (PreparedStatement p = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            p.executeUpdate();
            try (ResultSet k = p.getGeneratedKeys()) {
                return k.next() ? k.getLong(1) : 0;
            }
        }
    }
}
