package org.backcare.report;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** A clinician's report of a period as a PDF. */
@Path("/v1/patients/{patientId}/report")
@Authenticated
@Tag(name = "Reports")
public class ReportResource {

    static final String PDF = "application/pdf";

    private final ReportService reports;

    ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Produces(PDF)
    @Operation(operationId = "getReport", summary = "A report of local days from..to as a PDF/A-2b document "
            + "(default: the last 90 days; at most 366)")
    @APIResponse(responseCode = "200", description = "Page 1 at a glance, then the diary and the screenings as tables; "
            + "sections the caller may not see are left out and named",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, schema = @Schema(type = SchemaType.STRING,
                    maxLength = 200)),
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    maxLength = 50_000_000)))
    public Response report(@PathParam("patientId") UUID patientId,
            @RestQuery @Parameter(description = "First local day (patient's time zone; default: 89 days before to)")
            LocalDate from,
            @RestQuery @Parameter(description = "Last local day, inclusive (default: today)") LocalDate to) {
        byte[] pdf = reports.report(patientId, from, to);
        return Response.ok(pdf, PDF).header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"report.pdf\"").build();
    }
}
