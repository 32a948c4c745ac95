package eu.lorntech.totem.coworking.boundary;

import eu.lorntech.totem.coworking.control.SiteCalendars;
import eu.lorntech.totem.coworking.entity.Resource;
import eu.lorntech.totem.coworking.entity.ResourceKind;
import eu.lorntech.totem.coworking.entity.SiteCalendar;
import eu.lorntech.totem.platform.dashboard.DashboardDayPicker;
import eu.lorntech.totem.platform.dashboard.DayPickerContributor;
import eu.lorntech.totem.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * "Book a meeting room" on a member's dashboard: the site's open days of the next two weeks, each a
 * link to that day's calendar of meeting rooms, a click away from a free hour (far enough to book
 * next week without moving the calendar day by day).
 */
@Stateless
public class MeetingRoomDays implements DayPickerContributor {

    static final int DAYS_AHEAD = 14;

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    SiteCalendars calendars;

    @PermitAll
    @Override
    public List<DashboardDayPicker> dayPickers(Set<String> asked, Long siteId) {
        boolean booker = asked.stream().filter(security::isCallerInRole).anyMatch(r -> r.equals(Roles.MEMBER) || r.equals(Roles.FOUNDER));
        if (!booker || siteId == null || em.createNamedQuery(Resource.OF_SITE_AND_KIND, Resource.class).setParameter("siteId", siteId)
                .setParameter("kind", ResourceKind.MEETING_ROOM).setMaxResults(1).getResultList().isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(calendars.zone(siteId));
        SiteCalendar calendar = calendars.of(siteId, today, today.plusDays(DAYS_AHEAD - 1));
        List<LocalDate> open = today.datesUntil(today.plusDays(DAYS_AHEAD))
                .filter(d -> calendar.hours().get(d.getDayOfWeek()) != null && !calendar.closures().contains(d)).toList();
        return open.isEmpty() ? List.of()
                : List.of(new DashboardDayPicker(105, "dashboard.bookARoom", "/coworking/calendar.xhtml?kind=MEETING_ROOM&day=", open));
    }
}
