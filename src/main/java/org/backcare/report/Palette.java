package org.backcare.report;

import java.awt.Color;

/** The report's colours; every meaning a colour carries is also said in words. */
final class Palette {

    static final Color TEXT = new Color(0x1f, 0x23, 0x28);
    static final Color MUTED = new Color(0x5f, 0x66, 0x6d);
    static final Color RULE = new Color(0xc8, 0xcd, 0xd2);
    static final Color BAND = new Color(0xcf, 0xe2, 0xf3);
    static final Color MEAN = new Color(0x3a, 0x6e, 0xa5);
    static final Color AVERAGE = new Color(0x0b, 0x2e, 0x59);
    static final Color SEVERE = new Color(0xb0, 0x1e, 0x1e);
    static final Color BETTER = new Color(0x1e, 0x7b, 0x34);
    static final Color WORSE = new Color(0xb0, 0x1e, 0x1e);
    static final Color BAR = new Color(0x6b, 0x8f, 0xb8);
    static final Color BODY = new Color(0xf4, 0xf5, 0xf6);
    static final Color WITHHELD = new Color(0x9a, 0x52, 0x00);
    static final Color ZEBRA = new Color(0xf3, 0xf5, 0xf7);

    private Palette() {
    }

    /** White at 0 to deep red at 10, for the body map. */
    static Color intensity(double value) {
        double t = Math.max(0, Math.min(1, value / 10));
        return new Color((int) Math.round(255 - t * (255 - 0x9b)), (int) Math.round(255 - t * 255),
                (int) Math.round(255 - t * 255));
    }
}
