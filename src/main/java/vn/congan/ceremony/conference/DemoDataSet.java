package vn.congan.ceremony.conference;

import java.util.Locale;

/**
 * Which data an empty database gets on first start ({@code portal.demo-data.set}, environment
 * {@code PORTAL_DEMO_DATA_SET}): the reference demo of the domain brief, or a large ceremony of
 * about 2,000 recipients for measuring speed at scale.
 */
public enum DemoDataSet {
    /** The reference scenario: 142 recipients over two decisions (the default). */
    DEMO,
    /** The large ceremony (demo.LargeCeremonyData): 2,350 recipients over four decisions, a 2,816-seat hall. */
    LARGE;

    /** The set named by a setting ("demo", "large", any case); blank means the demo. */
    public static DemoDataSet of(String setting) {
        if (setting == null || setting.isBlank()) {
            return DEMO;
        }
        try {
            return valueOf(setting.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("portal.demo-data.set must be 'demo' or 'large', not '" + setting + "'", e);
        }
    }
}
