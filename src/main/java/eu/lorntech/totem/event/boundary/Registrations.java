package eu.lorntech.totem.event.boundary;

import eu.lorntech.totem.event.control.EventAccess;
import eu.lorntech.totem.event.control.EventMails;
import eu.lorntech.totem.event.control.GuestQuotas;
import eu.lorntech.totem.event.control.TicketCodes;
import eu.lorntech.totem.event.entity.Event;
import eu.lorntech.totem.event.entity.EventSession;
import eu.lorntech.totem.event.entity.EventStatus;
import eu.lorntech.totem.event.entity.Registration;
import eu.lorntech.totem.event.entity.Registration.Person;
import eu.lorntech.totem.event.entity.RegistrationSource;
import eu.lorntech.totem.event.entity.RegistrationStatus;
import eu.lorntech.totem.event.entity.WaitingList;
import eu.lorntech.totem.form.control.FormAnswers;
import eu.lorntech.totem.form.entity.Form;
import eu.lorntech.totem.form.entity.Question;
import eu.lorntech.totem.form.entity.Response;
import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.platform.mail.MailOutbox.Draft;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Registering for an event, alone or with up to four colleagues, cancelling, and the waiting list.
 * Every change of seats locks the event's row first: registrations of one event queue on it, the
 * counters move under the lock and the database refuses more confirmed seats than the capacity. A
 * freed seat promotes the head of the waiting list at once (a group as a whole), until the event
 * starts. Mails are written to the outbox in the same transaction.
 */
@Stateless
public class Registrations {

    /** What a registration form sends: the person, their colleagues, consent, answers and breakout sessions. */
    public record Signup(Person lead, List<Person> companions, boolean consent, Map<Long, String> answers, String language,
            Set<Long> sessions) implements Serializable {
        public Signup {
            companions = companions == null ? List.of() : List.copyOf(companions);
            answers = answers == null ? Map.of() : Map.copyOf(answers);
            sessions = sessions == null ? Set.of() : Set.copyOf(sessions);
        }

        /**
         * The people registering, the lead first, or a refusal when the form itself is wrong (no one,
         * no consent, more than {@value Event#MAX_GROUP}, an address twice): checked before anything
         * else, so that a wrong form never waits its turn.
         */
        public List<Person> people() {
            if (lead == null) {
                throw Refusal.invalid("event.registration.name.required");
            }
            if (!consent) {
                throw Refusal.invalid("event.registration.consent.required");
            }
            if (companions.size() > Event.MAX_GROUP - 1) {
                throw Refusal.invalid("event.group.size", Event.MAX_GROUP);
            }
            List<Person> group = new ArrayList<>();
            group.add(lead);
            group.addAll(companions);
            Set<String> emails = new HashSet<>();
            for (Person p : group) {
                if (!emails.add(p.email())) {
                    throw Refusal.invalid("event.registration.email.twice", p.email());
                }
            }
            return group;
        }
    }

    /** One person placed: confirmed with a ticket, or waitlisted at a position. */
    public record Placed(Long id, String name, String email, String status, Integer position, String ticket) implements Serializable {
    }

    /** What a person sees of their registration through their personal link. */
    public record Mine(Long eventId, String eventTitle, Instant startsAt, Instant endsAt, String where, String name, String status,
            Integer position, String ticket, boolean cancellable, boolean feedbackOpen, boolean feedbackGiven) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    EventAccess access;

    @Inject
    EventMails mails;

    @Inject
    GuestQuotas quotas;

    @Inject
    FormAnswers forms;

    /**
     * Anyone registers: a signed-in person as a member, anyone else as a guest counted against the
     * limit per client address ({@code client}, as the web or REST layer resolved it).
     */
    @PermitAll
    public List<Placed> register(Long eventId, Signup signup, String client) {
        Caller me = people.current().orElse(null);
        List<Person> group = signup.people();
        if (me == null) {
            quotas.use(client, group.size());
        }
        return place(eventId, signup, group, me == null ? null : me.id(), me == null ? RegistrationSource.GUEST : RegistrationSource.MEMBER,
                false);
    }

    /** A guest's registration waiting its turn with others ({@link #registerGuests}): what they sent, and from where. */
    public record Guest(Signup signup, String client) implements Serializable {
    }

    /**
     * What became of a guest's registration taken with others: placed, refused, or left to be
     * registered on its own ({@link #register}) when it asks for more than a batch does.
     */
    public record Outcome(List<Placed> placed, Refusal refused) implements Serializable {
        static final Outcome ALONE = new Outcome(null, null);

