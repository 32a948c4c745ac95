package eu.lorntech.totem.talent.boundary;

import eu.lorntech.totem.identity.boundary.Accounts;
import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.config.Settings;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.talent.control.TalentAccess;
import eu.lorntech.totem.talent.entity.Candidate;
import eu.lorntech.totem.talent.entity.Skill;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A candidate's profile: skills from the managed list with a level, languages with a level, the
 * countries they would work in, when they are available, and their consent. The candidate keeps
 * their own; the site's programme managers read it on the candidate's page. Nobody else.
 */
@Stateless
public class Profiles {

    /** How long a renewed consent lasts, in years ({@code totem.talent.consent-years}). */
    public static final String CONSENT_YEARS = "totem.talent.consent-years";

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** A skill of the managed list, labelled in the reader's language. */
    public record SkillOption(Long id, String label) implements Serializable {
    }

    /** What a profile holds. */
    public record View(Long candidateId, String name, String stage, Map<Long, Integer> skills, Map<String, String> languages,
            Set<String> countries, LocalDate availableFrom, LocalDate consentUntil, boolean consentExpired) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Accounts accounts;

    @Inject
    TalentAccess access;

    @Inject
    eu.lorntech.totem.talent.control.Matching matching;

    /** The managed list of skills, by label in {@code locale}. */
    @RolesAllowed({Roles.CANDIDATE, Roles.PROGRAMME_MANAGER, Roles.PARTNER_COMPANY, Roles.ADMIN})
    public List<SkillOption> skills(Locale locale) {
        return em.createNamedQuery(Skill.ACTIVE, Skill.class).getResultStream().map(s -> new SkillOption(s.getId(), s.label(locale)))
                .sorted(java.util.Comparator.comparing(SkillOption::label, java.text.Collator.getInstance(locale))).toList();
    }

    /** A skill of the list as its managers see it: its code, its three labels, whether it is offered. */
    public record SkillEntry(Long id, String code, String labelFr, String labelEn, String labelDe, boolean active) implements Serializable {
    }

    /** The whole list, with the skills taken off it. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public List<SkillEntry> skillList() {
        return em.createNamedQuery(Skill.ALL, Skill.class).getResultStream()
                .map(s -> new SkillEntry(s.getId(), s.getCode(), s.getLabelFr(), s.getLabelEn(), s.getLabelDe(), s.isActive())).toList();
    }

    /** Adds a skill to the list; a code already used is refused. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public Long addSkill(String code, String labelFr, String labelEn, String labelDe) {
        Skill s = new Skill(code, labelFr, labelEn, labelDe);
        if (em.createNamedQuery(Skill.COUNT_CODE, Long.class).setParameter("code", s.getCode()).getSingleResult() > 0) {
            throw Refusal.conflict("talent.skill.code.taken", s.getCode());
        }
        em.persist(s);
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException addedMeanwhile) {
            // the unique key on the code: someone added the same code a moment ago
            throw Refusal.conflict("talent.skill.code.taken", s.getCode());
        }
        return s.getId();
    }

    /** Takes a skill off the list for new choices, or puts it back; profiles that hold it keep it. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public void offerSkill(Long id, boolean offered) {
        Skill s = id == null ? null : em.find(Skill.class, id);
        if (s == null) {
            throw Refusal.notFound("talent.profile.skill.unknown");
        }
        s.activate(offered);
    }

    /** The caller's own profile, if they have started one. */
    @RolesAllowed(Roles.CANDIDATE)
    public Optional<View> mine() {
        return own().map(Profiles::view);
    }

    /** Starts the caller's profile at their home site: they appear on its pathway board as detected. */
    @RolesAllowed(Roles.CANDIDATE)
    public View start() {
        Caller me = people.requireCurrent();
        Optional<Candidate> existing = own();
        if (existing.isPresent()) {
            return view(existing.get());
        }
        Long site = accounts.homeSiteId().orElseThrow(() -> Refusal.invalid("talent.profile.noSite"));
        Candidate c = new Candidate(site, me.displayName(), me.email(), null, null, null, Instant.now());
        c.ownedBy(me.id());
        c.renewConsent(LocalDate.now(PARIS), consentYears());
        em.persist(c);
        em.flush();
        em.persist(c.detected(me.id()));
        return view(c);
    }

    /** Replaces the caller's skills, languages, countries and availability as a whole; refused entirely if anything is not allowed. */
    @RolesAllowed(Roles.CANDIDATE)
    public View describeMine(Map<Long, Integer> skills, Map<String, String> languages, Set<String> countries, LocalDate availableFrom) {
        Candidate c = ownLocked();
        Set<Long> known = new java.util.HashSet<>();
        em.createNamedQuery(Skill.ACTIVE, Skill.class).getResultStream().forEach(s -> known.add(s.getId()));
        c.describe(skills == null ? Map.of() : skills, languages == null ? Map.of() : languages, countries == null ? Set.of() : countries,
                availableFrom, known::contains);
        matching.refreshCandidate(c.getId(), LocalDate.now(PARIS));
        return view(c);
    }

    /** The caller gives their consent again, for {@code totem.talent.consent-years} from today. */
    @RolesAllowed(Roles.CANDIDATE)
    public View renewMyConsent() {
        Candidate c = ownLocked();
        c.renewConsent(LocalDate.now(PARIS), consentYears());
        return view(c);
    }

    /** A candidate's profile, for the programme managers of their site. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public View of(Long candidateId) {
        return view(access.candidate(candidateId));
    }

    private Optional<Candidate> own() {
        Caller me = people.requireCurrent();
        return em.createNamedQuery(Candidate.OF_USER, Candidate.class).setParameter("user", me.id()).getResultStream().findFirst();
    }

    private Candidate ownLocked() {
        Candidate c = own().orElseThrow(() -> Refusal.notFound("talent.profile.none"));
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        return c;
    }

    static int consentYears() {
        return Math.max(1, Settings.integer(CONSENT_YEARS, 2));
    }

    private static View view(Candidate c) {
        return new View(c.getId(), c.getName(), c.getStage().name(), new TreeMap<>(c.getSkills()), new TreeMap<>(c.getLanguages()),
                new TreeSet<>(c.getCountries()), c.getAvailableFrom(), c.getConsentUntil(), c.consentExpired(LocalDate.now(PARIS)));
    }
}
