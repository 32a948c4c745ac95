package eu.lorntech.totem.programme.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A weighted criterion the jury scores each application on (0 to 10). */
@Entity
@Table(name = "criterion")
@NamedQuery(name = Criterion.ID_IN_CALL, query = "select c.id from Criterion c where c.id = :id and c.callId = :call")
@NamedQuery(name = Criterion.OF_CALL, query = "select c from Criterion c where c.callId = :c")
@NamedQuery(name = Criterion.OF_CALL_BY_WEIGHT, query = "select c from Criterion c where c.callId = :c order by c.weight desc, c.name")
public class Criterion {

    public static final String ID_IN_CALL = "Criterion.idInCall";
    public static final String OF_CALL = "Criterion.ofCall";
    public static final String OF_CALL_BY_WEIGHT = "Criterion.ofCallByWeight";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id")
    private Long callId;

    private String name;

    private int weight;

    protected Criterion() {
    }

    public Criterion(Long callId, String name, int weight) {
        if (weight < 1 || weight > 100) {
            throw Refusal.invalid("criterion.weight.invalid");
        }
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw Refusal.invalid("criterion.name.invalid");
        }
        this.callId = callId;
        this.name = name.strip();
        this.weight = weight;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getWeight() {
        return weight;
    }
}