        public boolean alone() {
            return placed == null && refused == null;
        }
    }

    /**
     * Guests' registrations for one event, taken together in one transaction, in the order given: one
     * read of the event, one check of the addresses, one lock of the event's row, the seats placed
     * in order (the first ones confirmed, the rest on the waiting list in arrival order, a group
     * together), the registrations and their mails written in one flush. A registration the batch
     * cannot place as {@link #register} would (breakout sessions, an event with questions, an event
     * not open) is left {@linkplain Outcome#alone alone}; one that {@link #register} would refuse is
     * refused the same way, and the others go on. Each guest is counted against the limit per client
     * address first, as {@link #register} does.
     */
    @PermitAll
    public List<Outcome> registerGuests(Long eventId, List<Guest> guests) {
        Instant now = Instant.now();
        List<Outcome> outcomes = new ArrayList<>(java.util.Collections.nCopies(guests.size(), Outcome.ALONE));
        Event e = eventId == null ? null : em.find(Event.class, eventId);
        if (e == null || !e.isOpenFor(now) || e.getFormId() != null) {
            return outcomes;
        }
        // the checks that need no database, the limit per client, and addresses twice in the batch
        List<List<Person>> groups = new ArrayList<>(java.util.Collections.nCopies(guests.size(), null));
        Set<String> claimed = new HashSet<>();
        // with no limit (0) the quota's call, a transaction suspended and resumed per guest, is saved
        boolean limited = GuestQuotas.limit() > 0;
        for (int i = 0; i < guests.size(); i++) {
            Guest g = guests.get(i);
            if (!g.signup().sessions().isEmpty()) {
                continue;
            }
            try {
                List<Person> group = g.signup().people();
                if (limited) {
                    quotas.use(g.client(), group.size());
                }
                String twice = group.stream().map(Person::email).filter(claimed::contains).findFirst().orElse(null);
                if (twice != null) {
                    throw Refusal.conflict("event.registration.duplicate", twice);
                }
                group.forEach(p -> claimed.add(p.email()));
                groups.set(i, group);
            } catch (Refusal refused) {
                outcomes.set(i, new Outcome(null, refused));
            }
        }
        if (claimed.isEmpty()) {
            return outcomes;
        }
        Set<String> taken = new HashSet<>(em.createNamedQuery(Registration.LIVE_WITH_EMAILS, String.class).setParameter("event", e.getId())
                .setParameter("emails", List.copyOf(claimed)).getResultList());
        // the registrations and, where a seat is likely, their ticket mails: all before the lock
        EventMails.Prepared prepared = mails.prepare(e);
        List<List<Registration>> made = new ArrayList<>(java.util.Collections.nCopies(guests.size(), null));
        List<List<Draft>> tickets = new ArrayList<>(java.util.Collections.nCopies(guests.size(), null));
        int likelySeats = e.getWaiting() == 0 ? e.seatsLeft() : 0;
        for (int i = 0; i < guests.size(); i++) {
            List<Person> group = groups.get(i);
            if (group == null) {
                continue;
            }
            String already = group.stream().map(Person::email).filter(taken::contains).findFirst().orElse(null);
            if (already != null) {
                outcomes.set(i, new Outcome(null, Refusal.conflict("event.registration.duplicate", already)));
                groups.set(i, null);
                continue;
            }
            Signup s = guests.get(i).signup();
            String language = s.language() == null ? e.getLanguage() : s.language();
            List<Registration> rs = new ArrayList<>();
            for (Person p : group) {
                rs.add(new Registration(e, p, language, null, RegistrationSource.GUEST, 0, TicketCodes.newTicketCode(),
                        TicketCodes.newPersonalToken(), now));
            }
            made.set(i, rs);
            if (likelySeats >= group.size()) {
                likelySeats -= group.size();
                tickets.set(i, ticketMails(e, rs, prepared));
            } else {
                likelySeats = 0;
            }
        }
        // the event's row, locked until commit: seats in arrival order, the rest on the waiting list
        em.refresh(e, LockModeType.PESSIMISTIC_WRITE);
        try {
            e.requireOpenFor(now, false);
        } catch (Refusal closedMeanwhile) {
            for (int i = 0; i < guests.size(); i++) {
                if (groups.get(i) != null) {
                    outcomes.set(i, new Outcome(null, closedMeanwhile));
                }
            }
            return outcomes;
        }
        List<Draft> drafts = new ArrayList<>();
        Map<Registration, Integer> positions = new java.util.IdentityHashMap<>();
        for (int i = 0; i < guests.size(); i++) {
            List<Registration> rs = made.get(i);
            if (rs == null) {
                continue;
            }
            int firstWaitlistNo = e.place(rs.size());
            if (firstWaitlistNo == 0) {
                drafts.addAll(tickets.get(i) != null ? tickets.get(i)
                        : ticketMails(e, rs, prepared));
            } else {
                long waitingBefore = e.getWaiting() - rs.size();
                for (int j = 0; j < rs.size(); j++) {
                    rs.get(j).waitAt(firstWaitlistNo + j);
                    positions.put(rs.get(j), (int) (waitingBefore + j + 1));
                    drafts.add(mails.waitlistedDraft(e, rs.get(j), waitingBefore + j + 1, prepared.where()));
                }
            }
        }
        // ids come with persist (V18), so a colleague names the group's lead before it is written: no update after
        for (List<Registration> rs : made) {
            if (rs != null) {
                em.persist(rs.get(0));
                rs.subList(1, rs.size()).forEach(r -> {
                    r.joinGroupOf(rs.get(0));
                    em.persist(r);
                });
            }
        }
        mails.queueAll(drafts);
        for (int i = 0; i < guests.size(); i++) {
            List<Registration> rs = made.get(i);
            if (rs == null) {
                continue;
            }
            List<Placed> placed = new ArrayList<>();
            for (Registration r : rs) {
                placed.add(new Placed(r.getId(), r.getName(), r.getEmail(), r.getStatus().name(), positions.get(r),
                        r.getStatus() == RegistrationStatus.CONFIRMED ? r.getTicketCode() : null));
            }
            outcomes.set(i, new Outcome(List.copyOf(placed), null));
        }
        return outcomes;
    }

