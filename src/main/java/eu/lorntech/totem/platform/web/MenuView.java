package eu.lorntech.totem.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Comparator;
import java.util.List;

/** The main menu: the entries of every module that the signed-in person's roles allow. */
@Named("menu")
@RequestScoped
public class MenuView {

    @Inject
    Instance<MenuContributor> contributors;

    @Inject
    SecurityContext security;

    private List<MenuEntry> entries;

    public List<MenuEntry> getEntries() {
        if (entries == null) {
            entries = security.getCallerPrincipal() == null ? List.of()
                    : contributors.stream().flatMap(c -> c.entries().stream())
                            .filter(e -> e.roles().isEmpty() || e.roles().stream().anyMatch(security::isCallerInRole))
                            .sorted(Comparator.comparingInt(MenuEntry::order))
                            .toList();
        }
        return entries;
    }
}
