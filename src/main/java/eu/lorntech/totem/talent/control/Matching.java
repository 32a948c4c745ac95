package eu.lorntech.totem.talent.control;

import eu.lorntech.totem.talent.entity.Match;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The matching of candidates and offers, computed by the database. The scores live in
 * {@code offer_match} (see V15): one {@code INSERT ... SELECT} over the skill and language indexes
 * refreshes an offer's scores when it changes, or a candidate's when their profile changes; reading an
 * offer's best candidates, or a candidate's best offers, is then a walk down an index in score order,
 * whatever the number of candidates. {@link Match} computes the same score in Java, with its
 * explanation, for the few rows a page shows.
 */
@Dependent
public class Matching {

    /** Scores of {@code filter}'s pairs: skills met (required 3, wished 1), languages met (2), the country (1); only pairs meeting a skill. */
    private static final String SCORES = "INSERT INTO offer_match (offer_id, candidate_id, score) "
            + "SELECT m.offer_id, m.candidate_id, SUM(m.points) FROM ("
            + " SELECT os.offer_id, cs.candidate_id, CASE WHEN os.required THEN " + Match.REQUIRED + " ELSE " + Match.WISHED + " END AS points, 1 AS skill"
            + "  FROM offer_skill os JOIN candidate_skill cs ON cs.skill_id = os.skill_id AND cs.level >= os.min_level"
            + "  JOIN job_offer o ON o.id = os.offer_id WHERE %1$s"
            + " UNION ALL SELECT ol.offer_id, cl.candidate_id, " + Match.LANGUAGE + ", 0"
            + "  FROM offer_language ol JOIN candidate_language cl ON cl.language = ol.language AND cl.level >= ol.min_level"
            + "  JOIN job_offer o ON o.id = ol.offer_id WHERE %2$s"
            + " UNION ALL SELECT o.id, cc.candidate_id, " + Match.COUNTRY + ", 0"
            + "  FROM job_offer o JOIN candidate_country cc ON cc.country = o.country WHERE %3$s"
            + ") m GROUP BY m.offer_id, m.candidate_id HAVING SUM(m.skill) > 0";

    private static final String OFFER_SCORES = SCORES.formatted("os.offer_id = ?1", "ol.offer_id = ?1", "o.id = ?1");

    private static final String CANDIDATE_SCORES = SCORES.formatted("cs.candidate_id = ?1 AND o.closes_on >= ?2",
            "cl.candidate_id = ?1 AND o.closes_on >= ?2", "cc.candidate_id = ?1 AND o.closes_on >= ?2");

    private static final String ALL_SCORES = SCORES.formatted("o.closes_on >= ?1", "o.closes_on >= ?1", "o.closes_on >= ?1");

    /** An offer's best candidates whose consent holds on the day, best first. */
    private static final String BEST_CANDIDATES = "SELECT m.candidate_id, m.score FROM offer_match m JOIN candidate c ON c.id = m.candidate_id "
            + "WHERE m.offer_id = ?1 AND c.anonymised_at IS NULL AND c.consent_until >= ?2 ORDER BY m.score DESC, m.candidate_id DESC";

    /** A candidate's best offers open on the day, best first. */
    private static final String BEST_OFFERS = "SELECT m.offer_id, m.score FROM offer_match m JOIN job_offer o ON o.id = m.offer_id "
            + "WHERE m.candidate_id = ?1 AND o.opens_on <= ?2 AND o.closes_on >= ?2 ORDER BY m.score DESC, m.offer_id DESC";

    @PersistenceContext
    EntityManager em;

    /** Scores the offer against every candidate again. */
    public void refreshOffer(Long offerId) {
        em.flush();
        em.createNativeQuery("DELETE FROM offer_match WHERE offer_id = ?1").setParameter(1, offerId).executeUpdate();
        em.createNativeQuery(OFFER_SCORES).setParameter(1, offerId).executeUpdate();
    }

    /** Scores the candidate against every offer not yet closed on {@code today} again (none if their profile is empty). */
    public void refreshCandidate(Long candidateId, LocalDate today) {
        em.flush();
        em.createNativeQuery("DELETE FROM offer_match WHERE candidate_id = ?1").setParameter(1, candidateId).executeUpdate();
        em.createNativeQuery(CANDIDATE_SCORES).setParameter(1, candidateId).setParameter(2, today).executeUpdate();
    }

    /** Scores everything again (the benchmark's set-up, or after a bulk import); answers the pairs kept. */
    public int refreshAll(LocalDate today) {
        em.flush();
        em.createNativeQuery("DELETE FROM offer_match").executeUpdate();
        return em.createNativeQuery(ALL_SCORES).setParameter(1, today).executeUpdate();
    }

    /** Forgets a candidate's scores (their consent ran out and they were anonymised). */
    public void forgetCandidates(Collection<Long> candidateIds) {
        if (!candidateIds.isEmpty()) {
            em.createNativeQuery("DELETE FROM offer_match WHERE candidate_id IN (?1)").setParameter(1, candidateIds).executeUpdate();
        }
    }

    /** The offer's best {@code limit} candidates (id to score), best first. */
    public LinkedHashMap<Long, Integer> bestCandidates(Long offerId, LocalDate today, int limit) {
        return ranked(em.createNativeQuery(BEST_CANDIDATES).setParameter(1, offerId).setParameter(2, today).setMaxResults(limit).getResultList());
    }

    /** The candidate's best {@code limit} open offers (id to score), best first. */
    public LinkedHashMap<Long, Integer> bestOffers(Long candidateId, LocalDate today, int limit) {
        return ranked(em.createNativeQuery(BEST_OFFERS).setParameter(1, candidateId).setParameter(2, today).setMaxResults(limit).getResultList());
    }

    /** What a few candidates hold, read in three queries: their skills, languages and countries. */
    public record Held(Map<Long, Integer> skills, Map<String, String> languages, Set<String> countries) {
    }

    public Map<Long, Held> held(Collection<Long> candidateIds) {
        Map<Long, Held> held = new HashMap<>();
        if (candidateIds.isEmpty()) {
            return held;
        }
        candidateIds.forEach(id -> held.put(id, new Held(new HashMap<>(), new HashMap<>(), new HashSet<>())));
        for (Object[] r : rows("SELECT candidate_id, skill_id, level FROM candidate_skill WHERE candidate_id IN (?1)", candidateIds)) {
            held.get(number(r[0])).skills().put(number(r[1]), (int) number(r[2]).longValue());
        }
        for (Object[] r : rows("SELECT candidate_id, language, level FROM candidate_language WHERE candidate_id IN (?1)", candidateIds)) {
            held.get(number(r[0])).languages().put((String) r[1], (String) r[2]);
        }
        for (Object[] r : rows("SELECT candidate_id, country FROM candidate_country WHERE candidate_id IN (?1)", candidateIds)) {
            held.get(number(r[0])).countries().add((String) r[1]);
        }
        return held;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Collection<Long> ids) {
        return em.createNativeQuery(sql).setParameter(1, new ArrayList<>(ids)).getResultList();
    }

    private static LinkedHashMap<Long, Integer> ranked(List<?> rows) {
        LinkedHashMap<Long, Integer> ranked = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            ranked.put(number(r[0]), (int) number(r[1]).longValue());
        }
        return ranked;
    }

    private static Long number(Object o) {
        return ((Number) o).longValue();
    }
}