    /** The ticket mails of a group confirmed together, written but not queued. */
    private List<Draft> ticketMails(Event e, List<Registration> rs, EventMails.Prepared prepared) {
        return rs.stream().map(r -> mails.confirmedDraft(e, r, false, prepared, EventMails.qr(r.getTicketCode()))).toList();
    }

    /** A signed-in person registers themself in one click, with the name and address of their account. */
    @PermitAll
    public List<Placed> registerMe(Long eventId) {
        Caller me = people.requireCurrent();
        Signup s = new Signup(new Person(me.displayName(), me.email(), null), List.of(), true, Map.of(), me.language(), Set.of());
        return place(eventId, s, List.of(s.lead()), me.id(), RegistrationSource.MEMBER, false);
    }

    /** An organiser adds someone by hand (a seat if there is one, else the waiting list), even outside the registration window. */
    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public List<Placed> addByHand(Long eventId, Person person, String language) {
        access.organised(eventId);
        Signup s = new Signup(person, List.of(), true, Map.of(), language, Set.of());
        return place(eventId, s, List.of(person), null, RegistrationSource.ORGANISER, true);
    }

    /** A walk-in at the door, only while seats remain and nobody waits; confirmed and admitted at once by the caller. */
    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public Registration walkIn(Long eventId, Person person, String language) {
        Event e = access.organisedLocked(eventId);
        if (e.getWaiting() > 0 || e.seatsLeft() < 1) {
            throw Refusal.conflict("event.walkIn.full");
        }
        Signup s = new Signup(person, List.of(), true, Map.of(), language, Set.of());
        List<Placed> placed = place(eventId, s, List.of(person), null, RegistrationSource.WALK_IN, true);
        return em.find(Registration.class, placed.get(0).id());
    }

