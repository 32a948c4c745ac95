package eu.lorntech.totem.event.web;

import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.platform.web.MenuContributor;
import eu.lorntech.totem.platform.web.MenuEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The organisers' events page in the main menu. */
@ApplicationScoped
public class EventMenu implements MenuContributor {

    @Override
    public List<MenuEntry> entries() {
        return List.of(new MenuEntry(300, "menu.event.mine", "/event/events.xhtml", Set.of(Roles.EVENT_ORGANISER, Roles.ADMIN)));
    }
}
