package eu.lorntech.totem.talent.control;

import eu.lorntech.totem.form.entity.Question;
import eu.lorntech.totem.form.entity.QuestionKind;
import eu.lorntech.totem.talent.entity.Invitation;
import eu.lorntech.totem.talent.entity.SizeBand;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign's answers counted by the database (GROUP BY per question and value; a multiple-choice
 * answer counted for each of its choices from the grouped combinations), never by loading every answer:
 * the choices and the 1-5 scale as bars, the numbers as count, mean, least and most, the latest texts.
 */
@Dependent
public class SurveyResults {

    /** At most this many free texts shown per question. */
    public static final int TEXTS_PER_QUESTION = 20;

    @PersistenceContext
    EntityManager em;

    /** Which respondents count: each null for all. */
    public record Filter(String sector, SizeBand size, String commune) implements Serializable {
        public static final Filter ALL = new Filter(null, null, null);
    }

    /** One bar: a choice (or a point of the scale) and how many chose it. */
    public record Bar(String value, long count) implements Serializable {
    }

    /** A question's results: bars for choices and scales, statistics for numbers, texts for free answers. */
    public record QuestionResult(Long id, int position, String label, String kind, long answers, List<Bar> bars, Double mean, Double min,
            Double max, List<String> texts) implements Serializable {
    }

    public long respondents(Long campaignId, Filter f) {
        return filtered(em.createNamedQuery(Invitation.COUNT_RESPONDENTS, Long.class), campaignId, f).getSingleResult();
    }

    public List<QuestionResult> results(Long campaignId, List<Question> questions, Filter f) {
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        for (Object[] row : filtered(em.createNamedQuery(Invitation.ANSWER_COUNTS, Object[].class), campaignId, f)
                .setParameter("kinds", List.of(QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE, QuestionKind.SCALE)).getResultList()) {
            counts.computeIfAbsent((Long) row[0], k -> new HashMap<>()).merge((String) row[1], ((Number) row[2]).longValue(), Long::sum);
        }
        Map<Long, Object[]> numbers = new HashMap<>();
        for (Object[] row : filtered(em.createNamedQuery(Invitation.NUMBER_STATS, Object[].class), campaignId, f).getResultList()) {
            numbers.put((Long) row[0], row);
        }
        Map<Long, List<String>> texts = new HashMap<>();
        for (Object[] row : filtered(em.createNamedQuery(Invitation.TEXTS, Object[].class), campaignId, f)
                .setParameter("kinds", List.of(QuestionKind.SHORT_TEXT, QuestionKind.LONG_TEXT)).setMaxResults(TEXTS_PER_QUESTION * 10)
                .getResultList()) {
            List<String> some = texts.computeIfAbsent((Long) row[0], k -> new ArrayList<>());
            if (some.size() < TEXTS_PER_QUESTION) {
                some.add((String) row[1]);
            }
        }
        List<QuestionResult> out = new ArrayList<>();
        for (Question q : questions) {
            Map<String, Long> grouped = counts.getOrDefault(q.getId(), Map.of());
            switch (q.getKind()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE -> {
                    List<Bar> bars = bars(q, grouped);
                    long answers = grouped.values().stream().mapToLong(Long::longValue).sum();
                    Double mean = q.getKind() == QuestionKind.SCALE && answers > 0
                            ? bars.stream().mapToDouble(b -> Integer.parseInt(b.value()) * (double) b.count()).sum() / answers : null;
                    out.add(new QuestionResult(q.getId(), q.getPosition(), q.getLabel(), q.getKind().name(), answers, bars, mean, null, null,
                            List.of()));
                }
                case NUMBER -> {
                    Object[] n = numbers.get(q.getId());
                    out.add(new QuestionResult(q.getId(), q.getPosition(), q.getLabel(), q.getKind().name(), n == null ? 0 : ((Number) n[1]).longValue(),
                            List.of(), n == null ? null : dbl(n[2]), n == null ? null : dbl(n[3]), n == null ? null : dbl(n[4]), List.of()));
                }
                default -> {
                    List<String> some = texts.getOrDefault(q.getId(), List.of());
                    out.add(new QuestionResult(q.getId(), q.getPosition(), q.getLabel(), q.getKind().name(), some.size(), List.of(), null, null,
                            null, some));
                }
            }
        }
        return out;
    }

    /**
     * The bars of a choice or scale question from the database's groups: a single choice or a scale
     * point is its group; a multiple-choice group is a combination of choices (one per line), counted
     * for each of them.
     */
    static List<Bar> bars(Question q, Map<String, Long> grouped) {
        Map<String, Long> per = new LinkedHashMap<>();
        List<String> values = q.getKind() == QuestionKind.SCALE ? List.of("1", "2", "3", "4", "5") : q.getChoices();
        values.forEach(v -> per.put(v, 0L));
        grouped.forEach((value, n) -> {
            for (String part : q.getKind() == QuestionKind.MULTIPLE_CHOICE ? value.split("\n") : new String[] {value}) {
                per.computeIfPresent(part, (k, before) -> before + n);
            }
        });
        return per.entrySet().stream().map(e -> new Bar(e.getKey(), e.getValue())).toList();
    }

    /** The companies whose answer to a choice question holds {@code choice}. */
    public List<Invitation> chose(Long campaignId, Long questionId, String choice) {
        String escaped = choice.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return em.createNamedQuery(Invitation.CHOSE, Invitation.class).setParameter("campaign", campaignId).setParameter("question", questionId)
                .setParameter("choice", choice).setParameter("nl", "\n").setParameter("pattern", "%\n" + escaped + "\n%").getResultList();
    }

    private static Double dbl(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> q, Long campaignId, Filter f) {
        return q.setParameter("campaign", campaignId).setParameter("sector", f.sector()).setParameter("size", f.size())
                .setParameter("commune", f.commune());
    }
}
