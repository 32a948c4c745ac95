package eu.lorntech.totem.talent.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application is: received, then an interview, then an offer, then hired; declined at any
 * step before the hire. Hired and declined are final.
 */
public enum ApplicationStatus {
    RECEIVED, INTERVIEW, OFFER, HIRED, DECLINED;

    public Set<ApplicationStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(INTERVIEW, DECLINED);
            case INTERVIEW -> EnumSet.of(OFFER, DECLINED);
            case OFFER -> EnumSet.of(HIRED, DECLINED);
            case HIRED, DECLINED -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    public boolean canMoveTo(ApplicationStatus target) {
        return target != null && next().contains(target);
    }
}
