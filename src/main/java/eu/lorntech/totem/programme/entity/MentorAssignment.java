package eu.lorntech.totem.programme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A mentor following a startup; only assigned mentors log sessions with it (also a foreign key). */
@Entity
@Table(name = "mentor_assignment")
@IdClass(MentorAssignment.Key.class)
@NamedQuery(name = MentorAssignment.COUNT_OF_MENTOR, query = "select count(m) from MentorAssignment m where m.mentorId = :u")
@NamedQuery(name = MentorAssignment.OF_STARTUPS, query = "select m from MentorAssignment m where m.startupId in :s")
public class MentorAssignment {

    public static final String COUNT_OF_MENTOR = "MentorAssignment.countOfMentor";
    public static final String OF_STARTUPS = "MentorAssignment.ofStartups";

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        Long startupId;
        Long mentorId;

        public Key() {
        }

        public Key(Long startupId, Long mentorId) {
            this.startupId = startupId;
            this.mentorId = mentorId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(startupId, k.startupId) && Objects.equals(mentorId, k.mentorId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(startupId, mentorId);
        }
    }

    @Id
    @Column(name = "startup_id")
    private Long startupId;

    @Id
    @Column(name = "mentor_id")
    private Long mentorId;

    protected MentorAssignment() {
    }

    public MentorAssignment(Long startupId, Long mentorId) {
        this.startupId = startupId;
        this.mentorId = mentorId;
    }

    public Long getStartupId() {
        return startupId;
    }

    public Long getMentorId() {
        return mentorId;
    }
}
