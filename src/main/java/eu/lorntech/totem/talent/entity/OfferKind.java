package eu.lorntech.totem.talent.entity;

/** What a company offers, and the pathway stage a hire on it leads to when the pathway allows it. */
public enum OfferKind {
    JOB(Stage.HIRED), INTERNSHIP(Stage.INTERNSHIP), APPRENTICESHIP(Stage.IN_TRAINING), MISSION(Stage.HIRED);

    private final Stage leadsTo;

    OfferKind(Stage leadsTo) {
        this.leadsTo = leadsTo;
    }

    public Stage leadsTo() {
        return leadsTo;
    }
}
