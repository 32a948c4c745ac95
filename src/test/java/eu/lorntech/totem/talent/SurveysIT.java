package eu.lorntech.totem.talent;

import static eu.lorntech.totem.talent.SurveyFixtures.ADMIN;
import static eu.lorntech.totem.talent.SurveyFixtures.ADMIN_ROLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.As;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TestPorts;
import eu.lorntech.totem.TotemIT;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.identity.boundary.UserAdministration;
import eu.lorntech.totem.identity.entity.Language;
import eu.lorntech.totem.identity.entity.Role;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.talent.boundary.SurveyAnswers;
import eu.lorntech.totem.talent.boundary.SurveyFindings;
import eu.lorntech.totem.talent.boundary.Surveys;
import eu.lorntech.totem.talent.control.SurveyResults;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The needs survey's rules on the server, through the boundary, the API and the company's page: a
 * closed campaign's link takes nothing, an unknown link is "not found", a company has one answer that
 * a new one replaces, a wrong type or a missing required answer saves nothing, another site's manager
 * finds no campaign, reminders go only to those who have not answered and never twice a day, and a
 * need becomes a draft workshop whose invitation reaches the companies that chose it.
 */
@TotemIT
class SurveysIT {

    static final String BASE = TestPorts.httpBase();
    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests();
    }

    @Inject
    Surveys surveys;

    @Inject
    SurveyAnswers answers;

    @Inject
    SurveyFindings findings;

    @Inject
    Sites sites;

    @Inject
    eu.lorntech.totem.event.boundary.Events events;

    @Inject
    UserAdministration admin;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    String token(Long invitationId) {
        return (String) em.createNativeQuery("select token from survey_invitation where id = ?1").setParameter(1, invitationId).getSingleResult();
    }

    List<Long> questions(Long campaignId) throws Exception {
        return As.user(ADMIN, ADMIN_ROLES, () -> surveys.file(campaignId).questions().stream().map(Surveys.QuestionItem::id).toList());
    }

    long responses(Long invitationId) {
        return ((Number) em.createNativeQuery("select count(r.id) from form_response r join survey_invitation i on i.response_id = r.id where i.id = ?1")
                .setParameter(1, invitationId).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    Map<String, String> stored(Long invitationId) {
        List<Object[]> rows = em.createNativeQuery("select q.label, a.text_value from form_answer a join form_question q on q.id = a.question_id"
                + " join survey_invitation i on i.response_id = a.response_id where i.id = ?1").setParameter(1, invitationId)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
    }

    long mailsTo(String recipientLike, String subjectLike) {
        return ((Number) em.createNativeQuery("select count(*) from mail_outbox where recipient like ?1 and subject like ?2")
                .setParameter(1, recipientLike).setParameter(2, subjectLike).getSingleResult()).longValue();
    }

    String email(Long invitationId) {
        return (String) em.createNativeQuery("select email from survey_invitation where id = ?1").setParameter(1, invitationId).getSingleResult();
    }

    HttpResponse<String> post(String token, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(BASE + "/api/surveys/answers/" + token)).header("Content-Type", "application/json")
                .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String answersJson(List<Long> q, String sector, List<String> needs, String scale, String number) {
        StringBuilder b = new StringBuilder("{\"answers\":[");
        b.append("{\"questionId\":").append(q.get(0)).append(",\"value\":\"").append(sector).append("\"},");
        b.append("{\"questionId\":").append(q.get(1)).append(",\"values\":[")
                .append(needs.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(","))).append("]}");
        if (scale != null) {
            b.append(",{\"questionId\":").append(q.get(2)).append(",\"value\":\"").append(scale).append("\"}");
        }
        if (number != null) {
            b.append(",{\"questionId\":").append(q.get(3)).append(",\"value\":\"").append(number).append("\"}");
        }
        return b.append("]}").toString();
    }

    /** The company's page sent as a browser sends it: the token as a plain field of the transient view's form. */
    HttpResponse<String> sendPage(String token, String sector, List<String> needs, String scale, String number) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(BASE + "/public/survey.xhtml?token=" + token))
                .header("Accept-Language", "fr").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(page.headers().allValues("set-cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")), "no HTTP session for a company");
        Matcher m = VIEW_STATE.matcher(page.body());
        assertTrue(m.find(), "the page has the form");
        List<String[]> fields = new java.util.ArrayList<>();
        fields.add(new String[] {"survey", "survey"});
        fields.add(new String[] {"token", token});
        fields.add(new String[] {"survey:questions:0:single", sector});
        needs.forEach(n -> fields.add(new String[] {"survey:questions:1:many", n}));
        if (scale != null) {
            fields.add(new String[] {"survey:questions:2:scale", scale});
        }
        fields.add(new String[] {"survey:questions:3:number", number == null ? "" : number});
        fields.add(new String[] {"survey:send", "send"});
        fields.add(new String[] {"jakarta.faces.ViewState", m.group(1).replace("&#58;", ":")});
        String body = fields.stream().map(f -> URLEncoder.encode(f[0], StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f[1], StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(BASE + "/public/survey.xhtml")).header("Accept-Language", "fr")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aClosedCampaignsLinkIsRefusedAsAConflictEverywhereAndSavesNothing() throws Exception {
        Long campaign = SurveyFixtures.campaign(surveys, sites, 30, 3);
        Long invitation = SurveyFixtures.invite(surveys, campaign, "Menuiserie close", "Baccarat");
        String token = token(invitation);
        List<Long> q = questions(campaign);
        tx.begin();
        em.createNativeQuery("update survey_campaign set opens_on = ?1, closes_on = ?2 where id = ?3").setParameter(1, SurveyFixtures.today().minusDays(20))
                .setParameter(2, SurveyFixtures.today().minusDays(1)).setParameter(3, campaign).executeUpdate();
        tx.commit();

        Refusal closed = assertThrows(Refusal.class, () -> answers.answer(token, Map.of(q.get(0), "Industrie")));
        assertEquals("survey.closed", closed.getMessageKey());
        assertEquals(Refusal.Kind.CONFLICT, closed.getKind());
        HttpResponse<String> api = post(token, answersJson(q, "Industrie", List.of("Formation"), "3", null));
        assertEquals(409, api.statusCode(), api.body());
        assertTrue(api.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"));
        assertTrue(api.body().contains("The survey closed on"), api.body());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(BASE + "/public/survey.xhtml?token=" + token)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(page.body().contains("id=\"closed\"") && !page.body().contains("survey:send"), "the page says it closed and takes nothing");
        assertEquals(0, responses(invitation));
        Refusal invite = assertThrows(Refusal.class, () -> SurveyFixtures.invite(surveys, campaign, "Trop tard", "Lunéville"));
        assertEquals("survey.closed", invite.getMessageKey());
    }

    @Test
    void anUnknownLinkIsNotFoundOnTheApiAndThePageWithoutASession() throws Exception {
        String unknown = "Zm9yZ2VkLXRva2VuLXRoYXQtZG9lcy1ub3QtZXhpc3Q";
        HttpResponse<String> api = post(unknown, "{\"answers\":[]}");
        assertEquals(404, api.statusCode(), api.body());
        assertTrue(api.body().contains("This survey link does not exist"), api.body());
        assertEquals(404, post("x", "{\"answers\":[]}").statusCode(), "what cannot be a token is not found either");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(BASE + "/public/survey.xhtml?token=" + unknown))
                .header("Accept-Language", "de").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(page.body().contains("Diesen Umfragelink gibt es nicht"), "the refusal in the reader's language");
        assertTrue(page.headers().allValues("set-cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")), "no HTTP session");
    }

    @Test
    void aResubmittedAnswerReplacesTheCompanysOneAnswerByApiAndByPage() throws Exception {
        Long campaign = SurveyFixtures.campaign(surveys, sites, 30, 3);
        Long invitation = SurveyFixtures.invite(surveys, campaign, "Cristallerie une réponse", "Baccarat");
        String token = token(invitation);
        List<Long> q = questions(campaign);

        HttpResponse<String> first = post(token, answersJson(q, "Industrie", List.of("Formation", "Cybersécurité"), "2", "4"));
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> again = post(token, answersJson(q, "Commerce", List.of("Site web"), "5", null));
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(again.body().contains("\"replaced\":true"), again.body());
        assertEquals(1, responses(invitation));
        assertEquals(Map.of("Secteur", "Commerce", "Besoins", "Site web", "Maturité numérique", "5"), stored(invitation),
                "the new answer replaces the old one, the number left out is gone");

        HttpResponse<String> page = sendPage(token, "Industrie", List.of("Cybersécurité", "Formation"), "3", "12");
        assertTrue(page.body().contains("Merci ! Vos réponses sont enregistrées."), page.body());
        assertEquals(1, responses(invitation), "one answer, never two");
        assertEquals(Map.of("Secteur", "Industrie", "Besoins", "Cybersécurité\nFormation", "Maturité numérique", "3", "Salariés à former", "12"),
                stored(invitation));
        assertEquals(1L, ((Number) em.createNativeQuery("select count(*) from survey_invitation where id = ?1 and response_id is not null")
                .setParameter(1, invitation).getSingleResult()).longValue());
    }

    @Test
    void aWrongTypeOrAMissingRequiredAnswerSavesNothingByApiAndByPage() throws Exception {
        Long campaign = SurveyFixtures.campaign(surveys, sites, 30, 3);
        Long invitation = SurveyFixtures.invite(surveys, campaign, "Garage mauvaise réponse", "Gerbéviller");
        String token = token(invitation);
        List<Long> q = questions(campaign);

        HttpResponse<String> scale = post(token, answersJson(q, "Industrie", List.of("Formation"), "7", null));
        assertEquals(400, scale.statusCode(), scale.body());
        assertTrue(scale.body().contains("choose a whole number from 1 to 5"), scale.body());
        HttpResponse<String> missing = post(token, answersJson(q, "Industrie", List.of("Formation"), null, null));
        assertEquals(400, missing.statusCode(), missing.body());
        assertTrue(missing.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> choice = post(token, answersJson(q, "Banque", List.of("Formation"), "3", null));
        assertEquals(400, choice.statusCode(), choice.body());
        HttpResponse<String> other = post(token, "{\"answers\":[{\"questionId\":999999999,\"value\":\"x\"}]}");
        assertEquals(400, other.statusCode(), other.body());
        assertEquals(0, responses(invitation), "nothing saved by the API's refusals");

        HttpResponse<String> page = sendPage(token, "Industrie", List.of("Formation"), "3", "douze");
        assertTrue(page.body().contains("msg-error") && page.body().contains("Salariés à former"), "the page names the question at fault");
        assertEquals(0, responses(invitation), "nothing saved by the page's refusal");

        assertEquals(201, post(token, answersJson(q, "Industrie", List.of("Formation"), "3", "2")).statusCode());
        assertEquals(400, post(token, answersJson(q, "Industrie", List.of("Formation"), "3", "deux")).statusCode());
        assertEquals("2", stored(invitation).get("Salariés à former"), "a refused resubmission leaves the earlier answer as it was");
    }

    @Test
    void anotherSitesManagerFindsNoCampaignOfThisSite() throws Exception {
        Long campaign = SurveyFixtures.campaign(surveys, sites, 30, 3);
        String other = "pm-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Long thipi = SurveyFixtures.site(sites, "thionville");
        As.user(ADMIN, ADMIN_ROLES, () -> admin.create(new UserAdministration.NewUser(other, "Other Manager", "another calm orchard 2031",
                Language.FR, thipi, EnumSet.of(Role.PROGRAMME_MANAGER))));
        Set<String> pm = Set.of("PROGRAMME_MANAGER");
        Refusal file = assertThrows(Refusal.class, () -> As.user(other, pm, () -> surveys.file(campaign)));
        assertEquals("survey.campaign.notFound", file.getMessageKey());
        assertEquals(Refusal.Kind.NOT_FOUND, file.getKind(), "as an unknown id: a 404");
        assertEquals("survey.campaign.notFound", assertThrows(Refusal.class,
                () -> As.user(other, pm, () -> findings.findings(campaign, null))).getMessageKey());
        assertEquals("survey.campaign.notFound", assertThrows(Refusal.class, () -> As.run(other, pm, () -> surveys.remind(campaign))).getMessageKey());
        assertTrue(As.user(other, pm, () -> surveys.campaigns()).stream().noneMatch(c -> c.id().equals(campaign)), "nor in the list");
        Long menil = SurveyFixtures.site(sites, "menil-flin");
        assertThrows(Refusal.class, () -> As.user(other, pm, () -> surveys.create(menil, "Pas chez moi", SurveyFixtures.today(),
                SurveyFixtures.today().plusDays(3), 3)));
    }

    @Test
    void remindersGoOnlyToCompaniesThatHaveNotAnsweredAndNeverTwice() throws Exception {
        Long campaign = SurveyFixtures.campaign(surveys, sites, 2, 3);
        Long answered = SurveyFixtures.invite(surveys, campaign, "Répond vite", "Lunéville");
        Long silent1 = SurveyFixtures.invite(surveys, campaign, "Silencieuse un", "Azerailles");
        Long silent2 = SurveyFixtures.invite(surveys, campaign, "Silencieuse deux", "Baccarat");
        List<Long> q = questions(campaign);
        answers.answer(token(answered), Map.of(q.get(0), "Industrie", q.get(1), "Formation", q.get(2), "4"));

        // the automatic reminder: due, as the campaign closes within its three days
        int auto = As.user(ADMIN, ADMIN_ROLES, () -> surveys.remindDueOn(SurveyFixtures.today()));
        assertTrue(auto >= 2, "at least this campaign's two silent companies: " + auto);
        assertEquals(0, mailsTo(email(answered), "Rappel%"), "the company that answered is not reminded");
        assertEquals(1, mailsTo(email(silent1), "Rappel%"));
        assertEquals(1, mailsTo(email(silent2), "Rappel%"));

        // the timer again, and the manager's click the same day: nobody twice
        As.user(ADMIN, ADMIN_ROLES, () -> surveys.remindDueOn(SurveyFixtures.today()));
        assertEquals(0, As.user(ADMIN, ADMIN_ROLES, () -> surveys.remind(campaign)), "already reminded today");
        assertEquals(1, mailsTo(email(silent1), "Rappel%"));
        assertEquals(1, mailsTo(email(silent2), "Rappel%"));
        assertEquals(SurveyFixtures.today().toString(), String.valueOf(em.createNativeQuery("select auto_reminded_on from survey_campaign where id = ?1")
                .setParameter(1, campaign).getSingleResult()), "the automatic reminder is recorded");
    }

    @Test
    void aPasteInvitesEveryCompanyOfItOrNoneNamingTheLineAtFault() throws Exception {
        Long campaign = SurveyFixtures.campaign(surveys, sites, 30, 3);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String first = "a-" + run + "@example.org";
        String second = "b-" + run + "@example.org";
        String third = "c-" + run + "@example.org";
        Refusal bad = assertThrows(Refusal.class, () -> As.user(ADMIN, ADMIN_ROLES, () -> surveys.inviteAll(campaign,
                "Atelier A;" + first + "\n\nAtelier B;" + second + ";;géante\nAtelier C;" + third)));
        assertEquals("survey.inviteAll.line", bad.getMessageKey());
        assertEquals(3, ((Number) bad.getArgs()[0]).intValue(), "the line as the person counts it, blank lines included");
        assertEquals("survey.size.unknown", ((Refusal) bad.getCause()).getMessageKey(), "and why");
        assertEquals(0, mailsTo("%-" + run + "@example.org", "%"), "nobody invited from a paste with a bad line");

        Refusal twice = assertThrows(Refusal.class, () -> As.user(ADMIN, ADMIN_ROLES, () -> surveys.inviteAll(campaign,
                "Atelier A;" + first + "\nAtelier A bis;" + first.toUpperCase())));
        assertEquals("survey.invite.already", ((Refusal) twice.getCause()).getMessageKey(), "an address twice in the paste");

        int invited = As.user(ADMIN, ADMIN_ROLES, () -> surveys.inviteAll(campaign,
                "Atelier A\t" + first + "\tIndustrie\t12\tLunéville\tde\r\nAtelier B;" + second + "\n" + "Atelier C;" + third + ";Commerce;MICRO;Baccarat;en\n"));
        assertEquals(3, invited);
        assertEquals(1, mailsTo(first, "%"));
        assertEquals(1, mailsTo(second, "%"));
        assertEquals(1, mailsTo(third, "%"));
        Surveys.InvitationRow a = As.user(ADMIN, ADMIN_ROLES, () -> surveys.file(campaign)).invitations().stream()
                .filter(i -> i.email().equals(first)).findFirst().orElseThrow();
        assertEquals("SMALL", a.size());
        assertEquals("de", a.language());
        assertEquals("survey.invite.already", ((Refusal) assertThrows(Refusal.class, () -> As.user(ADMIN, ADMIN_ROLES,
                () -> surveys.inviteAll(campaign, "Encore A;" + first))).getCause()).getMessageKey(), "an address already invited");
    }

    @Test
    void aNeedBecomesADraftWorkshopAtTheSiteInvitingOnlyTheCompaniesThatChoseIt() throws Exception {
        Long campaign = SurveyFixtures.campaign(surveys, sites, 30, 3);
        Long cyber = SurveyFixtures.invite(surveys, campaign, "Veut la cybersécurité", "Lunéville");
        Long web = SurveyFixtures.invite(surveys, campaign, "Veut un site web", "Baccarat");
        List<Long> q = questions(campaign);
        answers.answer(token(cyber), Map.of(q.get(0), "Industrie", q.get(1), "Cybersécurité\nFormation", q.get(2), "2"));
        answers.answer(token(web), Map.of(q.get(0), "Commerce", q.get(1), "Site web", q.get(2), "4"));

        SurveyFindings.Findings all = As.user(ADMIN, ADMIN_ROLES, () -> findings.findings(campaign, null));
        assertEquals(2, all.respondents());
        SurveyResults.QuestionResult needs = all.questions().get(1);
        assertEquals(List.of(new SurveyResults.Bar("Cybersécurité", 1), new SurveyResults.Bar("Site web", 1), new SurveyResults.Bar("Formation", 1)),
                needs.bars(), "each choice of a multiple answer counted");
        SurveyResults.QuestionResult maturity = all.questions().get(2);
        assertEquals(List.of(0L, 1L, 0L, 1L, 0L), maturity.bars().stream().map(SurveyResults.Bar::count).toList(), "the scale's distribution 1-5");
        assertEquals(3.0, maturity.mean());
        SurveyFindings.Findings baccarat = As.user(ADMIN, ADMIN_ROLES,
                () -> findings.findings(campaign, new SurveyResults.Filter(null, null, "Baccarat")));
        assertEquals(1, baccarat.respondents());
        assertEquals(0, baccarat.questions().get(1).bars().get(0).count(), "filtered by commune");

        SurveyFindings.WorkshopItem made = As.user(ADMIN, ADMIN_ROLES, () -> findings.workshop(campaign, q.get(1), "Cybersécurité",
                "Atelier cybersécurité " + campaign, SurveyFixtures.today().plusWeeks(3)));
        assertEquals(1, made.invited());
        Object[] event = (Object[]) em.createNativeQuery("select status, kind, site_id, title from event where id = ?1").setParameter(1, made.eventId())
                .getSingleResult();
        assertEquals("DRAFT", event[0]);
        assertEquals("WORKSHOP", event[1]);
        assertEquals(SurveyFixtures.site(sites, "menil-flin"), ((Number) event[2]).longValue());
        assertEquals(1, mailsTo(email(cyber), "Atelier territorial : Atelier cybersécurité%"));
        assertEquals(0, mailsTo(email(web), "Atelier territorial%"), "a company that did not choose the need is not invited");
        assertEquals(0, mailsTo(email(cyber), "Inscriptions ouvertes%"), "no registration link while the workshop is a draft");

        // published by the site's organisers, the workshop sends its registration link to the companies that chose the need
        As.user(ADMIN, ADMIN_ROLES, () -> {
            events.publish(made.eventId());
            return null;
        });
        assertEquals(1, mailsTo(email(cyber), "Inscriptions ouvertes : Atelier cybersécurité " + campaign));
        String body = (String) em.createNativeQuery("select body from mail_outbox where recipient = ?1 and subject like 'Inscriptions ouvertes%'")
                .setParameter(1, email(cyber)).getSingleResult();
        assertTrue(body.contains("/public/event.xhtml?id=" + made.eventId()), "the mail carries the event's public page: " + body);
        assertEquals(0, mailsTo(email(web), "Inscriptions ouvertes%"), "nor now to a company that did not choose the need");
        assertEquals("survey.workshop.needUnknown", assertThrows(Refusal.class, () -> As.user(ADMIN, ADMIN_ROLES,
                () -> findings.workshop(campaign, q.get(2), "3", null, SurveyFixtures.today().plusWeeks(3)))).getMessageKey());
        assertFalse(all.sectors().isEmpty());
    }

    @Test
    void twoFirstAnswersSentAtOnceMakeOneResponseTheSecondReplacingTheFirst() throws Exception {
        Long campaign = SurveyFixtures.campaign(surveys, sites, 30, 3);
        Long invitation = SurveyFixtures.invite(surveys, campaign, "Deux clics à la fois", "Lunéville");
        String token = token(invitation);
        List<Long> q = questions(campaign);
        java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> sent = new java.util.ArrayList<>();
            for (String sector : List.of("Industrie", "Commerce")) {
                sent.add(pool.submit(() -> {
                    gate.await();
                    return post(token, answersJson(q, sector, List.of("Formation"), "3", null)).statusCode();
                }));
            }
            gate.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> f : sent) {
                statuses.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            java.util.Collections.sort(statuses);
            assertEquals(List.of(200, 201), statuses, "one creates, the other replaces");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, responses(invitation), "one response, never two");
        assertEquals(1L, ((Number) em.createNativeQuery("select count(*) from form_response r where r.form_id = (select c.form_id from survey_campaign c"
                + " where c.id = ?1)").setParameter(1, campaign).getSingleResult()).longValue(), "no second response left behind");
    }
}
