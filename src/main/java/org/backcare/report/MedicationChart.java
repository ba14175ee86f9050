package org.backcare.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.backcare.painlog.PainLogSummary.MedicationDay;

/** One medication's daily total as bars over the period, its prescribed maximum as a dashed line. */
final class MedicationChart {

    private MedicationChart() {
    }

    static void draw(Canvas c, List<MedicationDay> days, LocalDate from, LocalDate to, Box box) {
        MedicationDay first = days.get(0);
        BigDecimal max = first.prescribedMax();
        double top = days.stream().mapToDouble(d -> d.taken().doubleValue()).max().orElse(1);
        if (max != null) {
            top = Math.max(top, max.doubleValue());
        }
        top *= 1.15;
        long span = ChronoUnit.DAYS.between(from, to) + 1;
        float slot = box.w() / span;
        c.line(box.x(), box.y(), box.x() + box.w(), box.y(), Palette.MUTED, 0.4f);
        for (MedicationDay day : days) {
            float x = box.x() + slot * ChronoUnit.DAYS.between(from, day.date());
            float h = (float) (box.h() * day.taken().doubleValue() / top);
            c.fillRect(x + slot * 0.15f, box.y(), Math.max(slot * 0.7f, 0.6f), h,
                    day.aboveMaximum() ? Palette.SEVERE : Palette.BAR);
        }
        String label = first.name() + " (" + first.unit() + " a day)";
        if (max != null) {
            float y = box.y() + (float) (box.h() * max.doubleValue() / top);
            c.dashed(box.x(), y, box.x() + box.w(), y, Palette.SEVERE, 0.6f);
            label += ", prescribed maximum " + Words.amount(max);
        } else {
            label += ", no prescribed maximum on the profile";
        }
        c.text(label, box.x(), box.y() + box.h() + 3, 7.5f, Palette.TEXT, box.w());
    }
}
