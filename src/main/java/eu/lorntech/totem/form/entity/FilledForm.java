package eu.lorntech.totem.form.entity;

import eu.lorntech.totem.platform.Refusal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A form's questions with one response's answers: complete when every required question is answered. */
public record FilledForm(List<Question> questions, Collection<Answer> answers) {

    /** The required questions still unanswered, in the form's order. */
    public List<Question> missing() {
        Set<Question> given = answers.stream().filter(Answer::isGiven).map(Answer::getQuestion).collect(Collectors.toSet());
        return questions.stream().filter(Question::isRequired).filter(q -> !given.contains(q))
                .sorted(Comparator.comparingInt(Question::getPosition)).toList();
    }

    /** Refuses a submission that leaves a required question unanswered, naming the first one. */
    public void requireComplete() {
        List<Question> missing = missing();
        if (!missing.isEmpty()) {
            throw Refusal.invalid("answer.required", missing.get(0).getLabel());
        }
    }
}
