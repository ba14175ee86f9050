package org.backcare.painlog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.OffsetDateTime;
import org.backcare.common.PageParams;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** Query parameters of the diary list: history filters, or sync mode with updatedSince. */
public class PainLogListParams extends PageParams {

    @RestQuery
    @Parameter(description = "Entries recorded at or after this instant")
    public OffsetDateTime from;

    @RestQuery
    @Parameter(description = "Entries recorded before this instant")
    public OffsetDateTime to;

    @RestQuery
    @Min(0)
    @Max(10)
    @Parameter(description = "Only entries at least this intense")
    public Integer minIntensity;

    @RestQuery
    @Parameter(description = "Only entries with this trigger")
    public Trigger trigger;

    @RestQuery
    @Parameter(description = "Only entries with pain in this region")
    public BodyRegion location;

    @RestQuery
    @Parameter(description = "Sync mode: every change after this instant, in change order; continue with the "
            + "returned cursor, and next time with syncToken")
    public OffsetDateTime updatedSince;

    @RestQuery
    @Parameter(description = "Sync mode: include deleted entries as tombstones")
    public boolean includeDeleted;

    boolean historyFilters() {
        return from != null || to != null || minIntensity != null || trigger != null || location != null;
    }
}
