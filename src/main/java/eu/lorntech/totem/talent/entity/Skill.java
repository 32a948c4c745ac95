package eu.lorntech.totem.talent.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;

/** A skill of the managed list, with its label in French, English and German. */
@Entity
@Table(name = "skill")
@NamedQuery(name = Skill.ACTIVE, query = "select s from Skill s where s.active = true order by s.code")
@NamedQuery(name = Skill.ALL, query = "select s from Skill s order by s.code")
@NamedQuery(name = Skill.COUNT_CODE, query = "select count(s) from Skill s where s.code = :code")
public class Skill {

    public static final String ACTIVE = "Skill.active";
    public static final String ALL = "Skill.all";
    public static final String COUNT_CODE = "Skill.countCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Column(name = "label_fr")
    private String labelFr;

    @Column(name = "label_en")
    private String labelEn;

    @Column(name = "label_de")
    private String labelDe;

    private boolean active = true;

    protected Skill() {
    }

    /** A new skill of the list: a short code (lower-case letters, digits, dashes) and its three labels. */
    public Skill(String code, String labelFr, String labelEn, String labelDe) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        if (!c.matches("[a-z0-9][a-z0-9-]{1,39}")) {
            throw eu.lorntech.totem.platform.Refusal.invalid("talent.skill.code.invalid");
        }
        this.code = c;
        this.labelFr = label(labelFr);
        this.labelEn = label(labelEn);
        this.labelDe = label(labelDe);
    }

    private static String label(String text) {
        if (text == null || text.isBlank() || text.strip().length() > 100) {
            throw eu.lorntech.totem.platform.Refusal.invalid("talent.skill.label.required");
        }
        return text.strip();
    }

    /** Taken off the list for new choices (profiles that hold it keep it), or put back. */
    public void activate(boolean on) {
        this.active = on;
    }

    public String getLabelFr() {
        return labelFr;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public String getLabelDe() {
        return labelDe;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public boolean isActive() {
        return active;
    }

    /** The label in the reader's language (French for any language Totem does not speak). */
    public String label(Locale locale) {
        String language = locale == null ? "fr" : locale.getLanguage();
        return switch (language) {
            case "de" -> labelDe;
            case "en" -> labelEn;
            default -> labelFr;
        };
    }
}
