package eu.lorntech.totem.programme.web;

import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.platform.web.MenuContributor;
import eu.lorntech.totem.platform.web.MenuEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The programme pages in the main menu. */
@ApplicationScoped
public class ProgrammeMenu implements MenuContributor {

    @Override
    public List<MenuEntry> entries() {
        return List.of(
                new MenuEntry(200, "menu.programme.calls", "/programme/calls.xhtml", Set.of()),
                new MenuEntry(210, "menu.programme.jury", "/programme/jury.xhtml", Set.of(Roles.MENTOR)),
                new MenuEntry(220, "menu.programme.ranking", "/programme/ranking.xhtml", Set.of(Roles.PROGRAMME_MANAGER, Roles.ADMIN)),
                new MenuEntry(205, "menu.programme.programmes", "/programme/programmes.xhtml", Set.of(Roles.PROGRAMME_MANAGER, Roles.ADMIN)),
                new MenuEntry(225, "menu.programme.applications", "/programme/applications.xhtml", Set.of(Roles.PROGRAMME_MANAGER, Roles.ADMIN)),
                new MenuEntry(230, "menu.programme.cohorts", "/programme/cohorts.xhtml", Set.of(Roles.PROGRAMME_MANAGER, Roles.ADMIN)),
                new MenuEntry(240, "menu.programme.dashboard", "/programme/dashboard.xhtml", Set.of(Roles.PROGRAMME_MANAGER, Roles.ADMIN)),
                new MenuEntry(250, "menu.programme.myStartup", "/programme/my-startup.xhtml", Set.of(Roles.FOUNDER)),
                new MenuEntry(260, "menu.programme.mentoring", "/programme/mentoring.xhtml", Set.of(Roles.MENTOR)));
    }
}
