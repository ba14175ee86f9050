package org.backcare.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.backcare.painlog.BodyRegion;
import org.backcare.painlog.PainLogSummary.LocationCount;

/**
 * Front and back outlines with every region the diary logged shaded by its mean intensity, and
 * beside them each region's mean and how often it was logged (the shade alone is not the record).
 */
final class BodyMap {

    /** Where a region sits on a figure, in fractions of the figure's box (y from the feet). */
    private record Spot(float x, float y, float rx, float ry) {
    }

    private static final Map<BodyRegion, Spot> FRONT = new EnumMap<>(BodyRegion.class);
    private static final Map<BodyRegion, Spot> BACK = new EnumMap<>(BodyRegion.class);

    static {
        // Seen from the front, the person's left is on the viewer's right; from the back, on the left.
        both(BodyRegion.NECK, 0.5f, 0.5f, 0.845f, 0.06f, 0.022f);
        both(BodyRegion.SHOULDER_LEFT, 0.66f, 0.34f, 0.80f, 0.07f, 0.03f);
        both(BodyRegion.SHOULDER_RIGHT, 0.34f, 0.66f, 0.80f, 0.07f, 0.03f);
        BACK.put(BodyRegion.UPPER_BACK, new Spot(0.5f, 0.755f, 0.15f, 0.04f));
        BACK.put(BodyRegion.MID_BACK, new Spot(0.5f, 0.665f, 0.15f, 0.04f));
        BACK.put(BodyRegion.LOWER_BACK, new Spot(0.5f, 0.575f, 0.15f, 0.04f));
        BACK.put(BodyRegion.BUTTOCK_LEFT, new Spot(0.40f, 0.48f, 0.085f, 0.04f));
        BACK.put(BodyRegion.BUTTOCK_RIGHT, new Spot(0.60f, 0.48f, 0.085f, 0.04f));
        FRONT.put(BodyRegion.HIP_LEFT, new Spot(0.66f, 0.52f, 0.06f, 0.03f));
        FRONT.put(BodyRegion.HIP_RIGHT, new Spot(0.34f, 0.52f, 0.06f, 0.03f));
        FRONT.put(BodyRegion.GROIN, new Spot(0.5f, 0.475f, 0.06f, 0.025f));
        both(BodyRegion.LEG_LEFT, 0.61f, 0.39f, 0.34f, 0.07f, 0.09f);
        both(BodyRegion.LEG_RIGHT, 0.39f, 0.61f, 0.34f, 0.07f, 0.09f);
        FRONT.put(BodyRegion.KNEE_LEFT, new Spot(0.61f, 0.20f, 0.06f, 0.025f));
        FRONT.put(BodyRegion.KNEE_RIGHT, new Spot(0.39f, 0.20f, 0.06f, 0.025f));
        FRONT.put(BodyRegion.FOOT_LEFT, new Spot(0.62f, 0.03f, 0.07f, 0.02f));
        FRONT.put(BodyRegion.FOOT_RIGHT, new Spot(0.38f, 0.03f, 0.07f, 0.02f));
    }

    private BodyMap() {
    }

    /** Two figures side by side in {@code figures}; the list of regions from {@code listX} down. */
    static void draw(Canvas c, List<LocationCount> regions, Box figures, float listX, float listTop) {
        Map<BodyRegion, LocationCount> logged = new EnumMap<>(BodyRegion.class);
        regions.forEach(r -> logged.put(r.region(), r));
        float w = figures.w() / 2;
        figure(c, new Box(figures.x(), figures.y() + 10, w - 6, figures.h() - 10), FRONT, logged);
        figure(c, new Box(figures.x() + w, figures.y() + 10, w - 6, figures.h() - 10), BACK, logged);
        c.text("Front", figures.x() + w / 2 - 10, figures.y(), 7, Palette.MUTED, 0);
        c.text("Back", figures.x() + w * 1.5f - 10, figures.y(), 7, Palette.MUTED, 0);

        float y = listTop;
        c.text("Region: mean, times logged", listX, y, 7, Palette.MUTED, 0);
        if (regions.isEmpty()) {
            c.text("No region logged.", listX, y - 10, 7.5f, Palette.MUTED, 0);
        }
        for (LocationCount region : regions) {
            y -= 9;
            c.fillRect(listX, y - 1, 6, 6, Palette.intensity(region.meanIntensity()));
            c.strokeRect(listX, y - 1, 6, 6, Palette.MUTED, 0.3f);
            c.text(Words.of(region.region()), listX + 9, y, 7.5f, Palette.TEXT, 58);
            c.textRight(Words.two(region.meanIntensity()), listX + 88, y, 7.5f, Palette.TEXT);
            c.textRight(region.count() + "\u00d7", listX + 112, y, 7.5f, Palette.TEXT);
        }
    }

    private static void figure(Canvas c, Box b, Map<BodyRegion, Spot> spots, Map<BodyRegion, LocationCount> logged) {
        float lw = 0.6f;
        c.ellipse(at(b, 0.5f, true), at(b, 0.925f, false), b.w() * 0.1f, b.h() * 0.06f, Palette.BODY, Palette.MUTED, lw);
        c.roundRect(at(b, 0.44f, true), at(b, 0.83f, false), b.w() * 0.12f, b.h() * 0.04f, 1, Palette.BODY,
                Palette.MUTED, lw);
        c.roundRect(at(b, 0.27f, true), at(b, 0.50f, false), b.w() * 0.46f, b.h() * 0.34f, 6, Palette.BODY,
                Palette.MUTED, lw);
        c.roundRect(at(b, 0.13f, true), at(b, 0.47f, false), b.w() * 0.12f, b.h() * 0.35f, 4, Palette.BODY,
                Palette.MUTED, lw);
        c.roundRect(at(b, 0.75f, true), at(b, 0.47f, false), b.w() * 0.12f, b.h() * 0.35f, 4, Palette.BODY,
                Palette.MUTED, lw);
        c.roundRect(at(b, 0.29f, true), at(b, 0.0f, false), b.w() * 0.2f, b.h() * 0.52f, 4, Palette.BODY,
                Palette.MUTED, lw);
        c.roundRect(at(b, 0.51f, true), at(b, 0.0f, false), b.w() * 0.2f, b.h() * 0.52f, 4, Palette.BODY,
                Palette.MUTED, lw);
        spots.forEach((region, spot) -> {
            LocationCount count = logged.get(region);
            if (count != null) {
                c.ellipse(at(b, spot.x(), true), at(b, spot.y(), false), b.w() * spot.rx(), b.h() * spot.ry(),
                        Palette.intensity(count.meanIntensity()), Palette.TEXT, 0.5f);
            }
        });
    }

    private static float at(Box b, float fraction, boolean horizontal) {
        return horizontal ? b.x() + b.w() * fraction : b.y() + b.h() * fraction;
    }

    private static void both(BodyRegion region, float frontX, float backX, float y, float rx, float ry) {
        FRONT.put(region, new Spot(frontX, y, rx, ry));
        BACK.put(region, new Spot(backX, y, rx, ry));
    }
}
