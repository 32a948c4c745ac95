package eu.lorntech.totem.talent.web;

import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.platform.web.MenuContributor;
import eu.lorntech.totem.platform.web.MenuEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The needs survey in the talent part of the main menu (a contributor of its own, beside {@link TalentMenu}). */
@ApplicationScoped
public class SurveyMenu implements MenuContributor {

    @Override
    public List<MenuEntry> entries() {
        return List.of(new MenuEntry(327, "survey.menu", "/talent/campaigns.xhtml", Set.of(Roles.PROGRAMME_MANAGER, Roles.ADMIN)));
    }
}
