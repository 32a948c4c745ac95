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
public class Skill {

    public static final String ACTIVE = "Skill.active";

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
