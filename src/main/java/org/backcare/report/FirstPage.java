package org.backcare.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.backcare.painlog.PainLogSummary;
import org.backcare.painlog.PainLogSummary.MedicationDay;
import org.backcare.report.ReportContent.WeekChange;

/** Page 1, laid out to be read in a minute: the period at a glance, top to bottom. */
final class FirstPage {

    static final float LEFT = 36;
    static final float RIGHT = 559;
    static final float MIDDLE = 296;
    static final Box PAIN_CHART = new Box(58, 614, 501, 114);
    static final Box BODY_FIGURES = new Box(304, 420, 136, 140);
    static final int SCREENINGS_SHOWN = 6;
    static final int MEDICATIONS_SHOWN = 2;

    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private FirstPage() {
    }

    static void draw(Canvas c, ReportContent r) {
        header(c, r);
        pain(c, r);
        changes(c, r, 572);
        medication(c, r, 484);
        body(c, r, 572);
        float y = triggersAndRelief(c, r, 366);
        y = Sections.screenings(c, r, y - 12, SCREENINGS_SHOWN);
        y = Sections.sessions(c, r, y - 12);
        y = OutcomeSection.draw(c, r, y - 12);
        Sections.plans(c, r, y - 12);
    }

    private static void header(Canvas c, ReportContent r) {
        ReportContent.Header h = r.header();
        c.text("Pain report: " + h.displayName(), LEFT, 798, 15, Palette.TEXT, RIGHT - LEFT);
        String age = h.ageYears() == null ? "Age not given" : h.ageYears() + " years";
        String phase = h.phase() == null ? "onset not given" : Words.of(h.phase()).toLowerCase() + " phase";
        c.text(age + " \u00b7 " + Words.of(h.condition()) + " \u00b7 " + phase + " \u00b7 " + Words.day(h.from()) + " to "
                + Words.day(h.to()) + " (" + h.zone().getId() + ")" + (r.showsDiary() ? " \u00b7 "
                        + r.diary().summary().count() + " entries" : ""), LEFT, 784, 9, Palette.TEXT, RIGHT - LEFT);
        c.text("Made " + MADE.format(h.generatedAt().atOffset(ZoneOffset.UTC)) + " by Backcare API from what the patient "
                + "logged. It is not a diagnosis.", LEFT, 773, 7, Palette.MUTED, RIGHT - LEFT);
        if (!r.withheld().isEmpty()) {
            c.text("Not included for this reader: " + String.join("; ", r.withheld()) + ".", LEFT, 763, 7.5f,
                    Palette.WITHHELD, RIGHT - LEFT);
        }
    }

    private static void pain(Canvas c, ReportContent r) {
        Sections.title(c, "Pain over time", LEFT, 748);
        if (!r.showsDiary()) {
            Sections.withheld(c, LEFT, 736);
            return;
        }
        PainLogSummary s = r.diary().summary();
        String figures = s.intensity() == null ? "No entries in this period."
                : "Mean " + Words.two(s.intensity().mean()) + " \u00b7 median " + Words.two(s.intensity().median())
                        + " \u00b7 highest " + s.intensity().max() + " \u00b7 severe days (7 or more) " + s.severeDays()
                        + (s.weeklyTrend() == null ? "" : " \u00b7 trend " + Words.signed(s.weeklyTrend().pointsPerWeek())
                                + " points a week over " + s.weeklyTrend().days() + " days");
        c.text(figures, LEFT, 737, 8, Palette.TEXT, RIGHT - LEFT);
        PainChart.draw(c, r.diary().days(), s.from(), s.to(), PAIN_CHART);
        float y = 588;
        c.fillRect(LEFT + 22, y, 12, 6, Palette.BAND);
        c.text("daily low to high", LEFT + 37, y + 0.5f, 7, Palette.MUTED, 0);
        c.ellipse(LEFT + 112, y + 3, 1.6f, 1.6f, Palette.MEAN, null, 0);
        c.text("daily mean", LEFT + 117, y + 0.5f, 7, Palette.MUTED, 0);
        c.line(LEFT + 165, y + 3, LEFT + 177, y + 3, Palette.AVERAGE, 1.6f);
        c.text("7-day moving average", LEFT + 180, y + 0.5f, 7, Palette.MUTED, 0);
        c.fillPolygon(new float[] {LEFT + 258, y + 6, LEFT + 264, y + 6, LEFT + 261, y + 1}, Palette.SEVERE);
        c.text("severe day (7 or more); dashed line at 7", LEFT + 268, y + 0.5f, 7, Palette.MUTED, 0);
    }

