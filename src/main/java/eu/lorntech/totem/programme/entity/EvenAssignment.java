package eu.lorntech.totem.programme.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spreads applications over jurors evenly: each application gets up to {@code perApplication}
 * jurors, always the least loaded eligible ones (load counts the assignments they already hold
 * for the call), never its own founder, never a juror twice. Ties go to the juror listed first.
 */
public final class EvenAssignment {

    public record Candidate(Long applicationId, Long founderId) {
    }

    public record Pair(Long applicationId, Long jurorId) {
    }

    private EvenAssignment() {
    }

    /** The new pairs to create; {@code existing} are the assignments the call already has. */
    public static List<Pair> spread(List<Candidate> applications, List<Long> jurors, int perApplication, Set<Pair> existing) {
        if (perApplication < 1) {
            throw new IllegalArgumentException("perApplication must be at least 1");
        }
        List<Long> pool = jurors.stream().distinct().toList();
        Map<Long, Integer> load = new HashMap<>();
        pool.forEach(j -> load.put(j, 0));
        Map<Long, Integer> held = new HashMap<>();
        Set<Pair> taken = new HashSet<>(existing);
        for (Pair p : existing) {
            load.computeIfPresent(p.jurorId(), (j, n) -> n + 1);
            held.merge(p.applicationId(), 1, Integer::sum);
        }
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < pool.size(); i++) {
            order.put(pool.get(i), i);
        }
        List<Pair> created = new ArrayList<>();
        for (Candidate a : applications) {
            int missing = perApplication - held.getOrDefault(a.applicationId(), 0);
            List<Long> eligible = pool.stream()
                    .filter(j -> !j.equals(a.founderId()) && !taken.contains(new Pair(a.applicationId(), j)))
                    .sorted(Comparator.comparing((Long j) -> load.get(j)).thenComparing(order::get))
                    .limit(Math.max(0, missing)).toList();
            for (Long j : eligible) {
                Pair p = new Pair(a.applicationId(), j);
                taken.add(p);
                created.add(p);
                load.merge(j, 1, Integer::sum);
            }
        }
        return created;
    }
}
