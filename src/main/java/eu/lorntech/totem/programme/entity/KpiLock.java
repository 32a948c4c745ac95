package eu.lorntech.totem.programme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A quarter a programme manager has closed: its KPI reports can no longer be written or changed. */
@Entity
@Table(name = "kpi_lock")
@IdClass(KpiLock.Key.class)
@NamedQuery(name = KpiLock.OF_PROGRAMME_IN_QUARTER, query = "select l from KpiLock l where l.programmeId = :p and l.quarter = :q")
@NamedQuery(name = KpiLock.QUARTERS_OF_PROGRAMME, query = "select l.quarter from KpiLock l where l.programmeId = :p")
@NamedQuery(name = KpiLock.QUARTERS_OF_PROGRAMME_LATEST_FIRST, query = "select l.quarter from KpiLock l where l.programmeId = :p order by l.quarter desc")
public class KpiLock {

    public static final String OF_PROGRAMME_IN_QUARTER = "KpiLock.ofProgrammeInQuarter";
    public static final String QUARTERS_OF_PROGRAMME = "KpiLock.quartersOfProgramme";
    public static final String QUARTERS_OF_PROGRAMME_LATEST_FIRST = "KpiLock.quartersOfProgrammeLatestFirst";

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        Long programmeId;
        int quarter;

        public Key() {
        }

        public Key(Long programmeId, int quarter) {
            this.programmeId = programmeId;
            this.quarter = quarter;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(programmeId, k.programmeId) && quarter == k.quarter;
        }

        @Override
        public int hashCode() {
            return Objects.hash(programmeId, quarter);
        }
    }

    @Id
    @Column(name = "programme_id")
    private Long programmeId;

    @Id
    private int quarter;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @Column(name = "locked_by")
    private Long lockedBy;

    protected KpiLock() {
    }

    public KpiLock(Long programmeId, Quarter quarter, Long by, Instant now) {
        this.programmeId = programmeId;
        this.quarter = quarter.code();
        this.lockedBy = by;
        this.lockedAt = now;
    }

    public Instant getLockedAt() {
        return lockedAt;
    }
}
