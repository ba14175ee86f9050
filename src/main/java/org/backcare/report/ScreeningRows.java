package org.backcare.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.backcare.screening.ScreeningView;

/** A screening as a table row: when, triage, the action advised, whether care was sought, its id. */
final class ScreeningRows {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private ScreeningRows() {
    }

    static Table table(ZoneId zone) {
        return new Table(List.of("When", "Triage", "Action advised", "Care sought", "Screening id"),
                new float[] {64, 46, 170, 88, 155}, 7);
    }

    static List<String> cells(ScreeningView s, ZoneId zone) {
        String care = s.resolution() != null
                ? Words.of(s.resolution().careSought()) + ", " + Words.DAY.format(s.resolution().soughtAt().atZone(zone))
                : s.open() ? "not yet: open" : "-";
        return List.of(WHEN.format(s.createdAt().atZone(zone)), Words.of(s.result().triage()), s.result().action(), care,
                s.id().toString());
    }
}
