package eu.lorntech.totem.programme.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The jury's ranking: each juror's weighted mean over the criteria they scored, then the mean over
 * jurors; applications nobody scored come last. The count of jurors is shown beside each score.
 */
public final class Ranking {

    /** One juror's points for one application on one criterion. */
    public record Mark(Long applicationId, Long jurorId, Long criterionId, int points) {
    }

    public record Ranked(Long applicationId, Double score, int jurors) {
    }

    private Ranking() {
    }

    public static List<Ranked> of(List<Long> applicationIds, Map<Long, Integer> weights, List<Mark> marks) {
        Map<Long, Map<Long, double[]>> sums = new HashMap<>();
        for (Mark m : marks) {
            Integer weight = weights.get(m.criterionId());
            if (weight == null) {
                continue;
            }
            double[] s = sums.computeIfAbsent(m.applicationId(), k -> new HashMap<>()).computeIfAbsent(m.jurorId(), k -> new double[2]);
            s[0] += m.points() * (double) weight;
            s[1] += weight;
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Long id : applicationIds) {
            Map<Long, double[]> byJuror = sums.getOrDefault(id, Map.of());
            double total = 0;
            for (double[] s : byJuror.values()) {
                total += s[0] / s[1];
            }
            ranked.add(new Ranked(id, byJuror.isEmpty() ? null : total / byJuror.size(), byJuror.size()));
        }
        ranked.sort(Comparator.comparing((Ranked r) -> r.score() == null ? Double.NEGATIVE_INFINITY : r.score()).reversed()
                .thenComparing(Ranked::applicationId));
        return ranked;
    }
}
