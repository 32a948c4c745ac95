package eu.lorntech.totem.talent.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A company invited to a campaign, with its personal link's token (256 random bits, URL-safe): the
 * link is the company's only key, no account needed. It holds at most one response (a unique key in
 * the database), which the company may replace until the campaign closes.
 */
@Entity
@Table(name = "survey_invitation")
@NamedQuery(name = Invitation.BY_TOKEN, query = "select i from Invitation i where i.token = :token")
@NamedQuery(name = Invitation.OF_CAMPAIGN, query = "select i from Invitation i where i.campaignId = :campaign order by i.company, i.id")
@NamedQuery(name = Invitation.TO_REMIND, query = "select i from Invitation i where i.campaignId = :campaign and i.responseId is null"
        + " and (i.remindedOn is null or i.remindedOn <> :today) order by i.id")
@NamedQuery(name = Invitation.COUNT_OF_CAMPAIGN, query = "select count(i) from Invitation i where i.campaignId = :campaign")
@NamedQuery(name = Invitation.COUNT_EMAIL, query = "select count(i) from Invitation i where i.campaignId = :campaign and i.email = :email")
@NamedQuery(name = Invitation.EMAILS_AMONG, query = "select i.email from Invitation i where i.campaignId = :campaign and i.email in :emails")
@NamedQuery(name = Invitation.COUNT_ANSWERED, query = "select count(i) from Invitation i where i.campaignId = :campaign and i.responseId is not null")
@NamedQuery(name = Invitation.FILTER_VALUES, query = "select distinct i.sector, i.sizeBand, i.commune from Invitation i where i.campaignId = :campaign"
        + " and i.responseId is not null")
@NamedQuery(name = Invitation.ANSWER_COUNTS, query = "select a.question.id, a.textValue, count(a) from Answer a, Invitation i"
        + " where i.campaignId = :campaign and a.response.id = i.responseId and a.textValue is not null and a.question.kind in :kinds"
        + Invitation.FILTERS + " group by a.question.id, a.textValue")
@NamedQuery(name = Invitation.NUMBER_STATS, query = "select a.question.id, count(a), avg(cast(a.textValue as Double)), min(cast(a.textValue as Double)),"
        + " max(cast(a.textValue as Double)) from Answer a, Invitation i where i.campaignId = :campaign and a.response.id = i.responseId"
        + " and a.textValue is not null and a.question.kind = eu.lorntech.totem.form.entity.QuestionKind.NUMBER" + Invitation.FILTERS
        + " group by a.question.id")
@NamedQuery(name = Invitation.TEXTS, query = "select a.question.id, a.textValue from Answer a, Invitation i where i.campaignId = :campaign"
        + " and a.response.id = i.responseId and a.textValue is not null and a.question.kind in :kinds" + Invitation.FILTERS
        + " order by i.answeredAt desc, a.id desc")
@NamedQuery(name = Invitation.COUNT_RESPONDENTS, query = "select count(i) from Invitation i where i.campaignId = :campaign and i.responseId is not null"
        + Invitation.FILTERS)
@NamedQuery(name = Invitation.CHOSE, query = "select i from Invitation i, Answer a where i.campaignId = :campaign and a.response.id = i.responseId"
        + " and a.question.id = :question and (a.textValue = :choice or concat(concat(:nl, a.textValue), :nl) like :pattern escape '!')"
        + " order by i.id")
public class Invitation {

    public static final String BY_TOKEN = "Invitation.byToken";
    public static final String OF_CAMPAIGN = "Invitation.ofCampaign";
    public static final String TO_REMIND = "Invitation.toRemind";
    public static final String COUNT_ANSWERED = "Invitation.countAnswered";
    public static final String COUNT_OF_CAMPAIGN = "Invitation.countOfCampaign";
    public static final String COUNT_EMAIL = "Invitation.countEmail";
    public static final String EMAILS_AMONG = "Invitation.emailsAmong";
    public static final String FILTER_VALUES = "Invitation.filterValues";
    public static final String ANSWER_COUNTS = "Invitation.answerCounts";
    public static final String NUMBER_STATS = "Invitation.numberStats";
    public static final String TEXTS = "Invitation.texts";
    public static final String COUNT_RESPONDENTS = "Invitation.countRespondents";
    public static final String CHOSE = "Invitation.chose";
    /** The results' filters (each null for all): sector, size band, commune. */
    static final String FILTERS = " and (:sector is null or i.sector = :sector) and (:size is null or i.sizeBand = :size)"
            + " and (:commune is null or i.commune = :commune)";

