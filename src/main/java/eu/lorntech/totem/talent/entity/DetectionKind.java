package eu.lorntech.totem.talent.entity;

/** How candidates were detected: visiting a school, a hackathon, a jury day, or another action. */
public enum DetectionKind {
    SCHOOL_VISIT, HACKATHON, JURY_DAY, OTHER;

    public String messageKey() {
        return "talent.action.kind." + name();
    }
}
