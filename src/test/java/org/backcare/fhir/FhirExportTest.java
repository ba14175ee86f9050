package org.backcare.fhir;

import static org.backcare.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.backcare.support.Api;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The export of a patient with everything filled in, checked by HAPI's FHIR validator against
 * the base R4 specification (zero errors), and checked for what each caller may see.
 */
@QuarkusTest
class FhirExportTest {

    private static RichPatient patient;
    private static FhirValidation validation;

    @BeforeEach
    void fixture() {
        if (patient != null) {
            return;
        }
        patient = new RichPatient();
        validation = new FhirValidation(Stream.of("red-flags", "peg", "phq-2", "gad-2").map(id -> FhirValidation.FHIR
                .newJsonParser().parseResource(Questionnaire.class, as(patient.ownerToken).accept(FhirResource.FHIR_JSON)
                        .get("/v1/fhir/Questionnaire/{id}", id).then().statusCode(200)
                        .contentType(FhirResource.FHIR_JSON).extract().asString())).toArray(Questionnaire[]::new));
    }

    private static Bundle export(String token) {
        String body = as(token).accept(FhirResource.FHIR_JSON)
                .queryParam("from", patient.from.toString()).queryParam("to", patient.to.toString())
                .get("/v1/patients/{id}/fhir", patient.patientId).then().statusCode(200)
                .contentType(FhirResource.FHIR_JSON).extract().asString();
        return FhirValidation.FHIR.newJsonParser().parseResource(Bundle.class, body);
    }

    @Test
    void theQuestionnaireIsValid() {
        String body = as(patient.ownerToken).get("/v1/fhir/Questionnaire/red-flags").then().statusCode(200)
                .body("resourceType", equalTo("Questionnaire"))
                .body("url", equalTo("https://backcare.dev/fhir/Questionnaire/red-flags"))
                .body("version", equalTo("1")).extract().asString();
        Questionnaire questionnaire = FhirValidation.FHIR.newJsonParser().parseResource(Questionnaire.class, body);
        assertEquals(List.of(), validation.errors(questionnaire));
    }

