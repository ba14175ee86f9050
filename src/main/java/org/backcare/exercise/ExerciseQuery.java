package org.backcare.exercise;

import jakarta.validation.constraints.Size;
import org.backcare.common.PageParams;
import org.backcare.patient.Condition;
import org.backcare.patient.Phase;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

public class ExerciseQuery extends PageParams {

    @RestQuery
    public ExerciseCategory category;

    @RestQuery
    public PartnerRole partnerRole;

    @RestQuery
    @Parameter(description = "Only entries suited to this phase")
    public Phase phase;

    @RestQuery
    @Parameter(description = "Only entries not contraindicated for this condition")
    public Condition safeFor;

    @RestQuery
    @Size(max = 100)
    @Parameter(description = "Text in the name or summary, case-insensitive")
    public String q;

    boolean matches(Exercise e) {
        return (category == null || e.category() == category)
                && (partnerRole == null || e.partnerRole() == partnerRole)
                && (phase == null || e.phases().contains(phase))
                && (safeFor == null || !e.contraindications().contains(safeFor))
                && (q == null || q.isBlank() || contains(e.name(), q) || contains(e.summary(), q));
    }

    /** What the response depends on besides the catalog version: part of the list's ETag. */
    String key() {
        return category + "|" + partnerRole + "|" + phase + "|" + safeFor + "|" + q + "|" + limit + "|" + cursor;
    }

    private static boolean contains(String text, String needle) {
        return text.toLowerCase(java.util.Locale.ROOT).contains(needle.strip().toLowerCase(java.util.Locale.ROOT));
    }
}