    /** 32 bytes: 256 bits of randomness, twice what a link that must not be guessed needs. */
    static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22,64}");
    private static final Set<String> LANGUAGES = Set.of("fr", "en", "de");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id")
    private Long campaignId;

    private String token;

    private String company;

    private String email;

    private String sector;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_band")
    private SizeBand sizeBand;

    private String commune;

    private String language;

    @Column(name = "invited_at")
    private Instant invitedAt;

    @Column(name = "reminded_on")
    private LocalDate remindedOn;

    @Column(name = "response_id")
    private Long responseId;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private int version;

    protected Invitation() {
    }

    /** A company invited to the campaign, with a fresh token; its language defaults to French. */
    public Invitation(Long campaignId, Company c, Instant now) {
        this.campaignId = java.util.Objects.requireNonNull(campaignId);
        String name = c.name() == null ? "" : c.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw Refusal.invalid("survey.invite.company.required");
        }
        String mail = c.email() == null ? "" : c.email().strip().toLowerCase(Locale.ROOT);
        if (mail.length() > 254 || !EMAIL.matcher(mail).matches()) {
            throw Refusal.invalid("survey.invite.email.invalid", c.email() == null ? "" : c.email());
        }
        String lang = c.language() == null || c.language().isBlank() ? "fr" : c.language().strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(lang)) {
            throw Refusal.invalid("survey.invite.language.invalid");
        }
        this.company = name;
        this.email = mail;
        this.sector = optional(c.sector(), 100);
        this.sizeBand = c.size();
        this.commune = optional(c.commune(), 100);
        this.language = lang;
        this.token = newToken();
        this.invitedAt = now;
    }

    /** A company as the manager types it (sector, size, commune and language may be empty). */
    public record Company(String name, String email, String sector, SizeBand size, String commune, String language) {

        /**
         * A company as one line of a spreadsheet or a CSV file: name, e-mail, then optionally sector, size
         * (a band such as SMALL, or the headcount), commune and language, separated by tabs (a spreadsheet's
         * copy) or semicolons. Fields are stripped; a refusal names what is wrong.
         */
        public static Company parse(String line) {
            String[] f = line.split(line.indexOf('\t') >= 0 ? "\t" : ";", -1);
            if (f.length < 2 || f.length > 6) {
                throw Refusal.invalid("survey.inviteAll.columns", f.length);
            }
            return new Company(field(f, 0), field(f, 1), field(f, 2), size(field(f, 3)), field(f, 4), field(f, 5));
        }

        private static String field(String[] f, int i) {
            return i < f.length ? f[i].strip() : "";
        }

        private static SizeBand size(String s) {
            if (s.matches("\\d{1,7}")) {
                return SizeBand.ofHeadcount(Integer.parseInt(s));
            }
            return SizeBand.parse(s.toUpperCase(Locale.ROOT));
        }
    }

    /** A new personal token: 256 bits from {@link SecureRandom}, base64url without padding (43 characters). */
    public static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a string could be a token at all (anything else is "not found" without asking the database). */
    public static boolean looksLikeToken(String s) {
        return s != null && TOKEN.matcher(s).matches();
    }

    private static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw Refusal.invalid("survey.invite.field.tooLong", max);
        }
        return v;
    }

    /** The company's first answer is kept as this response; later ones replace its answers, never adding a second. */
    public void answered(Long response, Instant now) {
        if (responseId != null && !responseId.equals(response)) {
            throw new IllegalStateException("invitation " + id + " already holds response " + responseId);
        }
        this.responseId = java.util.Objects.requireNonNull(response);
        this.answeredAt = now;
    }

    public boolean isAnswered() {
        return responseId != null;
    }

    /** Whether a reminder may go today: not answered, not reminded today already. */
    public boolean remindableOn(LocalDate today) {
        return responseId == null && !today.equals(remindedOn);
    }

    public void remindedOn(LocalDate today) {
        this.remindedOn = today;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getToken() {
        return token;
    }

    public String getCompany() {
        return company;
    }

    public String getEmail() {
        return email;
    }

    public String getSector() {
        return sector;
    }

    public SizeBand getSizeBand() {
        return sizeBand;
    }

    public String getCommune() {
        return commune;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public LocalDate getRemindedOn() {
        return remindedOn;
    }

    public Long getResponseId() {
        return responseId;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
