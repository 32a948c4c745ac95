package eu.lorntech.totem.programme.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.programme.entity.EvenAssignment.Candidate;
import eu.lorntech.totem.programme.entity.EvenAssignment.Pair;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EvenAssignmentTest {

    static List<Candidate> applications(int n, long firstFounder) {
        List<Candidate> list = new ArrayList<>();
        for (long i = 1; i <= n; i++) {
            list.add(new Candidate(100 + i, firstFounder + i));
        }
        return list;
    }

    static Map<Long, Long> loads(List<Pair> pairs) {
        return pairs.stream().collect(Collectors.groupingBy(Pair::jurorId, Collectors.counting()));
    }

    @Test
    void spreadsTheLoadWithinOneOfEachOther() {
        List<Pair> pairs = EvenAssignment.spread(applications(10, 0), List.of(1L, 2L, 3L), 2, Set.of());
        assertEquals(20, pairs.size(), "two jurors for each of ten applications");
        Map<Long, Long> load = loads(pairs);
        long max = load.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        long min = load.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        assertTrue(max - min <= 1, "loads " + load);
        assertEquals(pairs.size(), new HashSet<>(pairs).size(), "no duplicate");
        pairs.stream().collect(Collectors.groupingBy(Pair::applicationId, Collectors.counting()))
                .forEach((app, n) -> assertEquals(2L, n, "application " + app));
    }

    @Test
    void neverAssignsAFounderToTheirOwnApplication() {
        // application 101 is founded by juror 1
        List<Candidate> apps = List.of(new Candidate(101L, 1L), new Candidate(102L, 9L));
        List<Pair> pairs = EvenAssignment.spread(apps, List.of(1L, 2L), 2, Set.of());
        assertTrue(pairs.stream().noneMatch(p -> p.applicationId() == 101L && p.jurorId() == 1L));
        assertEquals(List.of(new Pair(101L, 2L), new Pair(102L, 1L), new Pair(102L, 2L)), pairs,
                "the own application gets one juror fewer rather than its founder");
    }

    @Test
    void takesExistingAssignmentsIntoAccountAndNeverDuplicates() {
        Set<Pair> existing = Set.of(new Pair(101L, 1L), new Pair(102L, 1L), new Pair(103L, 1L));
        List<Pair> pairs = EvenAssignment.spread(applications(3, 50), List.of(1L, 2L, 3L), 2, existing);
        assertEquals(3, pairs.size(), "each application only needed one more juror");
        assertTrue(pairs.stream().noneMatch(existing::contains));
        assertTrue(pairs.stream().noneMatch(p -> p.jurorId() == 1L), "juror 1 already carries three");
        Map<Long, Long> load = loads(pairs);
        assertTrue(Math.abs(load.get(2L) - load.get(3L)) <= 1, "loads " + load);
        assertEquals(List.of(), EvenAssignment.spread(applications(3, 50), List.of(1L, 2L, 3L), 2, new HashSet<>(concat(existing, pairs))),
                "running it again adds nothing");
    }

    static List<Pair> concat(Set<Pair> a, List<Pair> b) {
        List<Pair> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
