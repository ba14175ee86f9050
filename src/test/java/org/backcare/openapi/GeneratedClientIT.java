package org.backcare.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.backcare.client.ApiClient;
import org.backcare.client.ApiException;
import org.backcare.client.api.ConsentApi;
import org.backcare.client.api.DevelopmentApi;
import org.backcare.client.api.PainDiaryApi;
import org.backcare.client.api.PartnerPlansApi;
import org.backcare.client.api.PatientsApi;
import org.backcare.client.api.RedFlagScreeningApi;
import org.backcare.client.model.AcceptInvitation;
import org.backcare.client.model.BodyRegion;
import org.backcare.client.model.DevTokenRequest;
import org.backcare.client.model.DraftRequest;
import org.backcare.client.model.Grant;
import org.backcare.client.model.Invitation;
import org.backcare.client.model.InvitationInput;
import org.backcare.client.model.PainLocation;
import org.backcare.client.model.PainLog;
import org.backcare.client.model.PainLogInput;
import org.backcare.client.model.PainLogPage;
import org.backcare.client.model.PainLogSummary;
import org.backcare.client.model.PartnerPlan;
import org.backcare.client.model.PartnerPlanInput;
import org.backcare.client.model.Patient;
import org.backcare.client.model.PatientInput;
import org.backcare.client.model.Relationship;
import org.backcare.client.model.Scope;
import org.backcare.client.model.Screening;
import org.backcare.client.model.ScreeningRequest;
import org.junit.jupiter.api.Test;

/**
 * A patient-and-partner story told only through the Java client the build generates from the
 * committed OpenAPI document (openapi-generator, "native" library), against the packaged jar: if
 * the contract and the server disagree anywhere on this path, a third-party app would break here.
 */
@QuarkusIntegrationTest
class GeneratedClientIT {

    @Test
    void aPatientAndPartnerStoryThroughTheGeneratedClient() throws ApiException {
        String suffix = UUID.randomUUID().toString();
        String partnerSubject = "client-partner-" + suffix;
        ApiClient patient = signedIn("client-patient-" + suffix, "patient");
        ApiClient partner = signedIn(partnerSubject, "partner");

        Patient profile = new PatientsApi(patient).createPatient(new PatientInput().displayName("Client story")
                .timeZone("Europe/Amsterdam"), UUID.randomUUID().toString());
        UUID patientId = profile.getId();

        Invitation invitation = new ConsentApi(patient).createInvitation(patientId, new InvitationInput()
                .relationship(Relationship.PARTNER).scopes(Set.of(Scope.PLANS_READ, Scope.PAIN_LOGS_READ)),
                UUID.randomUUID().toString());
        Grant grant = new ConsentApi(partner).acceptInvitation(new AcceptInvitation().code(invitation.getCode()),
                UUID.randomUUID().toString());
        assertEquals(patientId, grant.getPatientId());
        assertEquals(partnerSubject, grant.getSubject());

        // The app sent an entry with its own id, lost the answer to a timeout, and sent it again.
        PainLogInput entry = new PainLogInput().id(UUID.randomUUID())
                .recordedAt(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).truncatedTo(ChronoUnit.SECONDS))
                .intensity(6).locations(List.of(new PainLocation().region(BodyRegion.LOWER_BACK).intensity(6)));
        String retryKey = UUID.randomUUID().toString();
        PainDiaryApi diary = new PainDiaryApi(patient);
        PainLog first = diary.createPainLog(patientId, entry, retryKey);
        PainLog retried = diary.createPainLog(patientId, entry, retryKey);
        assertEquals(entry.getId(), first.getId());
        assertEquals(first.getId(), retried.getId());
        assertEquals(first.getVersion(), retried.getVersion());

        PainLogPage changes = diary.listPainLogs(patientId, null, null, null, 200, null, null, null, null,
                OffsetDateTime.parse("2000-01-01T00:00:00Z"));
        assertEquals(List.of(entry.getId()), changes.getItems().stream().map(PainLog::getId).toList(),
                "the retried entry is in the diary once");
        assertNotNull(changes.getSyncToken(), "a finished sync hands back the token to resume from");

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        PainLogSummary summary = diary.summarizePainLogs(patientId, today.minusDays(6), today.plusDays(1));
        assertEquals(1L, summary.getCount());
        assertEquals(6, summary.getIntensity().getMax());

        Screening screening = new RedFlagScreeningApi(patient).createScreening(patientId,
                new ScreeningRequest().answers(Map.of("FEVER", false)), UUID.randomUUID().toString());
        assertEquals(patientId, screening.getPatientId());
        assertNotNull(screening.getResult().getTriage());

        PartnerPlansApi plans = new PartnerPlansApi(patient);
        PartnerPlanInput draft = plans.draftPartnerPlan(patientId, new DraftRequest().partnerSubject(partnerSubject));
        PartnerPlan saved = plans.createPartnerPlan(patientId, draft, UUID.randomUUID().toString());
        PartnerPlan seenByPartner = new PartnerPlansApi(partner).getPartnerPlan(patientId, saved.getId(), null);
        assertEquals(saved.getId(), seenByPartner.getId());
        assertEquals(partnerSubject, seenByPartner.getPlan().getPartnerSubject());
        assertEquals(saved.getVersion(), seenByPartner.getVersion());

        // Guessing invitation codes runs out of budget; the client learns when to try again from headers.
        ConsentApi guesser = new ConsentApi(signedIn("client-guesser-" + suffix, "partner"));
        for (int attempt = 1; attempt <= 20; attempt++) {
            try {
                guesser.acceptInvitation(new AcceptInvitation().code("WRONG-" + attempt), UUID.randomUUID().toString());
                fail("a made-up code was accepted");
            } catch (ApiException refused) {
                if (refused.getCode() != 429) {
                    assertEquals(404, refused.getCode(), refused.getResponseBody());
                    continue;
                }
                long retryAfter = Long.parseLong(refused.getResponseHeaders().firstValue("Retry-After").orElseThrow());
                assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
                String budget = refused.getResponseHeaders().firstValue("RateLimit").orElseThrow();
                assertTrue(budget.contains(";r=0;"), budget);
                assertTrue(refused.getResponseHeaders().firstValue("RateLimit-Policy").isPresent());
                return;
            }
        }
        fail("twenty wrong codes and no 429");
    }

    /** A client for the running jar, signed in with a development token minted through the client too. */
    private static ApiClient signedIn(String subject, String role) throws ApiException {
        ApiClient anonymous = new ApiClient();
        anonymous.updateBaseUri("http://localhost:" + RestAssured.port);
        String token = new DevelopmentApi(anonymous)
                .createDevToken(new DevTokenRequest().subject(subject).roles(List.of(role))).getAccessToken();
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + RestAssured.port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }
}