    private static void changes(Canvas c, ReportContent r, float top) {
        Sections.title(c, "First week against last week", LEFT, top);
        if (!r.showsDiary()) {
            Sections.withheld(c, LEFT, top - 12);
            return;
        }
        if (r.changes().isEmpty()) {
            c.text("The period is shorter than two weeks.", LEFT, top - 12, 7.5f, Palette.MUTED, 0);
            return;
        }
        float y = top - 13;
        c.text("Measure", LEFT, y, 7, Palette.MUTED, 0);
        c.textRight("First", LEFT + 135, y, 7, Palette.MUTED);
        c.textRight("Last", LEFT + 170, y, 7, Palette.MUTED);
        c.text("Change", LEFT + 180, y, 7, Palette.MUTED, 0);
        for (WeekChange change : r.changes()) {
            y -= 12;
            c.text(change.measure(), LEFT, y, 8, Palette.TEXT, 0);
            c.textRight(Words.two(change.firstWeek()), LEFT + 135, y, 8, Palette.TEXT);
            c.textRight(Words.two(change.lastWeek()), LEFT + 170, y, 8, Palette.TEXT);
            java.awt.Color colour = switch (change.verdict()) {
                case BETTER -> Palette.BETTER;
                case WORSE -> Palette.WORSE;
                default -> Palette.MUTED;
            };
            c.ellipse(LEFT + 183, y + 2.8f, 2.6f, 2.6f, colour, null, 0);
            c.text(verdict(change), LEFT + 189, y, 8, colour, 0);
        }
        c.text("Unchanged: under 1 point (sleep: half an hour).", LEFT, y - 10, 6.5f, Palette.MUTED, 0);
    }

    private static String verdict(WeekChange change) {
        return switch (change.verdict()) {
            case BETTER -> "better";
            case WORSE -> "worse";
            case UNCHANGED -> "unchanged";
            case NO_DATA -> "not enough data";
        };
    }

    private static void medication(Canvas c, ReportContent r, float top) {
        Sections.title(c, "Medication per day", LEFT, top);
        if (!r.showsDiary()) {
            Sections.withheld(c, LEFT, top - 12);
            return;
        }
        List<MedicationDay> days = r.diary().summary().medicationByDay();
        if (days.isEmpty()) {
            c.text("No medication logged in this period.", LEFT, top - 12, 7.5f, Palette.MUTED, 0);
            return;
        }
        // Those taken above their maximum first, then the most often taken.
        List<List<MedicationDay>> medications = days.stream().collect(Collectors.groupingBy(
                d -> d.name() + "\u0000" + d.unit(), TreeMap::new, Collectors.toList())).values().stream()
                .sorted(Comparator.comparingLong((List<MedicationDay> l) -> -above(l).size())
                        .thenComparingInt(l -> -l.size())).toList();
        float width = MIDDLE - LEFT - 10;
        float y = top - 8;
        PainLogSummary s = r.diary().summary();
        for (List<MedicationDay> medication : medications.subList(0, Math.min(MEDICATIONS_SHOWN, medications.size()))) {
            y -= 32;
            MedicationChart.draw(c, medication, s.from(), s.to(), new Box(LEFT, y, width, 20));
        }
        long aboveDays = above(days).stream().map(MedicationDay::date).distinct().count();
        String dates = above(days).stream().map(MedicationDay::date).distinct().sorted()
                .map(Words.SHORT_DAY::format).collect(Collectors.joining(", "));
        List<String> lines = c.font().lines("Days above the prescribed maximum: " + aboveDays
                + (aboveDays == 0 ? "." : " (" + dates + ")."), 7.5f, width, 2);
        for (String line : lines) {
            y -= 10;
            c.text(line, LEFT, y, 7.5f, aboveDays == 0 ? Palette.TEXT : Palette.SEVERE, 0);
        }
        if (medications.size() > MEDICATIONS_SHOWN) {
            c.text((medications.size() - MEDICATIONS_SHOWN) + " more medication(s): see the diary table.", LEFT, y - 9,
                    7, Palette.MUTED, 0);
        }
    }

    private static List<MedicationDay> above(List<MedicationDay> days) {
        return days.stream().filter(MedicationDay::aboveMaximum).toList();
    }

    private static void body(Canvas c, ReportContent r, float top) {
        Sections.title(c, "Where it hurts", MIDDLE + 8, top);
        if (!r.showsDiary()) {
            Sections.withheld(c, MIDDLE + 8, top - 12);
            return;
        }
        BodyMap.draw(c, r.diary().regions(), BODY_FIGURES, BODY_FIGURES.x() + BODY_FIGURES.w() + 4, top - 12);
    }

    private static float triggersAndRelief(Canvas c, ReportContent r, float top) {
        Sections.title(c, "Top triggers", LEFT, top);
        Sections.title(c, "Relief measures: how much each helped (0-10)", MIDDLE + 8, top);
        if (!r.showsDiary()) {
            Sections.withheld(c, LEFT, top - 12);
            Sections.withheld(c, MIDDLE + 8, top - 12);
            return top - 14;
        }
        PainLogSummary s = r.diary().summary();
        long most = s.topTriggers().stream().mapToLong(PainLogSummary.TriggerCount::count).max().orElse(1);
        float left = Bars.draw(c, s.topTriggers().stream().map(t -> new Bars.Bar(Words.of(t.trigger()), t.count(),
                t.count() + "\u00d7")).toList(), most, new Box(LEFT, 0, MIDDLE - LEFT - 10, 0), top - 3,
                "No trigger logged.");
        float right = Bars.draw(c, s.reliefMeasures().stream().map(m -> new Bars.Bar(Words.of(m.measure()),
                m.meanHelped() == null ? 0 : m.meanHelped(), (m.meanHelped() == null ? "not rated"
                        : Words.two(m.meanHelped())) + ", used " + m.timesUsed() + "\u00d7")).toList(), 10,
                new Box(MIDDLE + 8, 0, RIGHT - MIDDLE - 8, 0), top - 3, "No relief measure logged.");
        return Math.min(left, right);
    }
}
