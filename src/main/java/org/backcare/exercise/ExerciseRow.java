package org.backcare.exercise;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The table row of one {@link Exercise}: its JSON document and version; retired rows stay for the
 * sessions that name them.
 */
@Entity
@Table(name = "exercise")
class ExerciseRow extends PanacheEntityBase {

    @Id
    @Column(name = "slug", length = 64)
    String slug;

    @Column(name = "document", nullable = false, length = 20000)
    String document;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Column(name = "retired", nullable = false)
    boolean retired;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
