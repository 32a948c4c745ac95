package eu.lorntech.totem.platform.web;

/** The site the person is looking at (chosen in the layout's site switcher). */
public interface SiteContext {
    Long currentSiteId();
}
