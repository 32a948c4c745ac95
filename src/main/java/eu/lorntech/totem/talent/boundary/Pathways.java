package eu.lorntech.totem.talent.boundary;

import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.talent.control.TalentAccess;
import eu.lorntech.totem.talent.entity.Candidate;
import eu.lorntech.totem.talent.entity.CandidateMove;
import eu.lorntech.totem.talent.entity.DetectionAction;
import eu.lorntech.totem.talent.entity.DetectionKind;
import eu.lorntech.totem.talent.entity.Stage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pathway board of a site: its candidates by stage, moved along the allowed transitions with
 * every move kept (who, when, the days spent in the stage left, a note); the schools and detection
 * actions they came from. For the site's programme managers and the admins; another site's
 * candidate is "not found".
 */
@Stateless
public class Pathways {

    /** At most this many cards on one board: beyond, the board asks to filter. */
    public static final int BOARD_LIMIT = 400;

    /** A candidate's card on the board: where they are, since when, where they may go. */
    public record Card(Long id, String name, String school, String action, String stage, int days, List<String> next,
            boolean consentExpired) implements Serializable {
    }

    /** The board: its cards (at most {@link #BOARD_LIMIT}), whether more matched, and the average days spent per stage. */
    public record Board(List<Card> cards, boolean more, Map<String, Double> averageDays) implements Serializable {
    }

    /** A school or an action to filter by or choose from. */
    public record Option(Long id, String label) implements Serializable {
    }

    /** One line of a candidate's history. */
    public record Step(String from, String to, Integer daysInFrom, String by, Instant at, String note) implements Serializable {
    }

    /** What the candidate's page shows. */
    public record File(Long id, Long siteId, String name, String email, String school, String action, String stage, Instant stageSince,
            LocalDate consentUntil, List<String> next, List<Step> history) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    TalentAccess access;

    @Inject
    People people;

    @Inject
    Sites sites;

    /** Whether the caller manages the site's pathways (the board says so rather than failing). */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public boolean manages(Long siteId) {
        return access.manages(siteId);
    }

    /** The site's candidates, filtered by school, action and stage (each may be null), longest in their stage first. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public Board board(Long siteId, Long schoolId, Long actionId, String stage) {
        access.requireSite(siteId);
        Stage only = stage == null || stage.isBlank() ? null : parse(stage);
        Map<Long, String> schools = names(schools(siteId));
        Map<Long, String> actions = names(actions(siteId));
        Instant now = Instant.now();
        var query = em.createNamedQuery(Candidate.BOARD, Candidate.class).setParameter("site", siteId).setParameter("school", schoolId).setParameter("action", actionId)
                .setParameter("stage", only).setMaxResults(BOARD_LIMIT + 1);
        List<Candidate> found = query.getResultList();
        List<Card> cards = found.stream().limit(BOARD_LIMIT).map(c -> card(c, schools, actions, now)).toList();
        Map<String, Double> average = new java.util.LinkedHashMap<>();
        for (Object[] row : em.createNamedQuery(CandidateMove.AVERAGE_DAYS_AT_SITE, Object[].class).setParameter("site", siteId).getResultList()) {
            average.put(((Stage) row[0]).name(), ((Number) row[1]).doubleValue());
        }
        return new Board(cards, found.size() > BOARD_LIMIT, average);
    }

    /**
     * Moves a candidate from the stage the caller saw ({@code seen}) to {@code target}, with an optional
     * note; refused if the pathway does not allow it, or if someone moved the candidate meanwhile.
     */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public Card move(Long candidateId, String seen, String target, String note) {
        Candidate c = access.candidateLocked(candidateId);
        Caller me = people.requireCurrent();
        Instant now = Instant.now();
        em.persist(c.moveTo(seen == null ? null : parse(seen), parse(target), me.id(), note, now));
        return card(c, names(schools(c.getSiteId())), names(actions(c.getSiteId())), now);
    }

