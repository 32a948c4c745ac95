package eu.lorntech.totem.coworking.control;

/** A site's opening hours, closures or settings changed: its cached calendar is stale. */
public record SiteCalendarChanged(Long siteId) {
}
