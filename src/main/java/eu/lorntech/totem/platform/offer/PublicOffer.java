package eu.lorntech.totem.platform.offer;

/**
 * Implemented by each module to say what a site offers the public: the landing page shows one teaser
 * per module and leads to its public page, and a visitor who never chose a site first sees the site
 * with the most to show.
 */
public interface PublicOffer {

    /**
     * One module's offer at a site: a heading and a sentence from the bundles (the sentence gets
     * {@code count} as its parameter {0}), and the public page that shows it all.
     */
    record Teaser(int order, String titleKey, String textKey, long count, String outcome) {
    }

    Teaser teaser(Long siteId);
}
