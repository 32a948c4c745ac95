package eu.lorntech.totem.coworking.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A site's coworking settings: how far ahead one may book, the cancellation cut-off, room release. */
@Entity
@Table(name = "coworking_site")
public class CoworkingSite {

    @Id
    @Column(name = "site_id")
    private Long siteId;

    @Column(name = "horizon_days")
    private int horizonDays = 60;

    @Column(name = "cancel_cutoff_minutes")
    private int cancelCutoffMinutes = 120;

    @Column(name = "release_after_minutes")
    private int releaseAfterMinutes = 15;

    protected CoworkingSite() {
    }

    public CoworkingSite(Long siteId) {
        this.siteId = siteId;
    }

    public void configure(int horizonDays, int cancelCutoffMinutes, int releaseAfterMinutes) {
        if (horizonDays < 1 || cancelCutoffMinutes < 0 || releaseAfterMinutes < 1) {
            throw Refusal.invalid("coworking.settings.invalid");
        }
        this.horizonDays = horizonDays;
        this.cancelCutoffMinutes = cancelCutoffMinutes;
        this.releaseAfterMinutes = releaseAfterMinutes;
    }

    public Long getSiteId() {
        return siteId;
    }

    public int getHorizonDays() {
        return horizonDays;
    }

    public int getCancelCutoffMinutes() {
        return cancelCutoffMinutes;
    }

    public int getReleaseAfterMinutes() {
        return releaseAfterMinutes;
    }
}
