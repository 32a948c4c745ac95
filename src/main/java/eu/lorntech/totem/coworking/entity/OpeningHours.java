package eu.lorntech.totem.coworking.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** When a site opens on one day of the week (a day without a row is closed). */
@Entity
@Table(name = "opening_hours")
@IdClass(OpeningHours.Key.class)
@NamedQuery(name = OpeningHours.OF_SITE, query = "select h from OpeningHours h where h.siteId = :siteId order by h.dayOfWeek")
public class OpeningHours {
    public static final String OF_SITE = "OpeningHours.ofSite";

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        Long siteId;
        int dayOfWeek;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(siteId, k.siteId) && dayOfWeek == k.dayOfWeek;
        }

        @Override
        public int hashCode() {
            return Objects.hash(siteId, dayOfWeek);
        }
    }

    @Id
    @Column(name = "site_id")
    private Long siteId;

    @Id
    @Column(name = "day_of_week")
    private int dayOfWeek;

    private LocalTime opens;

    private LocalTime closes;

    protected OpeningHours() {
    }

    public OpeningHours(Long siteId, DayOfWeek day, LocalTime opens, LocalTime closes) {
        if (!opens.isBefore(closes)) {
            throw Refusal.invalid("coworking.hours.invalid");
        }
        this.siteId = siteId;
        this.dayOfWeek = day.getValue();
        this.opens = opens;
        this.closes = closes;
    }

    public void change(LocalTime newOpens, LocalTime newCloses) {
        if (!newOpens.isBefore(newCloses)) {
            throw Refusal.invalid("coworking.hours.invalid");
        }
        this.opens = newOpens;
        this.closes = newCloses;
    }

    public DayOfWeek day() {
        return DayOfWeek.of(dayOfWeek);
    }

    public LocalTime getOpens() {
        return opens;
    }

    public LocalTime getCloses() {
        return closes;
    }
}
