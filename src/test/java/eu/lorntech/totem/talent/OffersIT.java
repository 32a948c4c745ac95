package eu.lorntech.totem.talent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.As;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import eu.lorntech.totem.WebClient;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.identity.boundary.UserAdministration;
import eu.lorntech.totem.identity.entity.Language;
import eu.lorntech.totem.identity.entity.Role;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.talent.boundary.Applying;
import eu.lorntech.totem.talent.boundary.Offers;
import eu.lorntech.totem.talent.boundary.Profiles;
import eu.lorntech.totem.talent.boundary.Recruitment;
import eu.lorntech.totem.talent.entity.Contract;
import eu.lorntech.totem.talent.entity.Offer;
import eu.lorntech.totem.talent.entity.OfferKind;
import eu.lorntech.totem.talent.entity.Requirement;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Companies' offers and the matching on the server: the database ranks and the page explains the same
 * score; a company sees only its own offers' applicants, a candidate only their own data, another
 * site's manager nothing; an application is made once, moves along its steps, and a hire is a placement;
 * a candidate whose consent ran out is hidden; bad input saves nothing.
 */
@TotemIT
class OffersIT {

    static final String ERIC = "entreprise@totem.example";
    static final String PASSWORD = "demo-totem-2026";
    static final Set<String> COMPANY = Set.of("PARTNER_COMPANY");
    static final Set<String> CANDIDATE = Set.of("CANDIDATE");
    static final Set<String> MANAGER = Set.of("PROGRAMME_MANAGER");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests();
    }

    @ArquillianResource
    URL base;

    @Inject
    Offers offers;

    @Inject
    Recruitment recruitment;

    @Inject
    Applying applying;

    @Inject
    Profiles profiles;

    @Inject
    Sites sites;

    @Inject
    UserAdministration admin;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    Long site(String code) {
        return sites.all().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow().id();
    }

    Long skill(String label) throws Exception {
        return As.user(ERIC, COMPANY, () -> profiles.skills(Locale.ENGLISH)).stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow().id();
    }

    /** A skill of this test only: no demo candidate holds it, so the rankings hold only this test's candidates. */
    Long newSkill() throws Exception {
        String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
        return As.user("programmes@totem.example", MANAGER, () -> profiles.addSkill(code, "Compétence " + code, "Skill " + code, "Fähigkeit " + code));
    }

    String newUser(String site, Role role) throws Exception {
        String email = "talent-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Long siteId = site(site);
        As.user("admin@totem.example", Set.of("ADMIN"), () -> admin.create(new UserAdministration.NewUser(email, "Personne " + email.substring(7, 15),
                "another calm orchard 2031", Language.DE, siteId, EnumSet.of(role))));
        return email;
    }

    /** A candidate with a profile: web development (3), German B2, would work in Luxembourg. */
    String candidate(Map<Long, Integer> skills, Map<String, String> languages, Set<String> countries) throws Exception {
        String me = newUser("menil-flin", Role.CANDIDATE);
        As.run(me, CANDIDATE, () -> profiles.start());
        As.run(me, CANDIDATE, () -> profiles.describeMine(skills, languages, countries, null));
        return me;
    }

    Offer.Terms terms(String title, List<Requirement> skills, Map<String, String> languages, String country) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        return new Offer.Terms(OfferKind.JOB, title, "Une belle équipe.", "Luxembourg", country, Contract.PERMANENT, today, today.plusDays(30), skills,
                languages);
    }

    long count(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    /** Moves a user into another company (the identity pages have no such form yet: the test does it in the database). */
    void joinCompany(String email, String company) throws Exception {
        Long org = sites.organisations(site("thionville"), "COMPANY").stream().filter(o -> o.name().equals(company)).findFirst().orElseThrow().id();
        tx.begin();
        em.createNativeQuery("update app_user set organisation_id = ?1 where email = ?2").setParameter(1, org).setParameter(2, email).executeUpdate();
        tx.commit();
    }

    @Test
    void theDatabaseRanksTheFitsAndTheExplanationSaysWhyWithTheSameScore() throws Exception {
        Long web = newSkill();
        Long ux = newSkill();
        Long java = newSkill();
        String title = "Offre " + UUID.randomUUID();
        Long offer = As.user(ERIC, COMPANY, () -> offers.post(terms(title, List.of(new Requirement(web, true, 2), new Requirement(java, true, 2),
                new Requirement(ux, false, 1)), Map.of("de", "B1"), "LU")));
        String strong = candidate(Map.of(web, 3, java, 2, ux, 1), Map.of("de", "B2"), Set.of("LU"));
        String weak = candidate(Map.of(web, 1, ux, 4), Map.of("de", "A2"), Set.of("FR"));
        String none = candidate(Map.of(newSkill(), 4), Map.of("de", "C2"), Set.of("LU"));

        List<Recruitment.Fit> fits = As.user(ERIC, COMPANY, () -> recruitment.matches(offer, 20));
        List<String> names = fits.stream().map(Recruitment.Fit::name).toList();
        String strongName = "Personne " + strong.substring(7, 15);
        String weakName = "Personne " + weak.substring(7, 15);
        assertEquals(List.of(strongName, weakName), names, "the strong fit first, the weak next, the one meeting no skill not at all");
        Recruitment.Fit best = fits.get(0);
        // 3 + 3 (both required skills) + 1 (wished) + 2 (German) + 1 (Luxembourg) out of 10
        assertEquals(10, best.match().score());
        assertEquals(100, best.match().percent());
        Recruitment.Fit second = fits.get(1);
        assertEquals(1, second.match().score(), "only the wished skill: web development at level 1 is below the least level 2, German A2 below B1");
        assertEquals(List.of(web, java).stream().sorted().toList(), second.match().requiredMissing());
        assertEquals(List.of("de"), second.match().languagesMissing());
        assertFalse(second.match().countryMet());
        Number kept = (Number) em.createNativeQuery("select score from offer_match m join candidate c on c.id = m.candidate_id where m.offer_id = ?1 "
                + "and c.email = ?2").setParameter(1, offer).setParameter(2, weak).getSingleResult();
        assertEquals(1, kept.intValue(), "the database keeps the score the explanation gives");
        assertEquals(0, count("select count(*) from offer_match m join candidate c on c.id = m.candidate_id where m.offer_id = ?1 and c.email = ?2",
                offer, none));

        Applying.Matches mine = As.user(strong, CANDIDATE, () -> applying.myMatches(20));
        Applying.OfferFit fit = mine.offers().stream().filter(f -> f.offer().id().equals(offer)).findFirst().orElseThrow();
        assertEquals(10, fit.match().score());
        assertEquals(mine.offers().get(0).match().score(), mine.offers().stream().mapToInt(f -> f.match().score()).max().orElseThrow(),
                "the candidate's offers best first");

        // the profile changes: the scores follow
        As.run(weak, CANDIDATE, () -> profiles.describeMine(Map.of(web, 2, java, 3), Map.of("de", "B1"), Set.of("LU"), null));
        assertEquals(List.of(strongName, weakName), As.user(ERIC, COMPANY, () -> recruitment.matches(offer, 20)).stream().map(Recruitment.Fit::name).toList());
        assertEquals(9, As.user(ERIC, COMPANY, () -> recruitment.matches(offer, 20)).get(1).match().score());
    }

    @Test
    void anApplicationIsMadeOnceMovesAlongItsStepsAndAHireIsAPlacement() throws Exception {
        Long web = skill("Web development");
        Long offer = As.user(ERIC, COMPANY, () -> offers.post(terms("Stage " + UUID.randomUUID(), List.of(new Requirement(web, true, 1)), Map.of(), "FR")));
        String me = candidate(Map.of(web, 2), Map.of("fr", "NATIVE"), Set.of("FR"));
        Long app = As.user(me, CANDIDATE, () -> applying.apply(offer, "Bonjour !"));
        Refusal twice = assertThrows(Refusal.class, () -> As.user(me, CANDIDATE, () -> applying.apply(offer, "Encore")));
        assertEquals("offer.apply.already", twice.getMessageKey());
        assertEquals(1, count("select count(*) from job_application where offer_id = ?1", offer));

        List<Recruitment.Fit> applicants = As.user(ERIC, COMPANY, () -> recruitment.applicants(offer));
        assertEquals(1, applicants.size());
        assertEquals("Bonjour !", applicants.get(0).message());
        assertEquals(List.of("INTERVIEW", "DECLINED"), applicants.get(0).next());

        Refusal skip = assertThrows(Refusal.class, () -> As.run(ERIC, COMPANY, () -> recruitment.move(app, "RECEIVED", "HIRED", null)));
        assertEquals("offer.application.notAllowed", skip.getMessageKey());
        long mails = count("select count(*) from mail_outbox where recipient = ?1", me);
        As.run(ERIC, COMPANY, () -> recruitment.move(app, "RECEIVED", "INTERVIEW", "Pouvez-vous venir mardi ?"));
        Refusal stale = assertThrows(Refusal.class, () -> As.run(ERIC, COMPANY, () -> recruitment.move(app, "RECEIVED", "INTERVIEW", null)));
        assertEquals("offer.application.changed", stale.getMessageKey());
        As.run(ERIC, COMPANY, () -> recruitment.move(app, "INTERVIEW", "OFFER", null));
        As.run(ERIC, COMPANY, () -> recruitment.move(app, "OFFER", "HIRED", "Bienvenue !"));
        assertEquals(mails + 3, count("select count(*) from mail_outbox where recipient = ?1", me), "each move told to the candidate");
        String subject = (String) em.createNativeQuery("select subject from mail_outbox where recipient = ?1 order by id desc").setParameter(1, me)
                .setMaxResults(1).getSingleResult();
        assertTrue(subject.contains("Eingestellt"), "in the candidate's language (German): " + subject);
        assertEquals(1, count("select count(*) from placement where application_id = ?1", app));
        assertEquals(3, count("select count(*) from application_step where application_id = ?1", app));
        List<Applying.Mine> followed = As.user(me, CANDIDATE, () -> applying.myApplications());
        assertEquals("HIRED", followed.get(0).status());
        assertEquals("Bienvenue !", followed.get(0).lastMessage());
    }

    @Test
    void aCompanySeesOnlyItsOwnOffersApplicantsAndAnotherSitesManagerNothing() throws Exception {
        Long web = newSkill();
        Long offer = As.user(ERIC, COMPANY, () -> offers.post(terms("Poste " + UUID.randomUUID(), List.of(new Requirement(web, true, 1)), Map.of(), "FR")));
        String me = candidate(Map.of(web, 2), Map.of(), Set.of("FR"));
        Long app = As.user(me, CANDIDATE, () -> applying.apply(offer, null));
        String rival = newUser("thionville", Role.PARTNER_COMPANY);
        joinCompany(rival, "Moselle Numérique");
        for (Executable e : List.<Executable>of(() -> recruitment.applicants(offer), () -> recruitment.matches(offer, 5),
                () -> recruitment.move(app, "RECEIVED", "INTERVIEW", null), () -> offers.revise(offer, terms("Volé", List.of(new Requirement(web, true, 1)),
                        Map.of(), "FR")))) {
            Refusal r = assertThrows(Refusal.class, () -> As.run(rival, COMPANY, e::run));
            assertEquals("offer.notFound", r.getMessageKey(), "another company's offer is not found");
        }
        String otherManager = newUser("menil-flin", Role.PROGRAMME_MANAGER);
        Refusal far = assertThrows(Refusal.class, () -> As.run(otherManager, MANAGER, () -> recruitment.applicants(offer)));
        assertEquals("offer.notFound", far.getMessageKey());
        assertEquals(1, As.user("programmes@totem.example", MANAGER, () -> recruitment.applicants(offer)).size(), "the site's manager sees them");
        assertEquals("RECEIVED", As.user(me, CANDIDATE, () -> applying.myApplications()).get(0).status(), "nothing moved");

        // through the pages and the API, as a browser or a script would
        WebClient other = new WebClient(base.toString());
        other.signIn(rival, "another calm orchard 2031");
        assertEquals(404, other.get("/talent/applicants.xhtml?offer=" + offer).statusCode());
        HttpResponse<String> api = other.get("/api/offers/" + offer + "/matches");
        assertEquals(404, api.statusCode());
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), api.headers().toString());
        WebClient eric = new WebClient(base.toString());
        eric.signIn(ERIC, PASSWORD);
        HttpResponse<String> page = eric.get("/talent/applicants.xhtml?offer=" + offer);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Personne " + me.substring(7, 15)), "the company sees its applicant");
        HttpResponse<String> matches = eric.get("/api/offers/" + offer + "/matches", "Accept-Language", "de");
        assertEquals(200, matches.statusCode(), matches.body());
        assertTrue(matches.body().contains("Fähigkeit t-"), "the explanation names the skills in the reader's language: " + matches.body());
        WebClient anonymous = new WebClient(base.toString());
        assertEquals(401, anonymous.get("/api/offers/" + offer + "/matches").statusCode());
        HttpResponse<String> list = anonymous.get("/api/offers?country=FR&size=100");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("\"id\":" + offer), "the open offer is in the public list");
        assertTrue(list.headers().firstValue("Set-Cookie").isEmpty(), "the public list of offers creates no session");
        HttpResponse<String> one = anonymous.get("/api/offers/" + offer);
        assertEquals(200, one.statusCode(), one.body());
        assertTrue(one.headers().firstValue("Set-Cookie").isEmpty(), "a public offer creates no session");
        assertEquals(400, anonymous.get("/api/offers?kind=ASTRONAUT").statusCode());
    }

    @Test
    void aCandidateWhoseConsentRanOutIsHiddenAndCannotApply() throws Exception {
        Long web = newSkill();
        Long offer = As.user(ERIC, COMPANY, () -> offers.post(terms("Mission " + UUID.randomUUID(), List.of(new Requirement(web, true, 1)), Map.of(), "FR")));
        String me = candidate(Map.of(web, 4), Map.of(), Set.of("FR"));
        As.user(me, CANDIDATE, () -> applying.apply(offer, "Me voici"));
        tx.begin();
        em.createNativeQuery("update candidate set consent_until = ?1 where email = ?2").setParameter(1, LocalDate.now().minusDays(1)).setParameter(2, me)
                .executeUpdate();
        tx.commit();
        String name = "Personne " + me.substring(7, 15);
        String fresh = candidate(Map.of(web, 1), Map.of(), Set.of());
        assertEquals(List.of("Personne " + fresh.substring(7, 15)), As.user(ERIC, COMPANY, () -> recruitment.matches(offer, 20)).stream()
                .map(Recruitment.Fit::name).toList(), "the candidate whose consent holds is still matched");
        assertTrue(As.user(ERIC, COMPANY, () -> recruitment.matches(offer, 20)).stream().noneMatch(f -> f.name().equals(name)), "hidden from matching");
        assertTrue(As.user(ERIC, COMPANY, () -> recruitment.applicants(offer)).isEmpty(), "hidden from the company");
        assertTrue(As.user(me, CANDIDATE, () -> applying.myMatches(20)).consentExpired());
        Long other = As.user(ERIC, COMPANY, () -> offers.post(terms("Autre " + UUID.randomUUID(), List.of(new Requirement(web, true, 1)), Map.of(), "FR")));
        Refusal r = assertThrows(Refusal.class, () -> As.user(me, CANDIDATE, () -> applying.apply(other, null)));
        assertEquals("offer.apply.consentExpired", r.getMessageKey());
    }

    @Test
    void badOffersCVsAndApplicationsSaveNothing() throws Exception {
        Long web = skill("Web development");
        long before = count("select count(*) from job_offer");
        Refusal noSkill = assertThrows(Refusal.class, () -> As.user(ERIC, COMPANY, () -> offers.post(terms("Sans compétence", List.of(), Map.of(), "FR"))));
        assertEquals("offer.skills.required", noSkill.getMessageKey());
        Refusal country = assertThrows(Refusal.class, () -> As.user(ERIC, COMPANY,
                () -> offers.post(terms("Ailleurs", List.of(new Requirement(web, true, 1)), Map.of(), "US"))));
        assertEquals("talent.profile.country.unknown", country.getMessageKey());
        Refusal language = assertThrows(Refusal.class, () -> As.user(ERIC, COMPANY,
                () -> offers.post(terms("Langue", List.of(new Requirement(web, true, 1)), Map.of("de", "Z9"), "FR"))));
        assertEquals("talent.profile.languageLevel.unknown", language.getMessageKey());
        assertEquals(before, count("select count(*) from job_offer"), "nothing saved");

        String me = candidate(Map.of(web, 2), Map.of(), Set.of("FR"));
        Refusal notPdf = assertThrows(Refusal.class, () -> As.run(me, CANDIDATE, () -> applying.uploadCv("cv.pdf", "hello".getBytes())));
        assertEquals("document.notPdf", notPdf.getMessageKey());
        byte[] big = new byte[(int) Applying.CV_MAX_BYTES + 1];
        System.arraycopy("%PDF-1.7".getBytes(), 0, big, 0, 8);
        Refusal tooLarge = assertThrows(Refusal.class, () -> As.run(me, CANDIDATE, () -> applying.uploadCv("cv.pdf", big)));
        assertEquals("talent.cv.tooLarge", tooLarge.getMessageKey());
        assertTrue(As.user(me, CANDIDATE, () -> applying.myCvName()).isEmpty(), "no CV kept");
        As.run(me, CANDIDATE, () -> applying.uploadCv("../../Mon CV.pdf", "%PDF-1.7\nun vrai CV".getBytes()));
        assertEquals("Mon CV.pdf", As.user(me, CANDIDATE, () -> applying.myCvName()).orElseThrow());
        Long candidateId = ((Number) em.createNativeQuery("select id from candidate where email = ?1").setParameter(1, me).getSingleResult()).longValue();
        Refusal stranger = assertThrows(Refusal.class, () -> As.user(ERIC, COMPANY, () -> applying.cv(candidateId)));
        assertEquals("talent.cv.notFound", stranger.getMessageKey(), "a company the candidate did not apply to sees no CV");
        Refusal unknownOffer = assertThrows(Refusal.class, () -> As.user(me, CANDIDATE, () -> applying.apply(987654321L, null)));
        assertEquals("offer.notFound", unknownOffer.getMessageKey());
        Refusal longMessage = assertThrows(Refusal.class, () -> As.user(me, CANDIDATE, () -> applying.apply(
                As.user(ERIC, COMPANY, () -> offers.post(terms("Long " + UUID.randomUUID(), List.of(new Requirement(web, true, 1)), Map.of(), "FR"))),
                "x".repeat(2001))));
        assertEquals("offer.message.tooLong", longMessage.getMessageKey());
    }

    @Test
    void twoApplicationsToOneOfferAtOnceMakeOne() throws Exception {
        Long web = skill("Web development");
        Long offer = As.user(ERIC, COMPANY, () -> offers.post(terms("Course " + UUID.randomUUID(), List.of(new Requirement(web, true, 1)), Map.of(), "FR")));
        String me = candidate(Map.of(web, 2), Map.of(), Set.of("FR"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        As.user(me, CANDIDATE, () -> applying.apply(offer, null));
                        return "applied";
                    } catch (Refusal r) {
                        return r.getMessageKey();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get());
            }
            results.sort(String::compareTo);
            assertEquals(List.of("applied", "offer.apply.already"), results);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count("select count(*) from job_application where offer_id = ?1", offer));
    }

    @Inject
    eu.lorntech.totem.talent.boundary.Retention retention;

    @Test
    void anonymisingACandidateForgetsTheirScoresCvAndWordsAndKeepsThePlacement() throws Exception {
        Long web = newSkill();
        Long offer = As.user(ERIC, COMPANY, () -> offers.post(terms("Oubli " + UUID.randomUUID(), List.of(new Requirement(web, true, 1)), Map.of(), "FR")));
        String me = candidate(Map.of(web, 3), Map.of(), Set.of("FR"));
        As.run(me, CANDIDATE, () -> applying.uploadCv("cv.pdf", "%PDF-1.7 mon CV".getBytes()));
        Long app = As.user(me, CANDIDATE, () -> applying.apply(offer, "Je m’appelle comme ceci"));
        As.run(ERIC, COMPANY, () -> recruitment.move(app, "RECEIVED", "INTERVIEW", "Bonjour Personne"));
        As.run(ERIC, COMPANY, () -> recruitment.move(app, "INTERVIEW", "OFFER", null));
        As.run(ERIC, COMPANY, () -> recruitment.move(app, "OFFER", "HIRED", null));
        long id = ((Number) em.createNativeQuery("select id from candidate where email = ?1").setParameter(1, me).getSingleResult()).longValue();
        Number cv = (Number) em.createNativeQuery("select cv_document_id from candidate where id = ?1").setParameter(1, id).getSingleResult();
        assertEquals("cv.pdf", As.user(ERIC, COMPANY, () -> applying.cv(id)).fileName(), "the company she applied to reads her CV");
        assertEquals(1, count("select count(*) from offer_match where candidate_id = ?1", id));
        tx.begin();
        em.createNativeQuery("update candidate set consent_until = ?1 where id = ?2").setParameter(1, LocalDate.now().minusYears(1)).setParameter(2, id)
                .executeUpdate();
        tx.commit();
        As.user("admin@totem.example", Set.of("ADMIN"), () -> retention.anonymiseOn(LocalDate.now(ZoneId.of("Europe/Paris"))));
        assertEquals(0, count("select count(*) from offer_match where candidate_id = ?1", id), "no score left");
        assertEquals(0, count("select count(*) from document where id = ?1", cv.longValue()), "the CV is gone");
        assertEquals(0, count("select count(*) from job_application where id = ?1 and message is not null", app), "their words are gone");
        assertEquals(0, count("select count(*) from application_step where application_id = ?1 and message is not null", app));
        assertEquals(1, count("select count(*) from placement where application_id = ?1", app), "the placement still counts");
    }

    interface Executable {
        void run() throws Exception;
    }
}
