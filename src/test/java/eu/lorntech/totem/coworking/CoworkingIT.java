package eu.lorntech.totem.coworking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.As;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import eu.lorntech.totem.coworking.boundary.BookingSummary;
import eu.lorntech.totem.coworking.boundary.Bookings;
import eu.lorntech.totem.coworking.boundary.RecurringRefusal;
import eu.lorntech.totem.coworking.boundary.ResourceSummary;
import eu.lorntech.totem.coworking.boundary.Resources;
import eu.lorntech.totem.coworking.boundary.RoomRelease;
import eu.lorntech.totem.coworking.boundary.SpaceManagement;
import eu.lorntech.totem.coworking.entity.ResourceKind;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.platform.Refusal;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** Booking rules inside the server against the real database (H2 and MariaDB). */
@TotemIT
class CoworkingIT {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String MANAGER = "espaces@totem.example";
    static final Set<String> MANAGER_ROLES = Set.of("SPACE_MANAGER", "MEMBER");
    static final String MEMBER = "membre@totem.example";
    static final String FOUNDER = "fondatrice@totem.example";
    static final Set<String> MEMBER_ROLES = Set.of("MEMBER");
    static final String ADMIN = "admin@totem.example";
    static final Set<String> ADMIN_ROLES = Set.of("ADMIN");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests();
    }

    @Inject
    Bookings bookings;

    @Inject
    Resources resources;

    @Inject
    SpaceManagement management;

    @Inject
    RoomRelease release;

    @Inject
    Sites sites;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    Long thipi() {
        return sites.all().stream().filter(s -> s.code().equals("thionville")).findFirst().orElseThrow().id();
    }

    /** A fresh meeting room, so that tests never meet the demo's bookings. */
    ResourceSummary newRoom(int bufferMinutes, boolean badge) throws Exception {
        return As.user(MANAGER, MANAGER_ROLES, () -> management.createResource(thipi(), badge ? ResourceKind.MACHINE : ResourceKind.MEETING_ROOM,
                "Test " + UUID.randomUUID().toString().substring(0, 8), 6, 30, 240, bufferMinutes, badge));
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(PARIS).toInstant();
    }

    long liveBookingsOf(Long resourceId) {
        return em.createQuery("select count(b) from Booking b where b.resource.id = :r "
                + "and b.status = eu.lorntech.totem.coworking.entity.BookingStatus.CONFIRMED", Long.class)
                .setParameter("r", resourceId).getSingleResult();
    }

    @Test
    void aManagerChangesAResourceAtOnceAndRetiresItOnceNothingIsToCome() throws Exception {
        ResourceSummary room = newRoom(0, false);
        ResourceSummary other = newRoom(0, false);
        LocalDate day = CoworkingFixtures.nextWeekday(PARIS, 3);
        // warm the second-level cache with the old rules first
        As.user(FOUNDER, MEMBER_ROLES, () -> bookings.cancel(bookings.book(room.id(), at(day, 8, 0), at(day, 8, 30)).id(), null));

        assertThrows(EJBAccessException.class, () -> As.user(MEMBER, MEMBER_ROLES,
                () -> management.updateResource(room.id(), "Mine now", 1, 30, 60, 0, false)), "members are not space managers");
        assertEquals("resource.nameTaken", assertThrows(Refusal.class, () -> As.user(MANAGER, MANAGER_ROLES,
                () -> management.updateResource(room.id(), other.name(), 4, 60, 120, 15, false))).getMessageKey());
        ResourceSummary changed = As.user(MANAGER, MANAGER_ROLES, () -> management.updateResource(room.id(), room.name() + " bis", 4, 60, 120, 15, false));
        assertEquals(room.name() + " bis", changed.name());

        Refusal tooShort = assertThrows(Refusal.class, () -> As.user(FOUNDER, MEMBER_ROLES,
                () -> bookings.book(room.id(), at(day, 10, 0), at(day, 10, 30))));
        assertEquals("booking.slot.duration", tooShort.getMessageKey(), "the new minimum applies at once, cache or not");
        BookingSummary booked = As.user(FOUNDER, MEMBER_ROLES, () -> bookings.book(room.id(), at(day, 10, 0), at(day, 11, 0)));
        assertEquals("booking.conflict", assertThrows(Refusal.class, () -> As.user(MANAGER, MANAGER_ROLES,
                () -> bookings.book(room.id(), at(day, 11, 0), at(day, 12, 0)))).getMessageKey(), "and the new buffer");

        Refusal toCome = assertThrows(Refusal.class, () -> As.run(MANAGER, MANAGER_ROLES, () -> management.retireResource(room.id())));
        assertEquals("resource.retire.hasBookings", toCome.getMessageKey());
        assertEquals(1L, toCome.getArgs()[1]);
        As.user(FOUNDER, MEMBER_ROLES, () -> bookings.cancel(booked.id(), null));
        As.run(MANAGER, MANAGER_ROLES, () -> management.retireResource(room.id()));

        assertEquals("booking.resource.notFound", assertThrows(Refusal.class, () -> As.user(FOUNDER, MEMBER_ROLES,
                () -> bookings.book(room.id(), at(day, 14, 0), at(day, 15, 0)))).getMessageKey(), "retired: not bookable at once");
        assertTrue(resources.of(thipi(), null, null, null).stream().noneMatch(r -> r.id().equals(room.id())), "nor listed");
        assertEquals(0, liveBookingsOf(room.id()));
    }

    @Test
    void overlappingIsRefusedNamingTheClashTouchingIsFineAndTheBufferCounts() throws Exception {
        ResourceSummary room = newRoom(15, false);
        LocalDate day = CoworkingFixtures.nextWeekday(PARIS, 2);
        As.user(FOUNDER, MEMBER_ROLES, () -> bookings.book(room.id(), at(day, 10, 0), at(day, 11, 0)));

        Refusal clash = assertThrows(Refusal.class, () -> As.user(MANAGER, MANAGER_ROLES,
                () -> bookings.book(room.id(), at(day, 10, 30), at(day, 11, 30))));
        assertEquals(Refusal.Kind.CONFLICT, clash.getKind());
        assertEquals("booking.conflict", clash.getMessageKey());
        assertEquals(room.name(), clash.getArgs()[0]);
        // found after the claims' key refused the booking: the one it met, with its own end (not its buffer's)
        assertTrue(clash.getArgs()[1].toString().endsWith("10:00"), clash.getArgs()[1].toString());
        assertEquals("11:00", clash.getArgs()[2].toString(), "the other booking's own end, not its buffer's");

        Refusal buffer = assertThrows(Refusal.class, () -> As.user(MANAGER, MANAGER_ROLES,
                () -> bookings.book(room.id(), at(day, 11, 0), at(day, 12, 0))));
        assertEquals("booking.conflict", buffer.getMessageKey(), "the 15 minutes after a booking are taken");
        As.user(MANAGER, MANAGER_ROLES, () -> bookings.book(room.id(), at(day, 11, 15), at(day, 12, 0)));
        assertEquals("booking.conflict", assertThrows(Refusal.class, () -> As.user(MANAGER, MANAGER_ROLES,
                () -> bookings.book(room.id(), at(day, 9, 0), at(day, 10, 0)))).getMessageKey(), "its own buffer would overlap the next one");
        As.user(MANAGER, MANAGER_ROLES, () -> bookings.book(room.id(), at(day, 8, 45), at(day, 9, 45)));
        assertEquals(3, liveBookingsOf(room.id()));
    }

    @Test
    void badInputIsRefusedWithItsReasonAndNothingIsSaved() throws Exception {
        ResourceSummary room = newRoom(0, false);
        ResourceSummary machine = newRoom(0, true);
        LocalDate day = CoworkingFixtures.nextWeekday(PARIS, 3);
        LocalDate sunday = day.with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.SUNDAY));
        assertEquals("booking.slot.endBeforeStart", refusal(room.id(), at(day, 11, 0), at(day, 10, 0)));
        assertEquals("booking.resource.notFound", refusal(-1L, at(day, 10, 0), at(day, 11, 0)));
        assertEquals("booking.slot.outsideHours", refusal(room.id(), at(day, 18, 30), at(day, 19, 30)));
        assertEquals("booking.slot.closedWeekday", refusal(room.id(), at(sunday, 10, 0), at(sunday, 11, 0)));
        assertEquals("booking.slot.past", refusal(room.id(), at(LocalDate.now(PARIS).minusDays(2), 10, 0), at(LocalDate.now(PARIS).minusDays(2), 11, 0)));
        assertEquals("booking.badgeRequired", refusal(machine.id(), at(day, 10, 0), at(day, 11, 0)));
        assertEquals(0, liveBookingsOf(room.id()));
        assertEquals(0, liveBookingsOf(machine.id()));

        As.run(MANAGER, MANAGER_ROLES, () -> management.grantBadge(machine.id(), MEMBER));
        As.user(MEMBER, MEMBER_ROLES, () -> bookings.book(machine.id(), at(day, 10, 0), at(day, 11, 0)));
        assertEquals(1, liveBookingsOf(machine.id()), "with the badge, the machine can be booked");
    }

    /** The SQLState of the first SQLException in the cause chain ("" when there is none). */
    static String sqlState(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }

    String refusal(Long resourceId, Instant start, Instant end) {
        return assertThrows(Refusal.class, () -> As.user(MEMBER, MEMBER_ROLES, () -> bookings.book(resourceId, start, end))).getMessageKey();
    }

    @Test
    void creditsAreSpentAndComeBackWhenCancellingInTime() throws Exception {
        ResourceSummary room = newRoom(0, false);
        LocalDate day = CoworkingFixtures.nextWeekday(PARIS, 5);
        Long siteId = thipi();
        // the credits of the booking's own month, whichever month the chosen weekday falls in
        long before = As.user(MEMBER, MEMBER_ROLES, () -> bookings.creditsLeft(siteId, day)).orElseThrow();
        BookingSummary b = As.user(MEMBER, MEMBER_ROLES, () -> bookings.book(room.id(), at(day, 14, 0), at(day, 16, 0)));
        assertEquals(120, b.creditMinutes());
        assertEquals(before - 120, As.user(MEMBER, MEMBER_ROLES, () -> bookings.creditsLeft(siteId, day)).orElseThrow());
        BookingSummary cancelled = As.user(MEMBER, MEMBER_ROLES, () -> bookings.cancel(b.id(), null));
        assertEquals("CANCELLED", cancelled.status());
        assertEquals(0, cancelled.creditMinutes(), "cancelled in time: credits back");
        assertEquals(before, As.user(MEMBER, MEMBER_ROLES, () -> bookings.creditsLeft(siteId, day)).orElseThrow());
        As.user(FOUNDER, MEMBER_ROLES, () -> bookings.book(room.id(), at(day, 14, 0), at(day, 16, 0)));
        assertEquals(1, liveBookingsOf(room.id()), "the freed slot can be booked again");
    }

    @Test
    void nobodyCancelsSomeoneElsesBookingButTheManagerWithAReasonAndAMail() throws Exception {
        ResourceSummary room = newRoom(0, false);
        LocalDate day = CoworkingFixtures.nextWeekday(PARIS, 4);
        BookingSummary b = As.user(MEMBER, MEMBER_ROLES, () -> bookings.book(room.id(), at(day, 9, 0), at(day, 10, 0)));
        Refusal notYours = assertThrows(Refusal.class, () -> As.user(FOUNDER, MEMBER_ROLES, () -> bookings.cancel(b.id(), null)));
        assertEquals(Refusal.Kind.NOT_FOUND, notYours.getKind());
        assertEquals("booking.cancel.reasonRequired",
                assertThrows(Refusal.class, () -> As.user(MANAGER, MANAGER_ROLES, () -> bookings.cancel(b.id(), " "))).getMessageKey());
        As.user(MANAGER, MANAGER_ROLES, () -> bookings.cancel(b.id(), "Dégât des eaux"));
        @SuppressWarnings("unchecked")
        List<String> mails = em.createNativeQuery("select body from mail_outbox where recipient = ?1 order by id desc")
                .setParameter(1, MEMBER).setMaxResults(1).getResultList();
        assertTrue(mails.get(0).contains("Dégât des eaux"), mails.toString());
    }

    @Test
    void recurringBookingsAreAllOrNothingWithTheConflictingDates() throws Exception {
        ResourceSummary room = newRoom(0, false);
        LocalDate first = CoworkingFixtures.weeklySeriesStart(PARIS, 2, 4);
        LocalDate third = first.plusWeeks(2);
        As.user(FOUNDER, MEMBER_ROLES, () -> bookings.book(room.id(), at(third, 9, 30), at(third, 10, 30)));
        RecurringRefusal r = assertThrows(RecurringRefusal.class, () -> As.user(MANAGER, MANAGER_ROLES,
                () -> bookings.bookRecurring(room.id(), at(first, 9, 0), at(first, 10, 0), true, first.plusWeeks(3))));
        assertEquals(1, r.getConflicts().size());
        assertEquals(third, r.getConflicts().get(0).day());
        assertEquals(1, liveBookingsOf(room.id()), "nothing was placed");
        List<BookingSummary> placed = As.user(MANAGER, MANAGER_ROLES,
                () -> bookings.bookRecurring(room.id(), at(first, 11, 0), at(first, 12, 0), true, first.plusWeeks(3)));
        assertEquals(4, placed.size());
    }

    @Test
    void theDatabaseItselfRefusesTwoClaimsOnOneQuarterHour() throws Exception {
        ResourceSummary room = newRoom(0, false);
        LocalDate day = CoworkingFixtures.nextWeekday(PARIS, 6);
        BookingSummary b = As.user(MANAGER, MANAGER_ROLES, () -> bookings.book(room.id(), at(day, 10, 0), at(day, 11, 0)));
        tx.begin();
        try {
            jakarta.persistence.PersistenceException refused = assertThrows(jakarta.persistence.PersistenceException.class, () -> {
                em.createNativeQuery("insert into booking_slot (resource_id, slot_start, booking_id) values (?1, ?2, ?3)")
                        .setParameter(1, room.id()).setParameter(2, java.sql.Timestamp.from(at(day, 10, 15)))
                        .setParameter(3, b.id()).executeUpdate();
                em.flush();
            });
            assertTrue(sqlState(refused).startsWith("23"), "an integrity constraint of the database refused it: " + refused);
        } finally {
            tx.rollback();
        }
    }

    @Test
    void aMeetingRoomNobodyCheckedInToIsReleased() throws Exception {
        ResourceSummary room = newRoom(0, false);
        LocalDate day = CoworkingFixtures.nextWeekday(PARIS, 2);
        BookingSummary b = As.user(MANAGER, MANAGER_ROLES, () -> bookings.book(room.id(), at(day, 10, 0), at(day, 12, 0)));
        // the clock's job: nobody but an admin (and the timer itself) may run it at a chosen time
        assertThrows(EJBAccessException.class, () -> As.run(MANAGER, MANAGER_ROLES, () -> release.releaseAt(at(day, 10, 10))));
        As.run(ADMIN, ADMIN_ROLES, () -> release.releaseAt(at(day, 10, 10)));
        assertEquals("CONFIRMED", As.user(MANAGER, MANAGER_ROLES, () -> bookings.find(b.id())).status(), "not yet: 15 minutes of grace");
        assertTrue(As.user(ADMIN, ADMIN_ROLES, () -> release.releaseAt(at(day, 10, 16))) >= 1);
        assertEquals("RELEASED", As.user(MANAGER, MANAGER_ROLES, () -> bookings.find(b.id())).status());
        assertEquals(0, liveBookingsOf(room.id()));
    }

    @Test
    void managersKeepOnlyTheirOwnSite() throws Exception {
        Long menil = sites.all().stream().filter(s -> s.code().equals("menil-flin")).findFirst().orElseThrow().id();
        Refusal other = assertThrows(Refusal.class, () -> As.run(MANAGER, MANAGER_ROLES,
                () -> management.setHours(menil, DayOfWeek.SATURDAY, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(12, 0))));
        assertEquals(Refusal.Kind.FORBIDDEN, other.getKind(), "Thi'Pi's space manager does not manage Ménil-Flin");
        assertThrows(EJBAccessException.class, () -> As.run(MEMBER, MEMBER_ROLES, () -> management.whoIsIn(thipi())), "members do not");
        Refusal reversed = assertThrows(Refusal.class, () -> As.run(MANAGER, MANAGER_ROLES,
                () -> management.setHours(thipi(), DayOfWeek.SATURDAY, java.time.LocalTime.of(13, 0), java.time.LocalTime.of(9, 0))));
        assertEquals("coworking.hours.invalid", reversed.getMessageKey());
        As.run(MANAGER, MANAGER_ROLES, () -> management.setHours(thipi(), DayOfWeek.SATURDAY, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(13, 0)));
    }

    @Test
    void resourcesListShowsAvailability() throws Exception {
        ResourceSummary room = newRoom(0, false);
        LocalDate day = CoworkingFixtures.nextWeekday(PARIS, 2);
        As.user(MANAGER, MANAGER_ROLES, () -> bookings.book(room.id(), at(day, 15, 0), at(day, 16, 0)));
        List<ResourceSummary> during = resources.of(thipi(), "MEETING_ROOM", at(day, 15, 30), at(day, 15, 45));
        assertFalse(during.stream().filter(r -> r.id().equals(room.id())).findFirst().orElseThrow().free());
        List<ResourceSummary> after = resources.of(thipi(), "meeting_room", at(day, 16, 0), at(day, 17, 0));
        assertTrue(after.stream().filter(r -> r.id().equals(room.id())).findFirst().orElseThrow().free());
        assertEquals("resource.kindUnknown", assertThrows(Refusal.class, () -> resources.of(thipi(), "SPACESHIP", null, null)).getMessageKey());
    }
}
