package eu.lorntech.totem.talent.entity;

/** A company's size by headcount, as the survey filters it (the French statistical bands). */
public enum SizeBand {
    /** 0 to 9 people. */
    MICRO,
    /** 10 to 49. */
    SMALL,
    /** 50 to 249. */
    MEDIUM,
    /** 250 and more. */
    LARGE;

    public String messageKey() {
        return "survey.size." + name();
    }

    /** The band of a headcount. */
    public static SizeBand ofHeadcount(int people) {
        return people < 10 ? MICRO : people < 50 ? SMALL : people < 250 ? MEDIUM : LARGE;
    }

    /** The band of a name, null for none, or a refusal. */
    public static SizeBand parse(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            throw eu.lorntech.totem.platform.Refusal.invalid("survey.size.unknown");
        }
    }
}
