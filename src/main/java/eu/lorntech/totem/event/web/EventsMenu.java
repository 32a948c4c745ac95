package eu.lorntech.totem.event.web;

import eu.lorntech.totem.platform.web.MenuContributor;
import eu.lorntech.totem.platform.web.MenuEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The public catalogue of events in the main menu, for everyone signed in. */
@ApplicationScoped
public class EventsMenu implements MenuContributor {

    @Override
    public List<MenuEntry> entries() {
        return List.of(new MenuEntry(300, "menu.events.catalogue", "/public/events.xhtml", Set.of()));
    }
}
