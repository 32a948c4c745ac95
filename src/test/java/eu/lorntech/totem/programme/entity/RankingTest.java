package eu.lorntech.totem.programme.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {

    static final Map<Long, Integer> WEIGHTS = Map.of(1L, 3, 2L, 1);

    @Test
    void rankingIsTheMeanOverJurorsOfEachJurorsWeightedMean() {
        List<Ranking.Ranked> r = Ranking.of(List.of(10L, 20L, 30L), WEIGHTS, List.of(
                new Ranking.Mark(10L, 100L, 1L, 8), new Ranking.Mark(10L, 100L, 2L, 4),   // (24 + 4) / 4 = 7
                new Ranking.Mark(10L, 200L, 1L, 6), new Ranking.Mark(10L, 200L, 2L, 6),   // 6
                new Ranking.Mark(20L, 100L, 1L, 10), new Ranking.Mark(20L, 100L, 2L, 2))); // (30 + 2) / 4 = 8
        assertEquals(20L, r.get(0).applicationId());
        assertEquals(8.0, r.get(0).score(), 1e-9);
        assertEquals(1, r.get(0).jurors());
        assertEquals(10L, r.get(1).applicationId());
        assertEquals(6.5, r.get(1).score(), 1e-9);
        assertEquals(2, r.get(1).jurors());
        assertEquals(30L, r.get(2).applicationId(), "not scored: last");
        assertNull(r.get(2).score());
        assertEquals(0, r.get(2).jurors());
    }

    @Test
    void marksOnUnknownCriteriaDoNotCount() {
        List<Ranking.Ranked> r = Ranking.of(List.of(10L), WEIGHTS, List.of(new Ranking.Mark(10L, 100L, 99L, 10), new Ranking.Mark(10L, 100L, 2L, 3)));
        assertEquals(3.0, r.get(0).score(), 1e-9);
    }
}
