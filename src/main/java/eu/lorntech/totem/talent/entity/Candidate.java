package eu.lorntech.totem.talent.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A person on a talent pathway at a site: detected at a school or an action, at one stage at a time.
 * Every move goes through {@link #moveTo}, which refuses what {@link Stage} does not allow and returns
 * the move to keep in the history.
 */
@Entity
@Table(name = "candidate")
@NamedQuery(name = Candidate.TO_ANONYMISE, query = "select c from Candidate c where c.anonymisedAt is null and c.consentUntil < :before")
@NamedQuery(name = Candidate.COUNT_ON_BOARD_AT_SITE, query = "select count(c) from Candidate c where c.siteId = :site and c.anonymisedAt is null "
        + "and c.stage <> eu.lorntech.totem.talent.entity.Stage.LEFT")
@NamedQuery(name = Candidate.COUNT_CONSENT_EXPIRED_AT_SITE, query = "select count(c) from Candidate c where c.siteId = :site "
        + "and c.anonymisedAt is null and c.consentUntil < :today")
@NamedQuery(name = Candidate.OF_USER, query = "select c from Candidate c where c.userId = :user")
@NamedQuery(name = Candidate.BOARD, query = "select c from Candidate c where c.siteId = :site and c.anonymisedAt is null and (:school is null or c.schoolId = :school) "
        + "and (:action is null or c.actionId = :action) and (:stage is null or c.stage = :stage) order by c.stageSince, c.name")
@NamedQuery(name = Candidate.COUNT_PER_ACTION_AT_SITE, query = "select c.actionId, count(c) from Candidate c where c.siteId = :site "
        + "and c.actionId is not null group by c.actionId")
@NamedQuery(name = Candidate.COUNT_PER_ACTION_AND_STAGE_AT_SITE, query = "select c.actionId, c.stage, count(c) from Candidate c where c.siteId = :site "
        + "group by c.actionId, c.stage")
@NamedQuery(name = Candidate.COUNT_PER_SITE_AND_STAGE, query = "select c.siteId, c.stage, count(c) from Candidate c group by c.siteId, c.stage")
@NamedQuery(name = Candidate.COUNT_PER_STAGE_AT_SITE, query = "select c.stage, count(c) from Candidate c where c.siteId = :site group by c.stage")
public class Candidate {

    public static final String BOARD = "Candidate.board";
    public static final String OF_USER = "Candidate.ofUser";
    public static final String COUNT_ON_BOARD_AT_SITE = "Candidate.countOnBoardAtSite";
    public static final String COUNT_CONSENT_EXPIRED_AT_SITE = "Candidate.countConsentExpiredAtSite";
    public static final String TO_ANONYMISE = "Candidate.toAnonymise";
    public static final String COUNT_PER_ACTION_AT_SITE = "Candidate.countPerActionAtSite";
    public static final String COUNT_PER_ACTION_AND_STAGE_AT_SITE = "Candidate.countPerActionAndStageAtSite";
    public static final String COUNT_PER_SITE_AND_STAGE = "Candidate.countPerSiteAndStage";
    public static final String COUNT_PER_STAGE_AT_SITE = "Candidate.countPerStageAtSite";
    public static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id")
    private Long siteId;

    @Column(name = "user_id")
    private Long userId;

    private String name;

    private String email;

    @Column(name = "school_id")
    private Long schoolId;

    @Column(name = "action_id")
    private Long actionId;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    @Column(name = "stage_since")
    private Instant stageSince;

    @Column(name = "consent_until")
    private LocalDate consentUntil;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "available_from")
    private LocalDate availableFrom;

    /** Skill id to level (1 to 4). */
    @ElementCollection
    @CollectionTable(name = "candidate_skill", joinColumns = @JoinColumn(name = "candidate_id"))
    @MapKeyColumn(name = "skill_id")
    @Column(name = "level")
    private Map<Long, Integer> skills = new HashMap<>();

    /** Language (ISO 639-1) to level (A1..C2, NATIVE). */
    @ElementCollection
    @CollectionTable(name = "candidate_language", joinColumns = @JoinColumn(name = "candidate_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "level")
    private Map<String, String> languages = new HashMap<>();

    /** The countries they would work in. */
    @ElementCollection
    @CollectionTable(name = "candidate_country", joinColumns = @JoinColumn(name = "candidate_id"))
    @Column(name = "country")
    private Set<String> countries = new HashSet<>();

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Column(name = "cv_document_id")
    private Long cvDocumentId;

    @Version
    private int version;

    protected Candidate() {
    }

    public Candidate(Long siteId, String name, String email, Long schoolId, Long actionId, LocalDate consentUntil, Instant now) {
        if (name == null || name.isBlank() || name.strip().length() > 160) {
            throw Refusal.invalid("talent.candidate.name.required");
        }
        if (email != null && !email.isBlank() && (email.strip().length() > 254 || !email.contains("@"))) {
            throw Refusal.invalid("talent.candidate.email.invalid", email);
        }
        this.siteId = siteId;
        this.name = name.strip();
        this.email = email == null || email.isBlank() ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
        this.schoolId = schoolId;
        this.actionId = actionId;
        this.consentUntil = consentUntil;
        this.stage = Stage.DETECTED;
        this.stageSince = now;
        this.createdAt = now;
    }

    /** The first line of the history: detected, by whom, when. */
    public CandidateMove detected(Long by) {
        return new CandidateMove(id, null, Stage.DETECTED, null, by, createdAt, null);
    }

    /**
     * Moves to {@code target} if the pathway allows it from here; the move to keep records the days spent
     * in the stage left. {@code seen} is the stage the person moving saw: if another move came first, refused.
     */
    public CandidateMove moveTo(Stage seen, Stage target, Long by, String note, Instant now) {
        if (seen != null && seen != stage) {
            throw Refusal.conflict("talent.move.changed", name);
        }
        if (!stage.canMoveTo(target)) {
            throw Refusal.invalid("talent.move.notAllowed", name);
        }
        String kept = note == null || note.isBlank() ? null : note.strip();
        if (kept != null && kept.length() > NOTE_MAX) {
            throw Refusal.invalid("talent.move.note.tooLong", NOTE_MAX);
        }
        CandidateMove move = new CandidateMove(id, stage, target, daysIn(now), by, now, kept);
        stage = target;
        stageSince = now;
        return move;
    }

    /**
     * The candidate's own profile, replaced as a whole: skills (known ids, levels 1 to 4), languages (levels
     * A1..C2 or NATIVE), countries of the region, the day they are available from. Anything not allowed is
     * refused before anything changes.
     */
    public void describe(Map<Long, Integer> newSkills, Map<String, String> newLanguages, Set<String> newCountries, LocalDate from,
            java.util.function.Predicate<Long> knownSkill) {
        if (newSkills.size() > Profile.MAX_ENTRIES || newLanguages.size() > Profile.MAX_ENTRIES) {
            throw Refusal.invalid("talent.profile.tooMany", Profile.MAX_ENTRIES);
        }
        newSkills.forEach((skill, level) -> {
            if (skill == null || !knownSkill.test(skill)) {
                throw Refusal.invalid("talent.profile.skill.unknown");
            }
            Profile.requireSkillLevel(level);
        });
        newLanguages.forEach(Profile::requireLanguage);
        Profile.requireCountries(newCountries);
        skills.clear();
        skills.putAll(newSkills);
        languages.clear();
        languages.putAll(newLanguages);
        countries.clear();
        countries.addAll(newCountries);
        availableFrom = from;
    }

    /** Consent renewed for {@code years} from {@code today}. */
    public void renewConsent(LocalDate today, int years) {
        consentUntil = today.plusYears(years);
    }

    /** Whether the consent has run out on {@code today} (no date: never given, so out). */
    public boolean consentExpired(LocalDate today) {
        return consentUntil == null || consentUntil.isBefore(today);
    }

    public Map<Long, Integer> getSkills() {
        return java.util.Collections.unmodifiableMap(skills);
    }

    public Map<String, String> getLanguages() {
        return java.util.Collections.unmodifiableMap(languages);
    }

    public Set<String> getCountries() {
        return java.util.Collections.unmodifiableSet(countries);
    }

    public LocalDate getAvailableFrom() {
        return availableFrom;
    }

    /** Links the candidate to their own account (a candidate who signs up and starts their profile). */
    public void ownedBy(Long user) {
        this.userId = user;
    }

    /**
     * Forgets who the candidate was: name, address, account, profile. What stays (stage, school, action,
     * the dates of the moves) counts in the outcome figures and names nobody.
     */
    public void anonymise(Instant now) {
        if (anonymisedAt != null) {
            return;
        }
        name = "-";
        email = null;
        userId = null;
        skills.clear();
        languages.clear();
        countries.clear();
        availableFrom = null;
        cvDocumentId = null;
        anonymisedAt = now;
    }

    /** The CV (a document) the candidate gave; the one before it is returned so it can be deleted. */
    public Long attachCv(Long documentId) {
        Long before = cvDocumentId;
        cvDocumentId = documentId;
        return before;
    }

    public Long getCvDocumentId() {
        return cvDocumentId;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    /** Whole days spent in the current stage until {@code now}. */
    public int daysIn(Instant now) {
        return (int) Math.max(0, Duration.between(stageSince, now).toDays());
    }

    public Long getId() {
        return id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getActionId() {
        return actionId;
    }

    public Stage getStage() {
        return stage;
    }

    public Instant getStageSince() {
        return stageSince;
    }

    public LocalDate getConsentUntil() {
        return consentUntil;
    }
}