    private List<Placed> place(Long eventId, Signup s, List<Person> group, Long userId, RegistrationSource source, boolean byOrganiser) {
        Instant now = Instant.now();
        Event e = eventId == null ? null : em.find(Event.class, eventId);
        if (e == null || (e.getStatus() == EventStatus.DRAFT && !byOrganiser)) {
            throw Refusal.notFound("event.notFound");
        }
        e.requireOpenFor(now, byOrganiser);
        // Everything that needs no lock comes first: the checks, the codes, the answers and, when a seat
        // is likely, the ticket mails with their QR code and .ics. The event's row is locked last, by the
        // statement that takes the seats, and stays locked until commit: the less work under that lock,
        // the more registrations a second.
        refuseTaken(e, group);
        String language = s.language() == null ? e.getLanguage() : s.language();
        List<Registration> made = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            made.add(new Registration(e, group.get(i), language, i == 0 ? userId : null, source, 0, TicketCodes.newTicketCode(),
                    TicketCodes.newPersonalToken(), now));
        }
        Long response = answer(e, s.answers());
        EventMails.Prepared prepared = mails.prepare(e);
        boolean seatLikely = s.sessions().isEmpty() && e.getWaiting() == 0 && e.seatsLeft() >= group.size();
        List<Long> tickets = new ArrayList<>();
        if (seatLikely) {
            for (Registration r : made) {
                tickets.add(mails.confirmed(e, r, false, prepared, EventMails.qr(r.getTicketCode())));
            }
        }
        // the seats in one statement, which the database refuses beyond capacity or while people wait
        boolean seated = s.sessions().isEmpty() && em.createNamedQuery(Event.TAKE_SEATS).setParameter("event", e.getId())
                .setParameter("people", group.size()).executeUpdate() == 1;
        List<EventSession> breakouts = List.of();
        long waitingBefore = 0;
        if (!seated) {
            em.refresh(e, LockModeType.PESSIMISTIC_WRITE);
            e.requireOpenFor(now, byOrganiser);
            breakouts = breakouts(e, s.sessions());
            int firstWaitlistNo = e.place(group.size());
            if (firstWaitlistNo != 0) {
                waitingBefore = e.getWaiting() - group.size();
                for (int i = 0; i < made.size(); i++) {
                    made.get(i).waitAt(firstWaitlistNo + i);
                }
                tickets.forEach(mails::withdraw);
                tickets.clear();
            }
        }
        Registration lead = made.get(0);
        lead.answeredWith(response);
        try {
            em.persist(lead);
            made.subList(1, made.size()).forEach(r -> {
                r.joinGroupOf(lead);
                em.persist(r);
            });
            em.flush();
        } catch (PersistenceException oneOfTheAddressesRegisteredMeanwhile) {
            // the unique key on (live event, e-mail) refused it: the other registration won the race
            throw Refusal.conflict("event.registration.duplicate", group.size() == 1 ? group.get(0).email() : "");
        }
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < made.size(); i++) {
            Registration r = made.get(i);
            if (r.getStatus() == RegistrationStatus.CONFIRMED) {
                seat(r, breakouts);
                if (tickets.isEmpty()) {
                    mails.confirmed(e, r, false, prepared, EventMails.qr(r.getTicketCode()));
                }
                placed.add(new Placed(r.getId(), r.getName(), r.getEmail(), r.getStatus().name(), null, r.getTicketCode()));
            } else {
                long position = waitingBefore + i + 1;
                mails.waitlisted(e, r, position, prepared.where());
                placed.add(new Placed(r.getId(), r.getName(), r.getEmail(), r.getStatus().name(), (int) position, null));
            }
        }
        return placed;
    }

    /** An address already registered for the event (and still live) is refused before anything is written. */
    private void refuseTaken(Event e, List<Person> group) {
        List<String> taken = em.createNamedQuery(Registration.LIVE_WITH_EMAILS, String.class).setParameter("event", e.getId())
                .setParameter("emails", group.stream().map(Person::email).toList()).getResultList();
        if (!taken.isEmpty()) {
            throw Refusal.conflict("event.registration.duplicate", taken.get(0));
        }
    }

    /** The breakout sessions asked for must be the event's and have a capacity of their own. */
    private List<EventSession> breakouts(Event e, Set<Long> ids) {
        List<EventSession> chosen = new ArrayList<>();
        for (Long id : ids) {
            // a locking read: the seat count as it is now, not as this transaction first saw it
            EventSession s = id == null ? null : em.find(EventSession.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (s == null || !s.getEventId().equals(e.getId()) || !s.hasOwnCapacity()) {
                throw Refusal.notFound("event.session.notFound");
            }
            chosen.add(s);
        }
        return chosen;
    }

    private void seat(Registration r, List<EventSession> breakouts) {
        for (EventSession s : breakouts) {
            s.takeSeat();
            em.createNativeQuery("insert into event_session_seat (session_id, registration_id) values (?1, ?2)")
                    .setParameter(1, s.getId()).setParameter(2, r.getId()).executeUpdate();
        }
    }

    /** The answers to the organisers' questions, checked by the form engine (a required one missing refuses everything). */
    private Long answer(Event e, Map<Long, String> answers) {
        if (e.getFormId() == null) {
            return null;
        }
        List<Question> questions = forms.questions(e.getFormId());
        if (questions.isEmpty()) {
            return null;
        }
        Response response = new Response(em.getReference(Form.class, e.getFormId()));
        em.persist(response);
        for (Question q : questions) {
            String text = answers.get(q.getId());
            if (text != null && !text.isBlank()) {
                forms.write(response, q.getId(), text);
            }
        }
        em.flush();
        forms.filled(response).requireComplete();
        return response.getId();
    }

    /** What the person's link shows; an unknown token is "not found". */
    @PermitAll
    public Mine byToken(String token) {
        Registration r = byTokenOrNotFound(token);
        Event e = em.find(Event.class, r.getEventId());
        Instant now = Instant.now();
        Integer position = r.getStatus() == RegistrationStatus.WAITLISTED ? position(r) : null;
        boolean feedbackGiven = em.find(eu.lorntech.totem.event.entity.Feedback.class, r.getId()) != null;
        return new Mine(e.getId(), e.getTitle(), e.getStartsAt(), e.getEndsAt(), mails.where(e), r.getName(), r.getStatus().name(), position,
                r.getStatus() == RegistrationStatus.CONFIRMED ? r.getTicketCode() : null,
                r.isLive() && r.getCheckedInAt() == null && !e.hasEnded(now),
                r.getCheckedInAt() != null && e.hasEnded(now) && !feedbackGiven, feedbackGiven);
    }

    /** The person cancels through their link (or leaves the waiting list); the first in line gets the seat. */
    @PermitAll
    public void cancelByToken(String token) {
        Registration found = byTokenOrNotFound(token);
        Event e = em.find(Event.class, found.getEventId(), LockModeType.PESSIMISTIC_WRITE);
        Registration r = em.find(Registration.class, found.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (e.hasEnded(Instant.now())) {
            throw Refusal.conflict("event.registration.over");
        }
        end(e, r);
        mails.cancelled(e, r);
        promote(e);
    }

    /** An organiser removes someone (the person is told), and the first in line gets the seat. */
    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public void remove(Long registrationId) {
        Registration found = registrationId == null ? null : em.find(Registration.class, registrationId);
        if (found == null) {
            throw Refusal.notFound("event.registration.notFound");
        }
        Event e = access.organisedLocked(found.getEventId());
        Registration r = em.find(Registration.class, found.getId(), LockModeType.PESSIMISTIC_WRITE);
        end(e, r);
        mails.removed(e, r);
        promote(e);
    }

    /** A new capacity: never below the confirmed seats; a higher one promotes the waiting list at once. */
    @RolesAllowed({Roles.EVENT_ORGANISER, Roles.ADMIN})
    public void changeCapacity(Long eventId, int seats) {
        Event e = access.organisedLocked(eventId);
        e.changeCapacity(seats);
        promote(e);
    }

    private void end(Event e, Registration r) {
        RegistrationStatus held = r.cancel(Instant.now());
        if (held == RegistrationStatus.CONFIRMED) {
            e.release();
            em.createNativeQuery("update event_session set taken = taken - 1 where id in"
                    + " (select session_id from event_session_seat where registration_id = ?1) and taken > 0")
                    .setParameter(1, r.getId()).executeUpdate();
            em.createNativeQuery("delete from event_session_seat where registration_id = ?1").setParameter(1, r.getId()).executeUpdate();
        } else {
            e.leaveWaitingList();
        }
    }

    /**
     * Seats that are free go to the head of the waiting list, group by group, as long as the next
     * group fits and the event has not started. The caller holds the event's lock.
     */
    void promote(Event e) {
        Instant now = Instant.now();
        if (!e.promotesAt(now) || e.getWaiting() == 0 || e.seatsLeft() == 0) {
            return;
        }
        List<Registration> head = em.createNamedQuery(Registration.WAITLIST_HEAD, Registration.class).setParameter("event", e.getId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(WaitingList.headSize(e.seatsLeft())).getResultList();
        List<Registration> chosen = WaitingList.toPromote(head, e.seatsLeft());
        EventMails.Prepared prepared = chosen.isEmpty() ? null : mails.prepare(e);
        for (Registration r : chosen) {
            r.promote(now);
            mails.confirmed(e, r, true, prepared, EventMails.qr(r.getTicketCode()));
        }
        e.promote(chosen.size());
    }

    private Integer position(Registration r) {
        return em.createNamedQuery(Registration.POSITION, Long.class).setParameter("event", r.getEventId())
                .setParameter("no", r.getWaitlistNo()).getSingleResult().intValue();
    }

    private Registration byTokenOrNotFound(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            throw Refusal.notFound("event.registration.notFound");
        }
        return em.createNamedQuery(Registration.BY_TOKEN, Registration.class).setParameter("token", token).getResultStream().findFirst()
                .orElseThrow(() -> Refusal.notFound("event.registration.notFound"));
    }
}
