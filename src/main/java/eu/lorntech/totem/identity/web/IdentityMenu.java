package eu.lorntech.totem.identity.web;

import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.platform.web.MenuContributor;
import eu.lorntech.totem.platform.web.MenuEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The identity module's pages in the main menu. */
@ApplicationScoped
public class IdentityMenu implements MenuContributor {

    @Override
    public List<MenuEntry> entries() {
        return List.of(
                new MenuEntry(0, "menu.dashboard", "/dashboard.xhtml", Set.of()),
                new MenuEntry(900, "menu.users", "/identity/admin/users.xhtml", Set.of(Roles.ADMIN)),
                new MenuEntry(910, "menu.audit", "/identity/admin/audit.xhtml", Set.of(Roles.ADMIN)),
                new MenuEntry(990, "menu.profile", "/identity/profile.xhtml", Set.of()));
    }
}
