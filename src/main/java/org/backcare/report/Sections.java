package org.backcare.report;

import java.util.Comparator;
import java.util.List;
import org.backcare.exercise.SessionView;
import org.backcare.partnerplan.PlanFollowThrough;
import org.backcare.screening.ScreeningView;

/** The lower sections of page 1, and what every section shares (titles, the withheld notice). */
final class Sections {

    private static final float LEFT = FirstPage.LEFT;
    private static final float WIDTH = FirstPage.RIGHT - FirstPage.LEFT;

    private Sections() {
    }

    static void title(Canvas c, String title, float x, float y) {
        c.text(title, x, y, 10.5f, Palette.TEXT, 0);
    }

    static void withheld(Canvas c, float x, float y) {
        c.text("Not shared with you.", x, y, 7.5f, Palette.WITHHELD, 0);
    }

    /** The newest {@code shown} screenings; returns the y below them. */
    static float screenings(Canvas c, ReportContent r, float top, int shown) {
        title(c, "Red-flag screenings", LEFT, top);
        if (!r.showsScreenings()) {
            withheld(c, LEFT, top - 12);
            return top - 14;
        }
        List<ScreeningView> newest = r.screenings().stream()
                .sorted(Comparator.comparing(ScreeningView::createdAt).reversed()).limit(shown).toList();
        if (newest.isEmpty()) {
            c.text("None in this period.", LEFT, top - 12, 7.5f, Palette.MUTED, 0);
            return top - 14;
        }
        Table table = ScreeningRows.table(r.header().zone());
        float y = table.header(c, LEFT, top - 12);
        for (int i = 0; i < newest.size(); i++) {
            y = table.row(c, LEFT, y, ScreeningRows.cells(newest.get(i), r.header().zone()), i);
        }
        if (r.screenings().size() > shown) {
            c.text((r.screenings().size() - shown) + " earlier in the period: all are listed after the diary.", LEFT,
                    y - 8, 7, Palette.MUTED, 0);
            y -= 9;
        }
        return y;
    }

    static float sessions(Canvas c, ReportContent r, float top) {
        title(c, "Exercise sessions", LEFT, top);
        if (!r.showsSessions()) {
            withheld(c, LEFT, top - 12);
            return top - 14;
        }
        List<SessionView> sessions = r.sessions();
        String line;
        if (sessions.isEmpty()) {
            line = "None in this period.";
        } else {
            int minutes = sessions.stream().mapToInt(SessionView::durationMinutes).sum();
            long withPartner = sessions.stream().filter(SessionView::withPartner).count();
            double change = sessions.stream().mapToInt(s -> s.painAfter() - s.painBefore()).average().orElse(0);
            line = sessions.size() + " sessions, " + minutes + " minutes in all, " + withPartner + " with the partner. "
                    + "Pain after against before: mean change " + Words.signed(org.backcare.common.DayWindow.round(change))
                    + " points.";
        }
        c.text(line, LEFT, top - 12, 8, Palette.TEXT, WIDTH);
        return top - 14;
    }

    static float plans(Canvas c, ReportContent r, float top) {
        title(c, "Partner plan: follow-through", LEFT, top);
        if (!r.showsPlans()) {
            withheld(c, LEFT, top - 12);
            return top - 14;
        }
        if (r.plans().isEmpty()) {
            c.text("No partner plan you may see was active in this period.", LEFT, top - 12, 7.5f, Palette.MUTED, 0);
            return top - 14;
        }
        float y = top;
        List<PlanFollowThrough.Kept> plans = r.plans();
        for (int i = 0; i < plans.size(); i++) {
            y -= 11;
            if (y < ReportPdf.BOTTOM + 11 && i < plans.size() - 1) {
                c.text((plans.size() - i) + " more plans in the period are not shown.", LEFT, y, 7.5f, Palette.MUTED, 0);
                break;
            }
            PlanFollowThrough.Kept plan = plans.get(i);
            c.text("With " + plan.partnerSubject() + " (" + Words.of(plan.status()).toLowerCase() + "): "
                    + plan.checkInsHeld() + " check-ins held of " + plan.checkInsDue() + " due (every " + plan.everyDays()
                    + " days); " + plan.goalsReached() + " goals reached in the period, " + plan.goals()
                    + " goals in the plan.", LEFT, y, 8, Palette.TEXT, WIDTH);
        }
        return y;
    }
}