    @Test
    void everyExportedResourceIsValidR4() {
        Bundle bundle = export(patient.ownerToken);
        List<String> errors = new ArrayList<>(validation.errors(bundle));
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            validation.errors(entry.getResource()).forEach(e -> errors.add(entry.getFullUrl() + " " + e));
        }
        assertEquals(List.of(), errors);
        assertEquals(Set.of("Patient", "Observation", "QuestionnaireResponse", "RiskAssessment", "Procedure"),
                bundle.getEntry().stream().map(e -> e.getResource().fhirType()).collect(Collectors.toSet()));
    }

    @Test
    void theValidatorRejectsWhatTheSpecificationForbids() {
        Observation broken = new Observation();   // no status, no code: both required in R4
        broken.setValue(new org.hl7.fhir.r4.model.IntegerType(7));
        assertTrue(validation.errors(broken).size() >= 2, validation.errors(broken).toString());
    }

    @Test
    void painLogsAreCodedObservations() {
        Bundle bundle = export(patient.ownerToken);
        Observation full = observation(bundle, patient.fullLogId);
        assertEquals("final", full.getStatus().toCode());
        assertEquals("survey", full.getCategoryFirstRep().getCodingFirstRep().getCode());
        assertEquals(Set.of("http://loinc.org|72514-3", "http://snomed.info/sct|225908003"), codes(full.getCode()));
        assertEquals(7, full.getValueIntegerType().getValue());
        assertEquals(3, full.getHasMember().size(), "one member per region");
        assertEquals(Set.of("410711009", "62404004", "410708008", "410707003", "410705006", "410706007", "410704005"),
                full.getComponent().stream().map(c -> c.getCode().getCodingFirstRep().getCode()).collect(Collectors.toSet()));
        assertTrue(full.getNoteFirstRep().getText().contains("Triggers: sitting, lifting."), full.getNoteFirstRep().getText());
        Observation leftLeg = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> r instanceof Observation o && "Left leg".equals(o.getBodySite().getText()))
                .map(Observation.class::cast).findFirst().orElseThrow();
        assertEquals(8, leftLeg.getValueIntegerType().getValue(), "the region's own rating");
        assertEquals("http://snomed.info/sct|61685007", codes(leftLeg.getBodySite()).iterator().next());
        assertEquals("7771000", leftLeg.getComponentFirstRep().getValueCodeableConcept().getCodingFirstRep().getCode());
        assertEquals("R", observation(bundle, patient.privateLogId).getMeta().getSecurityFirstRep().getCode());
    }

    @Test
    void screeningsAreResponsesWithTheirTriage() {
        Bundle bundle = export(patient.ownerToken);
        QuestionnaireResponse response = (QuestionnaireResponse) resource(bundle, patient.urgentScreeningId);
        assertEquals("https://backcare.dev/fhir/Questionnaire/red-flags|1", response.getQuestionnaire());
        RiskAssessment risk = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> r instanceof RiskAssessment a
                        && a.getBasisFirstRep().getReference().equals("urn:uuid:" + patient.urgentScreeningId))
                .map(RiskAssessment.class::cast).findFirst().orElseThrow();
        assertEquals("URGENT", risk.getPredictionFirstRep().getOutcome().getCodingFirstRep().getCode());
        assertTrue(risk.getNote().stream().anyMatch(n -> n.getText().startsWith("Care sought: gp")));
        long riskAssessments = bundle.getEntry().stream().filter(e -> e.getResource() instanceof RiskAssessment).count();
        assertEquals(patient.screenings, riskAssessments);
    }

    @Test
    void outcomesAreResponsesWithTheirScores() {
        Bundle bundle = export(patient.ownerToken);
        QuestionnaireResponse peg = (QuestionnaireResponse) resource(bundle, patient.pegId);
        assertEquals("https://backcare.dev/fhir/Questionnaire/peg|1", peg.getQuestionnaire());
        assertEquals(List.of("P", "E", "G"), peg.getItem().stream().map(i -> i.getLinkId()).toList());
        assertEquals(7, peg.getItem().get(1).getAnswerFirstRep().getValueIntegerType().getValue());
        Observation pegScore = score(bundle, patient.pegId);
        assertEquals(Set.of("http://loinc.org|91147-9"), codes(pegScore.getCode()));
        assertEquals("5.67", pegScore.getValueQuantity().getValue().toPlainString());
        assertTrue(pegScore.getInterpretation().isEmpty(), "the PEG has no cut-off");

        QuestionnaireResponse phq2 = (QuestionnaireResponse) resource(bundle, patient.positivePhq2Id);
        assertEquals("http://loinc.org|LA6570-1", phq2.getItemFirstRep().getAnswerFirstRep().getValueCoding().getSystem()
                + "|" + phq2.getItemFirstRep().getAnswerFirstRep().getValueCoding().getCode());
        Observation phq2Score = score(bundle, patient.positivePhq2Id);
        assertEquals(Set.of("http://loinc.org|55758-7"), codes(phq2Score.getCode()));
        assertEquals(3, phq2Score.getValueQuantity().getValue().intValueExact());
        assertEquals("POS", phq2Score.getInterpretationFirstRep().getCodingFirstRep().getCode());

        // LOINC has no GAD-2 total code: the score says what it is in words, with no invented code.
        Observation gad2Score = score(bundle, patient.gad2Id);
        assertEquals(Set.of(), codes(gad2Score.getCode()));
        assertEquals("GAD-2 score", gad2Score.getCode().getText());
        assertEquals("NEG", gad2Score.getInterpretationFirstRep().getCodingFirstRep().getCode());

        // outcomes:read decides: the clinician holds it, the exporting partner does not.
        assertTrue(ids(export(patient.clinicianToken)).contains(patient.pegId));
        Set<String> partner = ids(export(patient.exportingPartnerToken));
        assertTrue(!partner.contains(patient.pegId) && !partner.contains(patient.gad2Id), "a partner got outcomes");
    }

    @Test
    void privateEntriesGoToTheOwnerAndClinicianButNotToAPartner() {
        assertTrue(ids(export(patient.ownerToken)).contains(patient.privateLogId));
        assertTrue(ids(export(patient.clinicianToken)).contains(patient.privateLogId));
        Set<String> partner = ids(export(patient.exportingPartnerToken));
        assertTrue(partner.contains(patient.fullLogId));
        assertTrue(!partner.contains(patient.privateLogId), "a partner got a private entry");
    }

    @Test
    void anExportByAGranteeIsInTheAccessLog() {
        export(patient.clinicianToken);
        as(patient.ownerToken).get("/v1/patients/{id}/access-log", patient.patientId).then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.hasItem("fhir.export"));
    }

    @Test
    void aBadWindowIsAProblem() {
        Api.raw().header("Authorization", "Bearer " + patient.ownerToken)
                .queryParam("from", "2026-05-02").queryParam("to", "2026-05-01")
                .get("/v1/patients/{id}/fhir", patient.patientId).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void badQueriesAndUnknownIdsAreProblems() {
        var owner = Api.raw().header("Authorization", "Bearer " + patient.ownerToken);
        owner.queryParam("from", "yesterday").get("/v1/patients/{id}/fhir", patient.patientId).then().statusCode(400)
                .contentType("application/problem+json");
        Api.raw().header("Authorization", "Bearer " + patient.ownerToken)
                .get("/v1/patients/{id}/fhir", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        Api.raw().header("Authorization", "Bearer " + patient.ownerToken).queryParam("version", 0)
                .get("/v1/fhir/Questionnaire/red-flags").then().statusCode(400).contentType("application/problem+json");
        // An unknown version is a bad parameter, as on /v1/screening/questionnaire.
        Api.raw().header("Authorization", "Bearer " + patient.ownerToken).queryParam("version", 99)
                .get("/v1/fhir/Questionnaire/red-flags").then().statusCode(400).contentType("application/problem+json");
    }

    private static Observation observation(Bundle bundle, String id) {
        return (Observation) resource(bundle, id);
    }

    /** The score Observation derived from the answers of result {@code id}. */
    private static Observation score(Bundle bundle, String id) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> r instanceof Observation o && !o.getDerivedFrom().isEmpty()
                        && o.getDerivedFromFirstRep().getReference().equals("urn:uuid:" + id))
                .map(Observation.class::cast).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    private static Resource resource(Bundle bundle, String id) {
        return bundle.getEntry().stream().filter(e -> e.getFullUrl().equals("urn:uuid:" + id))
                .map(Bundle.BundleEntryComponent::getResource).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    private static Set<String> ids(Bundle bundle) {
        return bundle.getEntry().stream().map(e -> e.getFullUrl().substring("urn:uuid:".length())).collect(Collectors.toSet());
    }

    private static Set<String> codes(org.hl7.fhir.r4.model.CodeableConcept concept) {
        return concept.getCoding().stream().map(c -> c.getSystem() + "|" + c.getCode()).collect(Collectors.toSet());
    }
}