    /** The candidate's page: who, from where, where they are, and every move with who made it. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public File file(Long candidateId) {
        Candidate c = access.candidate(candidateId);
        List<CandidateMove> moves = em.createNamedQuery(CandidateMove.OF_CANDIDATE, CandidateMove.class).setParameter("candidate", c.getId())
                .getResultList();
        Set<Long> movers = new HashSet<>();
        moves.stream().map(CandidateMove::getMovedBy).filter(java.util.Objects::nonNull).forEach(movers::add);
        Map<Long, String> names = people.names(movers);
        List<Step> history = moves.stream().map(m -> new Step(m.getFromStage() == null ? null : m.getFromStage().name(), m.getToStage().name(),
                m.getDaysInFrom(), m.getMovedBy() == null ? null : names.get(m.getMovedBy()), m.getMovedAt(), m.getNote())).toList();
        return new File(c.getId(), c.getSiteId(), c.getName(), c.getEmail(), names(schools(c.getSiteId())).get(c.getSchoolId()),
                names(actions(c.getSiteId())).get(c.getActionId()), c.getStage().name(), c.getStageSince(), c.getConsentUntil(),
                next(c.getStage()), history);
    }

    /** The site's schools and training partners, by name. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public List<Option> schools(Long siteId) {
        return sites.organisations(siteId, "SCHOOL").stream().map(o -> new Option(o.id(), o.name())).toList();
    }

    /** The site's detection actions, the latest first. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public List<Option> actions(Long siteId) {
        return em.createNamedQuery(DetectionAction.OF_SITE, DetectionAction.class).setParameter("site", siteId).getResultStream()
                .map(a -> new Option(a.getId(), a.getTitle())).toList();
    }

    /** A detection action as its list shows it: what, where, when, and how many candidates were met there. */
    public record ActionRow(Long id, String title, String kind, String school, LocalDate heldOn, long candidates) implements Serializable {
    }

    /** The site's detection actions with their candidates counted, the latest first. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public List<ActionRow> actionRows(Long siteId) {
        access.requireSite(siteId);
        Map<Long, String> schools = names(schools(siteId));
        Map<Long, Long> counts = new java.util.HashMap<>();
        for (Object[] row : em.createNamedQuery(Candidate.COUNT_PER_ACTION_AT_SITE, Object[].class).setParameter("site", siteId).getResultList()) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return em.createNamedQuery(DetectionAction.OF_SITE, DetectionAction.class).setParameter("site", siteId).getResultStream()
                .map(a -> new ActionRow(a.getId(), a.getTitle(), a.getKind().name(), schools.get(a.getSchoolId()), a.getHeldOn(),
                        counts.getOrDefault(a.getId(), 0L))).toList();
    }

    /** A line of the outcome report: an action (or a site), its candidates per stage and in all. */
    public record OutcomeRow(String label, Map<String, Long> perStage, long total) implements Serializable {
    }

    /** Where the site's candidates are now: per stage, and per detection action (those met elsewhere last). */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public List<OutcomeRow> outcomesPerAction(Long siteId, String elsewhere) {
        access.requireSite(siteId);
        Map<Long, String> actions = names(actions(siteId));
        Map<Long, Map<String, Long>> counts = new java.util.LinkedHashMap<>();
        actions.keySet().forEach(id -> counts.put(id, new java.util.LinkedHashMap<>()));
        for (Object[] row : em.createNamedQuery(Candidate.COUNT_PER_ACTION_AND_STAGE_AT_SITE, Object[].class).setParameter("site", siteId)
                .getResultList()) {
            counts.computeIfAbsent((Long) row[0], k -> new java.util.LinkedHashMap<>()).put(((Stage) row[1]).name(), ((Number) row[2]).longValue());
        }
        List<OutcomeRow> rows = new java.util.ArrayList<>();
        for (var e : counts.entrySet()) {
            String label = e.getKey() == null ? elsewhere : actions.get(e.getKey());
            rows.add(new OutcomeRow(label, e.getValue(), e.getValue().values().stream().mapToLong(Long::longValue).sum()));
        }
        rows.sort(java.util.Comparator.comparing((OutcomeRow r) -> r.label().equals(elsewhere)));
        return rows;
    }

