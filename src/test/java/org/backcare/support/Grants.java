package org.backcare.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Test-only back door: the API refuses past expiry dates, so lapse a grant in the database. */
@ApplicationScoped
public class Grants {

    private final EntityManager em;

    Grants(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void expire(String grantId) {
        int updated = em.createNativeQuery("update access_grant set expires_at = ?1 where id = ?2")
                .setParameter(1, OffsetDateTime.now().minusMinutes(1))
                .setParameter(2, UUID.fromString(grantId))
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("no grant " + grantId);
        }
    }
}
