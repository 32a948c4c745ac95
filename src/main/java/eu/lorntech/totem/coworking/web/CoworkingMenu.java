package eu.lorntech.totem.coworking.web;

import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.platform.web.MenuContributor;
import eu.lorntech.totem.platform.web.MenuEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The coworking pages in the main menu. */
@ApplicationScoped
public class CoworkingMenu implements MenuContributor {

    private static final Set<String> BOOKERS = Set.of(Roles.MEMBER, Roles.FOUNDER, Roles.SPACE_MANAGER, Roles.ADMIN);

    @Override
    public List<MenuEntry> entries() {
        return List.of(
                new MenuEntry(100, "menu.coworking.calendar", "/coworking/calendar.xhtml", BOOKERS),
                new MenuEntry(110, "menu.coworking.mine", "/coworking/my-bookings.xhtml", BOOKERS),
                new MenuEntry(120, "menu.coworking.freeNow", "/coworking/free-now.xhtml", BOOKERS),
                new MenuEntry(130, "menu.coworking.manage", "/coworking/manage/today.xhtml", Set.of(Roles.SPACE_MANAGER, Roles.ADMIN)));
    }
}
