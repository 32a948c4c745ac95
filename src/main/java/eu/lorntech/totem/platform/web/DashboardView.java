package eu.lorntech.totem.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import eu.lorntech.totem.platform.dashboard.DashboardCard;
import eu.lorntech.totem.platform.dashboard.DashboardContributor;
import eu.lorntech.totem.platform.dashboard.DashboardDayPicker;
import eu.lorntech.totem.platform.dashboard.DayPickerContributor;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A dashboard per role: each module's real counts for the roles the person holds, at the current site. */
@Named("dashboard")
@RequestScoped
public class DashboardView {

    /** The role names, to learn which ones the caller holds (SecurityContext has no "list my roles"). */
    private static final List<String> ROLES = List.of("ADMIN", "SPACE_MANAGER", "PROGRAMME_MANAGER", "EVENT_ORGANISER",
            "MENTOR", "FOUNDER", "MEMBER", "PARTNER_COMPANY", "CANDIDATE");

    @Inject
    Instance<DashboardContributor> contributors;

    @Inject
    Instance<DayPickerContributor> dayPickerContributors;

    @Inject
    SecurityContext security;

    @Inject
    SiteContext site;

    private List<DashboardCard> cards;
    private List<DashboardDayPicker> dayPickers;
    private Set<String> roles;

    @PostConstruct
    void load() {
        roles = ROLES.stream().filter(security::isCallerInRole).collect(Collectors.toSet());
        Long siteId = site.currentSiteId();
        cards = contributors.stream().flatMap(c -> c.cards(roles, siteId).stream())
                .sorted(Comparator.comparingInt(DashboardCard::order)).toList();
        dayPickers = dayPickerContributors.stream().flatMap(c -> c.dayPickers(roles, siteId).stream())
                .sorted(Comparator.comparingInt(DashboardDayPicker::order)).toList();
    }

    public List<DashboardCard> getCards() {
        return cards;
    }

    public List<DashboardDayPicker> getDayPickers() {
        return dayPickers;
    }

    public List<String> getRoles() {
        return roles.stream().sorted(Comparator.comparingInt(ROLES::indexOf)).toList();
    }
}
