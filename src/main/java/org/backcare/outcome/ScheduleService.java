package org.backcare.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.backcare.access.PatientAccess;
import org.backcare.access.Scope;
import org.backcare.common.ApiException;
import org.backcare.common.Preconditions;
import org.backcare.common.Violation;
import org.backcare.patient.PatientDirectory;
import org.hibernate.exception.ConstraintViolationException;

/** When each instrument is due: the catalog's defaults, as the patient changed them. */
@ApplicationScoped
@Transactional
class ScheduleService {

    static final int MAX_DAYS = 365;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{1,20}");

    private final PatientAccess access;
    private final InstrumentCatalog catalog;
    private final PatientDirectory patients;
    private final Clock clock;

    ScheduleService(PatientAccess access, InstrumentCatalog catalog, PatientDirectory patients, Clock clock) {
        this.access = access;
        this.catalog = catalog;
        this.patients = patients;
        this.clock = clock;
    }

    /** A schedule and its version: 0 while the defaults stand, the row's version + 1 once the patient set one. */
    record Versioned(ScheduleView schedule, long version) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Versioned get(UUID patientId) {
        access.read(patientId, Scope.OUTCOMES_READ, "outcomes.schedule.read");
        return versioned(OutcomeSchedule.findById(patientId));
    }

    Versioned replace(UUID patientId, String ifMatch, ScheduleInput input) {
        access.owner(patientId);
        Preconditions.requirePresent(ifMatch);
        Map<String, Integer> settings = settings(input);
        OutcomeSchedule row = OutcomeSchedule.findById(patientId);
        Preconditions.requireMatch(ifMatch, versionOf(row));
        boolean first = row == null;
        if (first) {
            row = new OutcomeSchedule();
            row.patientId = patientId;
        }
        row.everyDays = settings;
        row.updatedAt = clock.instant();
        try {
            if (first) {
                row.persist();
            }
            OutcomeSchedule.flush();
        } catch (ConstraintViolationException e) {
            // Another first schedule was stored at the same moment: this one was made from defaults that no longer stand.
            throw Preconditions.stale();
        }
        return versioned(row);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    DueView due(UUID patientId) {
        access.read(patientId, Scope.OUTCOMES_READ, "outcomes.due");
        ZoneId zone = patients.timeZone(patientId);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<DueView.Item> items = versioned(OutcomeSchedule.findById(patientId)).schedule().items().stream()
                .map(entry -> Due.of(entry.instrument(), entry.everyDays(),
                        OutcomeResult.latest(patientId, entry.instrument()).map(r -> r.completedAt).orElse(null),
                        zone, today))
                .toList();
        return new DueView(today, zone.getId(), items);
    }

    /** The stored form: instrument code to days, null for one turned off; every problem named at once. */
    private Map<String, Integer> settings(ScheduleInput input) {
        List<Violation> problems = new ArrayList<>();
        Map<String, Integer> settings = new TreeMap<>();
        input.everyDays().forEach((code, days) -> {
            if (!known(code, "everyDays", problems)) {
                return;
            }
            if (days == null || days < 1 || days > MAX_DAYS) {
                problems.add(new Violation("everyDays." + code, "must be 1 to " + MAX_DAYS + " days"));
            }
            settings.put(code, days);
        });
        input.offOrNone().forEach(code -> {
            if (code != null && input.everyDays().containsKey(code)) {
                problems.add(new Violation("off", code + " is also given days"));
            } else if (known(code, "off", problems)) {
                settings.put(code, null);
            }
        });
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems.stream().distinct().toList());
        }
        return settings;
    }

    /** Whether {@code code} is an instrument; a stranger key is named only when it looks like a code. */
    private boolean known(String code, String field, List<Violation> problems) {
        if (code != null && catalog.find(code).isPresent()) {
            return true;
        }
        problems.add(code != null && CODE.matcher(code).matches()
                ? new Violation(field.equals("off") ? "off" : field + "." + code, code + " is not an instrument")
                : new Violation(field, "holds something that is not an instrument"));
        return false;
    }

    private Versioned versioned(OutcomeSchedule row) {
        Map<String, Integer> set = row == null ? Map.of() : row.everyDays;
        List<ScheduleView.Entry> entries = catalog.all().stream().map(instrument -> set.containsKey(instrument.code())
                ? new ScheduleView.Entry(instrument.code(), set.get(instrument.code()), false)
                : new ScheduleView.Entry(instrument.code(), instrument.defaultEveryDays(), true)).toList();
        return new Versioned(new ScheduleView(entries), versionOf(row));
    }

    private static long versionOf(OutcomeSchedule row) {
        return row == null ? 0 : row.version + 1;
    }
}
