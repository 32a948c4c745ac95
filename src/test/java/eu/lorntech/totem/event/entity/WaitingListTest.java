package eu.lorntech.totem.event.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.lorntech.totem.platform.Refusal;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who moves up from the waiting list when seats free: arrival order, groups whole. */
class WaitingListTest {

    static long ids = 100;

    static <T> T withId(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static final Event EVENT = withId(EventTest.event(2), 1);

    /** A group of {@code size} waiting people, in order. */
    static List<Registration> group(int size, int firstNo) {
        List<Registration> g = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Registration r = withId(new Registration(EVENT, new Registration.Person("P" + ids, "p" + ids + "@example.org", null), "fr", null,
                    RegistrationSource.GUEST, firstNo + i, "CODE" + ids, "TOKEN" + ids, Instant.now()), ids++);
            if (!g.isEmpty()) {
                r.joinGroupOf(g.get(0));
            }
            g.add(r);
        }
        return g;
    }

    @Test
    void singlesMoveUpInArrivalOrderAsManyAsSeatsAllow() {
        List<Registration> head = new ArrayList<>();
        head.addAll(group(1, 1));
        head.addAll(group(1, 2));
        head.addAll(group(1, 3));
        assertEquals(head.subList(0, 2), WaitingList.toPromote(head, 2));
    }

    @Test
    void aGroupMovesUpWholeOrWaitsAndNobodyOvertakesIt() {
        List<Registration> pair = group(2, 1);
        List<Registration> single = group(1, 3);
        List<Registration> head = new ArrayList<>(pair);
        head.addAll(single);
        assertEquals(List.of(), WaitingList.toPromote(head, 1), "one seat: the pair waits, and the single behind it too");
        assertEquals(pair, WaitingList.toPromote(head, 2));
        assertEquals(head, WaitingList.toPromote(head, 3));
    }

    @Test
    void theHeadReadCoversAnyGroupThatCouldFit() {
        assertEquals(3 + Event.MAX_GROUP, WaitingList.headSize(3));
    }

    @Test
    void aCancelledOrWaitingTicketIsNotLetIn() {
        Registration r = group(1, 1).get(0);
        assertEquals(CheckInResult.WAITLISTED, r.admit("Porte A", Instant.now()));
        r.promote(Instant.now());
        assertEquals(CheckInResult.ADMITTED, r.admit("Porte A", Instant.now()));
        assertEquals(CheckInResult.ALREADY_ADMITTED, r.admit("Porte B", Instant.now()));
        assertEquals("Porte A", r.getCheckedInStation(), "the first station stays on record");
        assertEquals("event.registration.alreadyAdmitted", assertThrows(Refusal.class, () -> r.cancel(Instant.now())).getMessageKey());
        Registration other = group(1, 2).get(0);
        other.cancel(Instant.now());
        assertEquals(CheckInResult.CANCELLED, other.admit("Porte A", Instant.now()));
    }
}
