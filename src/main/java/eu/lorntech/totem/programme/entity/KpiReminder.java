package eu.lorntech.totem.programme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A KPI reminder sent to a startup for a quarter; the primary key makes it once per quarter, whatever the node. */
@Entity
@Table(name = "kpi_reminder")
@IdClass(KpiReminder.Key.class)
public class KpiReminder {

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        Long startupId;
        int quarter;

        public Key() {
        }

        public Key(Long startupId, int quarter) {
            this.startupId = startupId;
            this.quarter = quarter;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(startupId, k.startupId) && quarter == k.quarter;
        }

        @Override
        public int hashCode() {
            return Objects.hash(startupId, quarter);
        }
    }

    @Id
    @Column(name = "startup_id")
    private Long startupId;

    @Id
    private int quarter;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected KpiReminder() {
    }

    public KpiReminder(Long startupId, Quarter quarter, Instant now) {
        this.startupId = startupId;
        this.quarter = quarter.code();
        this.sentAt = now;
    }
}
