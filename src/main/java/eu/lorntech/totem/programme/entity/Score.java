package eu.lorntech.totem.programme.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One juror's score (0 to 10) of one application on one criterion, with a comment. */
@Entity
@Table(name = "score")
@IdClass(Score.Key.class)
@NamedQuery(name = Score.COUNT_OF_ASSIGNMENT, query = "select count(s) from Score s where s.assignmentId = :j")
@NamedQuery(name = Score.MARKS_OF_CALL, query = "select new eu.lorntech.totem.programme.entity.Ranking$Mark(j.application.id, j.jurorId, "
        + "s.criterionId, s.points) from Score s, JuryAssignment j where s.assignmentId = j.id and "
        + "j.conflict = false and j.application.call.id = :c")
public class Score {

    public static final String COUNT_OF_ASSIGNMENT = "Score.countOfAssignment";
    public static final String MARKS_OF_CALL = "Score.marksOfCall";

    public static final int MIN = 0;
    public static final int MAX = 10;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        Long assignmentId;
        Long criterionId;

        public Key() {
        }

        public Key(Long assignmentId, Long criterionId) {
            this.assignmentId = assignmentId;
            this.criterionId = criterionId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(assignmentId, k.assignmentId) && Objects.equals(criterionId, k.criterionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(assignmentId, criterionId);
        }
    }

    @Id
    @Column(name = "assignment_id")
    private Long assignmentId;

    @Id
    @Column(name = "criterion_id")
    private Long criterionId;

    private int points;

    private String remark;

    protected Score() {
    }

    public Score(Long assignmentId, Long criterionId, int points, String remark) {
        this.assignmentId = assignmentId;
        this.criterionId = criterionId;
        change(points, remark);
    }

    public final void change(int newPoints, String newRemark) {
        if (newPoints < MIN || newPoints > MAX) {
            throw Refusal.invalid("score.outOfRange", MIN, MAX);
        }
        this.points = newPoints;
        this.remark = newRemark;
    }

    public int getPoints() {
        return points;
    }
}
