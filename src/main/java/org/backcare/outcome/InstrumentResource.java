package org.backcare.outcome;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The outcome instruments an app may show: nothing here is about a patient. */
@Path("/v1/outcomes/instruments")
@Authenticated
@Tag(name = "Outcome measures")
public class InstrumentResource {

    private final InstrumentCatalog catalog;

    InstrumentResource(InstrumentCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(operationId = "listOutcomeInstruments", summary = "PEG, PHQ-2 and GAD-2: wording, answers, scoring, "
            + "thresholds, LOINC codes and sources")
    public Instruments list() {
        return new Instruments(catalog.all());
    }

    @Schema(name = "OutcomeInstruments")
    public record Instruments(@Schema(required = true, maxItems = 20) List<Instrument> items) {
    }
}
