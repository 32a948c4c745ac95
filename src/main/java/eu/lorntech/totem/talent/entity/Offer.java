package eu.lorntech.totem.talent.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A partner company's offer: a job, an internship, an apprenticeship or a mission, with the skills it
 * requires or wishes (each from a least level), the languages (least CEFR level), where, in which
 * country, under which contract, and the days it is open. Changed only through {@link #describe}, which
 * refuses anything not allowed before anything changes.
 */
@Entity
@Table(name = "job_offer")
@NamedQuery(name = Offer.OF_COMPANY, query = "select o from Offer o where o.organisationId = :organisation order by o.closesOn desc, o.id desc")
@NamedQuery(name = Offer.OPEN, query = "select o from Offer o where o.opensOn <= :today and o.closesOn >= :today "
        + "and (:kind is null or o.kind = :kind) and (:country is null or o.country = :country) and (:site is null or o.siteId = :site) "
        + "order by o.closesOn, o.id")
@NamedQuery(name = Offer.COUNT_OPEN, query = "select count(o) from Offer o where o.opensOn <= :today and o.closesOn >= :today "
        + "and (:kind is null or o.kind = :kind) and (:country is null or o.country = :country) and (:site is null or o.siteId = :site)")
@NamedQuery(name = Offer.WITH_CRITERIA, query = "select distinct o from Offer o left join fetch o.skills where o.id in :ids")
public class Offer {

    public static final String OF_COMPANY = "Offer.ofCompany";
    public static final String OPEN = "Offer.open";
    public static final String COUNT_OPEN = "Offer.countOpen";
    public static final String WITH_CRITERIA = "Offer.withCriteria";
    public static final int TITLE_MAX = 160;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int PLACE_MAX = 120;
    /** An offer stays open a year at most. */
    public static final int MAX_OPEN_DAYS = 366;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "site_id")
    private Long siteId;

    @Enumerated(EnumType.STRING)
    private OfferKind kind;

    private String title;

    private String description;

    private String place;

    private String country;

    @Enumerated(EnumType.STRING)
    private Contract contract;

    @Column(name = "opens_on")
    private LocalDate opensOn;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "offer_skill", joinColumns = @JoinColumn(name = "offer_id"))
    private Set<Requirement> skills = new HashSet<>();

    /** Language (ISO 639-1) to least level (A1..C2, NATIVE). */
    @ElementCollection
    @CollectionTable(name = "offer_language", joinColumns = @JoinColumn(name = "offer_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "min_level")
    private Map<String, String> languages = new HashMap<>();

    @Version
    private int version;

    protected Offer() {
    }

    public Offer(Long organisationId, Long siteId, Long createdBy, Instant now) {
        this.organisationId = organisationId;
        this.siteId = siteId;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** What the offer says, as a whole. */
    public record Terms(OfferKind kind, String title, String description, String place, String country, Contract contract, LocalDate opensOn,
            LocalDate closesOn, Collection<Requirement> skills, Map<String, String> languages) {
    }

    /**
     * Sets the offer's terms as a whole, or refuses them all: a title and a place, a country of the region,
     * the skills known to the list (at least one), languages and levels of the profile lists, a closing day
     * not before the opening day nor before {@code today}, open a year at most.
     */
    public void describe(Terms t, LocalDate today, Predicate<Long> knownSkill) {
        if (t.kind() == null || t.contract() == null) {
            throw Refusal.invalid("offer.kind.required");
        }
        String newTitle = trimmed(t.title());
        if (newTitle == null || newTitle.length() > TITLE_MAX) {
            throw Refusal.invalid("offer.title.required", TITLE_MAX);
        }
        String newPlace = trimmed(t.place());
        if (newPlace == null || newPlace.length() > PLACE_MAX) {
            throw Refusal.invalid("offer.place.required", PLACE_MAX);
        }
        String newDescription = trimmed(t.description());
        if (newDescription != null && newDescription.length() > DESCRIPTION_MAX) {
            throw Refusal.invalid("offer.description.tooLong", DESCRIPTION_MAX);
        }
        if (t.country() == null || !Profile.COUNTRIES.contains(t.country())) {
            throw Refusal.invalid("talent.profile.country.unknown", String.valueOf(t.country()));
        }
        if (t.opensOn() == null || t.closesOn() == null || t.closesOn().isBefore(t.opensOn()) || t.closesOn().isBefore(today)) {
            throw Refusal.invalid("offer.dates.invalid");
        }
        if (t.opensOn().plusDays(MAX_OPEN_DAYS).isBefore(t.closesOn())) {
            throw Refusal.invalid("offer.dates.tooLong", MAX_OPEN_DAYS);
        }
        Collection<Requirement> newSkills = t.skills() == null ? Set.of() : t.skills();
        if (newSkills.isEmpty()) {
            throw Refusal.invalid("offer.skills.required");
        }
        Map<String, String> newLanguages = t.languages() == null ? Map.of() : t.languages();
        if (newSkills.size() > Profile.MAX_ENTRIES || newLanguages.size() > Profile.MAX_ENTRIES) {
            throw Refusal.invalid("talent.profile.tooMany", Profile.MAX_ENTRIES);
        }
        Set<Long> seen = new HashSet<>();
        for (Requirement r : newSkills) {
            if (!knownSkill.test(r.skillId())) {
                throw Refusal.invalid("talent.profile.skill.unknown");
            }
            if (!seen.add(r.skillId())) {
                throw Refusal.invalid("offer.skills.twice");
            }
        }
        newLanguages.forEach(Profile::requireLanguage);
        kind = t.kind();
        contract = t.contract();
        title = newTitle;
        place = newPlace;
        description = newDescription;
        country = t.country();
        opensOn = t.opensOn();
        closesOn = t.closesOn();
        skills.clear();
        skills.addAll(newSkills);
        languages.clear();
        languages.putAll(newLanguages);
    }

    public boolean isOpen(LocalDate today) {
        return opensOn != null && !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getSiteId() {
        return siteId;
    }

    public OfferKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getPlace() {
        return place;
    }

    public String getCountry() {
        return country;
    }

    public Contract getContract() {
        return contract;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Requirement> getSkills() {
        return Set.copyOf(skills);
    }

    public Map<String, String> getLanguages() {
        return Map.copyOf(languages);
    }
}
