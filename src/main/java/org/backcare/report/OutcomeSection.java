package org.backcare.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.backcare.outcome.Instrument;
import org.backcare.outcome.OutcomeView;

/** Page 1's outcome measures: the PEG over the period, drawn and in words, and the newest mood and anxiety screens. */
final class OutcomeSection {

    private static final float LEFT = FirstPage.LEFT;
    private static final float WIDTH = FirstPage.RIGHT - FirstPage.LEFT;
    private static final float CHART_WIDTH = 150;
    private static final float CHART_HEIGHT = 22;

    private OutcomeSection() {
    }

    /** Returns the y below the section. */
    static float draw(Canvas c, ReportContent r, float top) {
        Sections.title(c, "Outcome measures", LEFT, top);
        if (!r.showsOutcomes()) {
            Sections.withheld(c, LEFT, top - 12);
            return top - 14;
        }
        OutcomeFigures o = r.outcomes();
        ZoneId zone = r.header().zone();
        float textLeft = LEFT + CHART_WIDTH + 12;
        float y = top - 12;
        if (o.peg().isEmpty()) {
            c.text("PEG: none in this period.", LEFT, y, 8, Palette.TEXT, WIDTH);
        } else {
            trend(c, o.peg(), r.header().from(), r.header().to(), zone, new Box(LEFT + 12, y - CHART_HEIGHT + 8,
                    CHART_WIDTH - 12, CHART_HEIGHT));
            for (String line : c.font().lines(peg(o, zone), 8, WIDTH - CHART_WIDTH - 12, 3)) {
                c.text(line, textLeft, y, 8, Palette.TEXT, 0);
                y -= 10;
            }
            y = Math.min(y, top - 12 - CHART_HEIGHT);
        }
        y -= 11;
        c.text(screen(o.phq2(), zone) + "  " + screen(o.gad2(), zone), LEFT, y, 8, Palette.TEXT, WIDTH);
        return y - 2;
    }

    private static String peg(OutcomeFigures o, ZoneId zone) {
        OutcomeView first = o.peg().get(0);
        OutcomeView last = o.peg().get(o.peg().size() - 1);
        String figures = "PEG (pain, enjoyment of life, activity; 0-10, lower is better): " + o.peg().size()
                + (o.peg().size() == 1 ? " result, " : " results, first ") + Words.two(first.score().doubleValue()) + " on "
                + day(first, zone);
        if (o.pegChange() == null) {
            return figures + ".";
        }
        OutcomeView.Change change = o.pegChange();
        String percent = change.percent() == null ? "" : " (" + change.percent().toPlainString() + "%)";
        Instrument.MeaningfulChange meaningful = o.pegInstrument().meaningfulChange();
        String verdict = change.points().signum() > 0 ? "worse"
                : Boolean.TRUE.equals(change.meaningfulImprovement())
                        ? "a clinically meaningful improvement (" + meaningful.improvementPercent() + "% or more)"
                        : "short of a clinically meaningful improvement (" + meaningful.improvementPercent() + "%)";
        return figures + ", latest " + Words.two(last.score().doubleValue()) + " on " + day(last, zone) + ": "
                + Words.signed(change.points().doubleValue()) + " points" + percent + ", "
                + verdict + ".";
    }

    private static String screen(OutcomeFigures.Latest latest, ZoneId zone) {
        if (latest.result() == null) {
            return "Latest " + latest.code() + ": none in this period.";
        }
        Instrument instrument = latest.instrument();
        String cutOff = instrument.thresholds().stream().map(t -> Words.amount(BigDecimal.valueOf(t.atLeast())))
                .findFirst().map(t -> " (" + t + " or more)").orElse("");
        return "Latest " + latest.code() + ": " + Words.amount(latest.result().score()) + " of "
                + Words.amount(BigDecimal.valueOf(instrument.scoring().max())) + " on " + day(latest.result(), zone)
                + ", " + (latest.result().positive() ? "positive screen" + cutOff
                        + ": worth talking over; not a diagnosis." : "negative screen.");
    }

    private static String day(OutcomeView result, ZoneId zone) {
        return Words.SHORT_DAY.format(LocalDate.ofInstant(result.completedAt(), zone));
    }

    /** Each PEG as a dot on a 0-10 scale across the period, joined by a line. */
    private static void trend(Canvas c, List<OutcomeView> peg, LocalDate from, LocalDate to, ZoneId zone, Box box) {
        c.strokeRect(box.x(), box.y(), box.w(), box.h(), Palette.RULE, 0.5f);
        c.textRight("10", box.x() - 2, box.y() + box.h() - 5, 5.5f, Palette.MUTED);
        c.textRight("0", box.x() - 2, box.y(), 5.5f, Palette.MUTED);
        long span = Math.max(1, to.toEpochDay() - from.toEpochDay());
        float[] points = new float[peg.size() * 2];
        for (int i = 0; i < peg.size(); i++) {
            long day = LocalDate.ofInstant(peg.get(i).completedAt(), zone).toEpochDay() - from.toEpochDay();
            points[2 * i] = box.x() + box.w() * day / span;
            points[2 * i + 1] = box.y() + box.h() * peg.get(i).score().floatValue() / 10;
        }
        if (peg.size() > 1) {
            c.polyline(points, Palette.AVERAGE, 1.2f);
        }
        for (int i = 0; i < peg.size(); i++) {
            c.ellipse(points[2 * i], points[2 * i + 1], 1.8f, 1.8f, Palette.MEAN, null, 0);
        }
    }
}
