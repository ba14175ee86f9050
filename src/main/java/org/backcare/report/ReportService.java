package org.backcare.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.backcare.access.AccessContext;
import org.backcare.access.PatientAccess;
import org.backcare.common.DayWindow;
import org.backcare.exercise.SessionHistory;
import org.backcare.outcome.OutcomeHistory;
import org.backcare.painlog.PainLogHistory;
import org.backcare.painlog.PainLogSummaryService;
import org.backcare.partnerplan.PlanFollowThrough;
import org.backcare.patient.PatientDirectory;
import org.backcare.patient.PatientView;
import org.backcare.screening.ScreeningHistory;

/**
 * The clinician report of a span of days: any live grantee may ask, and gets the sections its
 * standing covers, as {@link AccessContext} decides; the read is in the access log.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class ReportService {

    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 366;
    /** A year at ten entries a day fits; more asks for a shorter window. */
    static final int MAX_ENTRIES = 5000;
    static final int MAX_RECORDS = 2000;

    static final String PAIN_LOGS = "pain diary";
    static final String SCREENINGS = "red-flag screenings";
    static final String SESSIONS = "exercise sessions";
    static final String PLANS = "partner plans";
    static final String OUTCOMES = "outcome measures";
    static final String PRIVATE_ENTRIES = "private diary entries and what came from them";

    private final PatientAccess access;
    private final PatientDirectory patients;
    private final PainLogSummaryService summaries;
    private final PainLogHistory painLogs;
    private final ScreeningHistory screenings;
    private final SessionHistory sessions;
    private final PlanFollowThrough plans;
    private final OutcomeHistory outcomes;
    private final ReportPdf pdf;
    private final Clock clock;

    ReportService(PatientAccess access, PatientDirectory patients, PainLogSummaryService summaries,
            PainLogHistory painLogs, ScreeningHistory screenings, SessionHistory sessions, PlanFollowThrough plans,
            OutcomeHistory outcomes, ReportPdf pdf, Clock clock) {
        this.access = access;
        this.patients = patients;
        this.summaries = summaries;
        this.painLogs = painLogs;
        this.screenings = screenings;
        this.sessions = sessions;
        this.plans = plans;
        this.outcomes = outcomes;
        this.pdf = pdf;
        this.clock = clock;
    }

    byte[] report(UUID patientId, LocalDate from, LocalDate to) {
        AccessContext reader = access.read(patientId, null, "report.read");
        return pdf.render(content(patientId, from, to, reader));
    }

    ReportContent content(UUID patientId, LocalDate from, LocalDate to, AccessContext reader) {
        PatientView profile = patients.view(patientId, reader);
        ZoneId zone = ZoneId.of(profile.timeZone());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        DayWindow days = DayWindow.of(from, to, zone, today, DEFAULT_DAYS, MAX_DAYS);
        var header = new ReportContent.Header(profile.displayName(), patients.facts(patientId, today).ageYears(),
                profile.condition(), profile.phase(), days.from(), days.to(), zone, clock.instant());
        var entries = painLogs.between(patientId, days.start(), days.end(), reader, MAX_ENTRIES);
        return new ReportContent(header, withheld(reader), summaries.figures(patientId, days, reader),
                WeekChanges.of(entries, days.from(), days.to(), zone), entries,
                screenings.between(patientId, days.start(), days.end(), reader, MAX_RECORDS),
                sessions.between(patientId, days.start(), days.end(), reader, MAX_RECORDS),
                plans.between(patientId, days, reader), OutcomeFigures.of(
                        outcomes.between(patientId, days.start(), days.end(), reader, MAX_RECORDS), outcomes));
    }

    private static List<String> withheld(AccessContext reader) {
        List<String> withheld = new ArrayList<>();
        if (!reader.seesPainLogs()) {
            withheld.add(PAIN_LOGS);
        } else if (!reader.seesPrivateEntries()) {
            withheld.add(PRIVATE_ENTRIES);
        }
        if (!reader.seesScreenings()) {
            withheld.add(SCREENINGS);
        }
        if (!reader.seesSessions()) {
            withheld.add(SESSIONS);
        }
        if (!reader.seesOutcomes()) {
            withheld.add(OUTCOMES);
        }
        if (!reader.seesPlans()) {
            withheld.add(PLANS);
        }
        return List.copyOf(withheld);
    }
}
