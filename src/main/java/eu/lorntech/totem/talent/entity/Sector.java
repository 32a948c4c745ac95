package eu.lorntech.totem.talent.entity;

/** A company's sector, as the outcome figures and the needs survey group them. */
public enum Sector {
    DIGITAL, INDUSTRY, CRAFTS, RETAIL, SERVICES, HEALTH, CONSTRUCTION, AGRIFOOD, LOGISTICS, PUBLIC
}
