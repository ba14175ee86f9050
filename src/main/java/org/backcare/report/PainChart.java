package org.backcare.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.backcare.painlog.DiaryFigures;
import org.backcare.painlog.PainIntensity;

/**
 * Pain over the period: each day's low-high band, its mean, a trailing 7-day moving average of
 * the daily means, and the severe days marked above the plot.
 */
final class PainChart {

    static final int WINDOW = 7;

    private PainChart() {
    }

    /** Draws into the box (x, y) to (x + w, y + h): the plot itself, its axes labelled outside it. */
    static void draw(Canvas c, List<DiaryFigures.Day> days, LocalDate from, LocalDate to, Box box) {
        long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        c.strokeRect(box.x(), box.y(), box.w(), box.h(), Palette.RULE, 0.5f);
        for (int level = 0; level <= 10; level += 2) {
            float y = box.y() + box.h() * level / 10f;
            c.line(box.x(), y, box.x() + box.w(), y, Palette.RULE, 0.3f);
            c.textRight(String.valueOf(level), box.x() - 3, y - 2.5f, 7, Palette.MUTED);
        }
        c.dashed(box.x(), y(box, PainIntensity.SEVERE), box.x() + box.w(), y(box, PainIntensity.SEVERE), Palette.SEVERE, 0.4f);
        for (LocalDate tick : ticks(from, to)) {
            float x = box.x() + box.w() * ChronoUnit.DAYS.between(from, tick) / span;
            c.line(x, box.y(), x, box.y() - 2, Palette.MUTED, 0.4f);
            c.text(Words.SHORT_DAY.format(tick), x - 10, box.y() - 10, 6.5f, Palette.MUTED, 0);
        }
        if (days.isEmpty()) {
            c.text("No entries in this period.", box.x() + box.w() / 2 - 45, box.y() + box.h() / 2, 9, Palette.MUTED, 0);
            return;
        }
        float[] band = new float[days.size() * 4];
        for (int i = 0; i < days.size(); i++) {
            DiaryFigures.Day day = days.get(i);
            float x = x(box, from, span, day.date());
            band[2 * i] = x;
            band[2 * i + 1] = y(box, day.high());
            int back = days.size() - 1 - i;
            band[2 * days.size() + 2 * back] = x;
            band[2 * days.size() + 2 * back + 1] = y(box, day.low());
        }
        c.fillPolygon(band, Palette.BAND);
        for (DiaryFigures.Day day : days) {
            float x = x(box, from, span, day.date());
            if (day.low() == day.high()) {
                c.line(x - 0.6f, y(box, day.high()), x + 0.6f, y(box, day.high()), Palette.BAND.darker(), 1.2f);
            }
            c.ellipse(x, y(box, day.mean()), 1.1f, 1.1f, Palette.MEAN, null, 0);
            if (PainIntensity.isSevere(day.high())) {
                c.fillPolygon(new float[] {x - 2, box.y() + box.h() + 6, x + 2, box.y() + box.h() + 6, x,
                        box.y() + box.h() + 2}, Palette.SEVERE);
            }
        }
        double[] average = movingAverage(days);
        float[] line = new float[days.size() * 2];
        for (int i = 0; i < days.size(); i++) {
            line[2 * i] = x(box, from, span, days.get(i).date());
            line[2 * i + 1] = y(box, average[i]);
        }
        c.polyline(line, Palette.AVERAGE, 1.6f);
    }

    /**
     * Per day with entries, the mean of the daily means of the days with entries among it and the
     * six calendar days before it: gaps in the diary shorten the average instead of counting as zero.
     */
    static double[] movingAverage(List<DiaryFigures.Day> days) {
        double[] average = new double[days.size()];
        int first = 0;
        double sum = 0;
        for (int i = 0; i < days.size(); i++) {
            sum += days.get(i).mean();
            while (ChronoUnit.DAYS.between(days.get(first).date(), days.get(i).date()) >= WINDOW) {
                sum -= days.get(first++).mean();
            }
            average[i] = sum / (i - first + 1);
        }
        return average;
    }

    private static List<LocalDate> ticks(LocalDate from, LocalDate to) {
        long span = ChronoUnit.DAYS.between(from, to);
        long step = span <= 21 ? 2 : span <= 62 ? 7 : span <= 120 ? 14 : 30;
        return java.util.stream.LongStream.rangeClosed(0, span / step).mapToObj(i -> from.plusDays(i * step)).toList();
    }

    private static float x(Box box, LocalDate from, long span, LocalDate day) {
        return box.x() + box.w() * ChronoUnit.DAYS.between(from, day) / span;
    }

    private static float y(Box box, double value) {
        return box.y() + box.h() * (float) value / 10f;
    }
}
