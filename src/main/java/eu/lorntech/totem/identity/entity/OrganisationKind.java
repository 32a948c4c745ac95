package eu.lorntech.totem.identity.entity;

/** Startups are incubated or accelerated, companies offer jobs and answer surveys, schools send talents. */
public enum OrganisationKind {
    STARTUP, COMPANY, SCHOOL
}
