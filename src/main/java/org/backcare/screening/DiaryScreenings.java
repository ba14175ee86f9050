package org.backcare.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What the diary asks of screening: score an entry's red-flag symptoms, and keep its privacy in step. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DiaryScreenings {

    public record LogScreening(UUID screeningId, Triage triage) {
    }

    private final ScreeningCatalog catalog;
    private final ScreeningRecords records;

    DiaryScreenings(ScreeningCatalog catalog, ScreeningRecords records) {
        this.catalog = catalog;
        this.records = records;
    }

    /** An entry reported red-flag symptoms: score them at once (the rest stays unanswered). */
    public LogScreening screen(UUID patientId, UUID painLogId, Set<SymptomCode> symptoms, boolean entryIsPrivate) {
        ScreeningCatalog.Version version = catalog.version(catalog.currentVersion());
        Map<String, Object> answers = new LinkedHashMap<>();
        symptoms.forEach(symptom -> answers.put(symptom.name(), Boolean.TRUE));
        Screening stored = records.store(patientId, version, answers, ScreeningView.Source.PAIN_LOG, painLogId,
                entryIsPrivate);
        return new LogScreening(stored.id, stored.triage);
    }

    /** Screenings made from an entry are private exactly while the entry is. */
    public void followEntryPrivacy(UUID painLogId, boolean entryIsPrivate) {
        Screening.update("isPrivate = ?1, version = version + 1 where painLogId = ?2 and isPrivate <> ?1",
                entryIsPrivate, painLogId);
    }
}
