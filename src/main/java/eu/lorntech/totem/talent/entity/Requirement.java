package eu.lorntech.totem.talent.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** A skill an offer asks for: required or wished, from a least level (1 to 4). */
@Embeddable
public class Requirement implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "skill_id")
    private Long skillId;

    private boolean required;

    @Column(name = "min_level")
    private int minLevel;

    protected Requirement() {
    }

    public Requirement(Long skillId, boolean required, Integer minLevel) {
        if (skillId == null) {
            throw Refusal.invalid("talent.profile.skill.unknown");
        }
        Profile.requireSkillLevel(minLevel);
        this.skillId = skillId;
        this.required = required;
        this.minLevel = minLevel;
    }

    public Long skillId() {
        return skillId;
    }

    public boolean required() {
        return required;
    }

    public int minLevel() {
        return minLevel;
    }

    /** Whether a candidate holding the skill at {@code level} (null: not at all) meets it. */
    public boolean metBy(Integer level) {
        return level != null && level >= minLevel;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Requirement r && Objects.equals(skillId, r.skillId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(skillId);
    }
}
