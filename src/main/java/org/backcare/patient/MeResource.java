package org.backcare.patient;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.backcare.access.AccessContext;
import org.backcare.access.PatientAccess;
import org.backcare.common.Caller;
import org.backcare.common.Page;
import org.backcare.common.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/me")
@Authenticated
@Tag(name = "Patients")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final Caller caller;
    private final PatientService patients;
    private final PatientAccess access;

    MeResource(Caller caller, PatientService patients, PatientAccess access) {
        this.caller = caller;
        this.patients = patients;
        this.access = access;
    }

    @GET
    @Operation(operationId = "getMe", summary = "Who the caller is: roles, own patient id, patients who granted access")
    public MeView me() {
        PageParams first = new PageParams();
        first.limit = MeView.MAX_GRANTS;
        Page<AccessContext> grants = access.grantedToCaller(first);
        List<MeView.GrantedPatient> granted = grants.items().stream()
                .map(g -> new MeView.GrantedPatient(g.patientId(), g.relationship(), g.scopes(), g.grantExpiresAt()))
                .toList();
        return new MeView(caller.subject(), caller.roles().stream().sorted().toList(), patients.ownPatientId(),
                granted, grants.nextCursor() != null);
    }
}
