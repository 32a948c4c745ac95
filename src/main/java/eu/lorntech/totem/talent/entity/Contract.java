package eu.lorntech.totem.talent.entity;

/** The contract an offer comes with (French CDI and CDD, an internship agreement, an apprenticeship, freelance work). */
public enum Contract {
    PERMANENT, FIXED_TERM, INTERNSHIP, APPRENTICESHIP, FREELANCE
}
