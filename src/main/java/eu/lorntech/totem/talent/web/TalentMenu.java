package eu.lorntech.totem.talent.web;

import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.platform.web.MenuContributor;
import eu.lorntech.totem.platform.web.MenuEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The talent pages in the main menu. */
@ApplicationScoped
public class TalentMenu implements MenuContributor {

    @Override
    public List<MenuEntry> entries() {
        return List.of(new MenuEntry(300, "menu.talent.board", "/talent/board.xhtml", Set.of(Roles.PROGRAMME_MANAGER, Roles.ADMIN)),
                new MenuEntry(310, "menu.talent.actions", "/talent/actions.xhtml", Set.of(Roles.PROGRAMME_MANAGER, Roles.ADMIN)),
                new MenuEntry(320, "menu.talent.outcomes", "/talent/outcomes.xhtml", Set.of(Roles.PROGRAMME_MANAGER, Roles.ADMIN)),
                new MenuEntry(325, "menu.talent.skills", "/talent/skills.xhtml", Set.of(Roles.PROGRAMME_MANAGER, Roles.ADMIN)),
                new MenuEntry(315, "menu.talent.siteOffers", "/talent/offers-site.xhtml", Set.of(Roles.PROGRAMME_MANAGER, Roles.ADMIN)),
                new MenuEntry(330, "menu.talent.profile", "/talent/me.xhtml", Set.of(Roles.CANDIDATE)),
                new MenuEntry(335, "menu.talent.offers", "/talent/offers.xhtml", Set.of(Roles.CANDIDATE)),
                new MenuEntry(340, "menu.talent.company", "/talent/company.xhtml", Set.of(Roles.PARTNER_COMPANY)));
    }
}
