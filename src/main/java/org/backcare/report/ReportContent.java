package org.backcare.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.backcare.exercise.SessionView;
import org.backcare.painlog.DiaryFigures;
import org.backcare.painlog.PainLogView;
import org.backcare.partnerplan.PlanFollowThrough;
import org.backcare.patient.Condition;
import org.backcare.patient.Phase;
import org.backcare.screening.ScreeningView;

/**
 * Everything one reader may see in a report, gathered before any drawing starts. A section the
 * reader may not see is empty and named in {@code withheld}, so the page says so instead of
 * implying there was nothing.
 */
record ReportContent(Header header, List<String> withheld, DiaryFigures diary, List<WeekChange> changes,
        List<PainLogView> entries, List<ScreeningView> screenings, List<SessionView> sessions,
        List<PlanFollowThrough.Kept> plans, OutcomeFigures outcomes) {

    record Header(String displayName, Integer ageYears, Condition condition, Phase phase, LocalDate from,
            LocalDate to, ZoneId zone, Instant generatedAt) {
    }

    /** One measure, first week of the period against its last. */
    record WeekChange(String measure, Double firstWeek, Double lastWeek, Verdict verdict) {
    }

    enum Verdict { BETTER, WORSE, UNCHANGED, NO_DATA }

    boolean showsDiary() {
        return !withheld.contains(ReportService.PAIN_LOGS);
    }

    boolean showsScreenings() {
        return !withheld.contains(ReportService.SCREENINGS);
    }

    boolean showsSessions() {
        return !withheld.contains(ReportService.SESSIONS);
    }

    boolean showsOutcomes() {
        return !withheld.contains(ReportService.OUTCOMES);
    }

    boolean showsPlans() {
        return !withheld.contains(ReportService.PLANS);
    }
}