    /** Network-wide: each site's candidates per stage (admins). */
    @RolesAllowed(Roles.ADMIN)
    public List<OutcomeRow> outcomesPerSite() {
        Map<Long, String> siteNames = new java.util.HashMap<>();
        sites.all().forEach(s -> siteNames.put(s.id(), s.name()));
        Map<Long, Map<String, Long>> counts = new java.util.TreeMap<>();
        for (Object[] row : em.createNamedQuery(Candidate.COUNT_PER_SITE_AND_STAGE, Object[].class).getResultList()) {
            counts.computeIfAbsent((Long) row[0], k -> new java.util.LinkedHashMap<>()).put(((Stage) row[1]).name(), ((Number) row[2]).longValue());
        }
        return counts.entrySet().stream().map(e -> new OutcomeRow(siteNames.getOrDefault(e.getKey(), "?"), e.getValue(),
                e.getValue().values().stream().mapToLong(Long::longValue).sum())).toList();
    }

    /** A line of the placements report: a company, its sector and country, the hires through its offers. */
    public record PlacementRow(String company, String sector, String country, long placements) implements Serializable {
    }

    /** The hires through the offers of the site's companies ({@code siteId}), or of the whole network (null, admins), most first. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public List<PlacementRow> placements(Long siteId) {
        if (siteId != null) {
            access.requireSite(siteId);
        } else if (!people.requireCurrent().roles().contains(Roles.ADMIN)) {
            throw Refusal.forbidden("talent.site.notYours");
        }
        List<Object[]> rows = em.createNamedQuery(eu.lorntech.totem.talent.entity.Placement.PER_COMPANY, Object[].class).setParameter("site", siteId)
                .getResultList();
        Map<Long, String> names = sites.organisationNames(rows.stream().map(r -> (Long) r[0]).distinct().toList());
        return rows.stream().map(r -> new PlacementRow(names.getOrDefault((Long) r[0], "?"), r[1].toString(), (String) r[2], ((Number) r[3]).longValue()))
                .toList();
    }

    /** Records a detection action of the site (at one of its schools, or none). */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public Long recordAction(Long siteId, Long schoolId, String kind, String title, LocalDate heldOn) {
        access.requireSite(siteId);
        requireSchoolOf(siteId, schoolId);
        DetectionKind k;
        try {
            k = kind == null ? null : DetectionKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("talent.action.kind.required");
        }
        DetectionAction a = new DetectionAction(siteId, schoolId, k, title, heldOn);
        em.persist(a);
        return a.getId();
    }

    /** A candidate detected at the site (from one of its schools and actions, or none), at the first stage. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public Long addCandidate(Long siteId, String name, String email, Long schoolId, Long actionId, LocalDate consentUntil) {
        access.requireSite(siteId);
        requireSchoolOf(siteId, schoolId);
        if (actionId != null) {
            DetectionAction a = em.find(DetectionAction.class, actionId);
            if (a == null || !a.getSiteId().equals(siteId)) {
                throw Refusal.notFound("talent.action.notFound");
            }
        }
        Candidate c = new Candidate(siteId, name, email, schoolId, actionId, consentUntil, Instant.now());
        em.persist(c);
        em.flush();
        em.persist(c.detected(people.requireCurrent().id()));
        return c.getId();
    }

    private void requireSchoolOf(Long siteId, Long schoolId) {
        if (schoolId != null && schools(siteId).stream().noneMatch(o -> o.id().equals(schoolId))) {
            throw Refusal.notFound("talent.school.notFound");
        }
    }

    static Stage parse(String stage) {
        try {
            return Stage.valueOf(stage);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Refusal.invalid("talent.stage.unknown", String.valueOf(stage));
        }
    }

    static List<String> next(Stage s) {
        return s.next().stream().map(Stage::name).toList();
    }

    static Map<Long, String> names(List<Option> options) {
        return options.stream().collect(Collectors.toMap(Option::id, Option::label, (a, b) -> a));
    }

    private static Card card(Candidate c, Map<Long, String> schools, Map<Long, String> actions, Instant now) {
        return new Card(c.getId(), c.getName(), schools.get(c.getSchoolId()), actions.get(c.getActionId()), c.getStage().name(), c.daysIn(now),
                next(c.getStage()), c.getConsentUntil() != null && c.consentExpired(now.atZone(java.time.ZoneId.of("Europe/Paris")).toLocalDate()));
    }
}
