package eu.lorntech.totem.platform.persistence;

import eu.lorntech.totem.platform.config.Settings;

/**
 * Fired once the schema is migrated; modules observe it to load their demo data.
 *
 * @param embedded true on the embedded H2 database (the demo set-up), false on MariaDB/MySQL
 */
public record DatabaseReady(boolean embedded) {

    /** Demo data: on the embedded database unless {@code totem.demo=false}; elsewhere only if {@code totem.demo=true}. */
    public boolean wantsDemoData() {
        return Settings.get("totem.demo").map(Boolean::parseBoolean).orElse(embedded);
    }
}
