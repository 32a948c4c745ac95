package eu.lorntech.totem.event.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Who moves up when seats free: the waiting list in arrival order, a group as a whole. The first
 * group is promoted when all of it fits, then the next, and so on; nobody overtakes a group that does
 * not fit yet (arrival order is kept, and a group is never split).
 */
public final class WaitingList {

    private WaitingList() {
    }

    /** How many rows of the waiting list's head to read so that every group that could fit is read whole. */
    public static int headSize(int seats) {
        return seats + Event.MAX_GROUP;
    }

    /** From the head of the waiting list in order (at least {@link #headSize} rows when there are), those who get a seat among {@code seats} free ones. */
    public static List<Registration> toPromote(List<Registration> head, int seats) {
        List<Registration> chosen = new ArrayList<>();
        int i = 0;
        int free = seats;
        while (i < head.size() && free > 0) {
            Long key = head.get(i).groupKey();
            int j = i;
            while (j < head.size() && head.get(j).groupKey().equals(key)) {
                j++;
            }
            int size = j - i;
            if (size > free) {
                break;
            }
            chosen.addAll(head.subList(i, j));
            free -= size;
            i = j;
        }
        return chosen;
    }
}
