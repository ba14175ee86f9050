package org.backcare.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.backcare.painlog.PainLogView;

/** The diary as table rows, newest first, every field cut to one line. */
final class DiaryTable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    static final Table TABLE = new Table(List.of("When", "Pain", "Where (own rating)", "Qualities", "Triggers",
            "Medication", "Notes"), new float[] {66, 24, 100, 70, 76, 78, 109}, 7);

    private DiaryTable() {
    }

    static List<String> cells(PainLogView e, ZoneId zone) {
        String where = e.locations() == null ? "" : e.locations().stream()
                .map(l -> Words.of(l.region()) + (l.intensity() == null ? "" : " " + l.intensity()))
                .collect(Collectors.joining(", "));
        String medication = e.medications() == null ? "" : e.medications().stream()
                .map(m -> m.name() + " " + Words.amount(m.dose()) + " " + m.unit()).collect(Collectors.joining(", "));
        String notes = (Boolean.TRUE.equals(e.isPrivate()) ? "[private] " : "") + (e.notes() == null ? "" : e.notes());
        return List.of(WHEN.format(e.recordedAt().atZone(zone)), e.intensity() == null ? "" : e.intensity().toString(),
                where, words(e.qualities()), words(e.triggers()), medication, notes);
    }

    private static String words(Collection<? extends Enum<?>> values) {
        return values == null ? "" : values.stream().map(Words::of).collect(Collectors.joining(", "));
    }
}
