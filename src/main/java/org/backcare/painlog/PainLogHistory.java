package org.backcare.painlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.backcare.access.AccessContext;
import org.backcare.common.ApiException;
import org.backcare.common.Bounded;

/** A patient's live entries in a time span, oldest first, for exports; callers have checked access. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PainLogHistory {


    /**
     * The entries {@code viewer} may see; none when they may not see the diary at all.
     *
     * @throws ApiException when the span holds more than {@code max} entries: ask for a shorter one
     */
    public List<PainLogView> between(UUID patientId, Instant from, Instant to, AccessContext viewer, int max) {
        if (!viewer.seesPainLogs()) {
            return List.of();
        }
        String query = "patientId = ?1 and deletedAt is null and recordedAt >= ?2 and recordedAt < ?3"
                + (viewer.seesPrivateEntries() ? "" : " and isPrivate = false") + " order by recordedAt, id";
        return Bounded.atMost(PainLog.<PainLog>find(query, patientId, from, to), max, "pain logs").stream()
                .map(log -> PainLogDocuments.view(log, viewer)).toList();
    }
}
