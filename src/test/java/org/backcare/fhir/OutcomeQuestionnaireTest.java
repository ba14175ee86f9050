package org.backcare.fhir;

import static org.backcare.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.backcare.support.Api;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.Test;

/** Each outcome instrument as a FHIR Questionnaire: valid R4 (zero errors from HAPI's validator), LOINC-coded. */
@QuarkusTest
class OutcomeQuestionnaireTest {

    private String token;

    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        token = Api.token("outcome-q-" + System.nanoTime(), "clinician");
    }

    private Questionnaire fetch(String id) {
        String body = as(token).accept(FhirResource.FHIR_JSON).get("/v1/fhir/Questionnaire/{id}", id).then()
                .statusCode(200).contentType(FhirResource.FHIR_JSON)
                .body("url", equalTo("https://backcare.dev/fhir/Questionnaire/" + id)).extract().asString();
        return FhirValidation.FHIR.newJsonParser().parseResource(Questionnaire.class, body);
    }

    @Test
    void everyInstrumentIsAValidQuestionnaire() {
        for (String id : List.of("peg", "phq-2", "gad-2")) {
            Questionnaire questionnaire = fetch(id);
            assertEquals(List.of(), new FhirValidation(questionnaire).errors(questionnaire), id);
        }
    }

    @Test
    void itemsAndAnswersCarryTheirLoincCodesAndScores() {
        Questionnaire phq2 = fetch("phq-2");
        assertEquals("55757-9", phq2.getCodeFirstRep().getCode());
        assertEquals("display", phq2.getItem().get(0).getType().toCode());
        var first = phq2.getItem().get(1);
        assertEquals("44250-9", first.getCodeFirstRep().getCode());
        assertEquals(List.of("LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"),
                first.getAnswerOption().stream().map(o -> ((Coding) o.getValue()).getCode()).toList());
        assertEquals("3", first.getAnswerOption().get(3)
                .getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/ordinalValue").getValue().primitiveValue());

        Questionnaire peg = fetch("peg");
        assertEquals("91148-7", peg.getCodeFirstRep().getCode());
        assertEquals(List.of("75893-8", "91145-3", "91146-1"),
                peg.getItem().stream().map(i -> i.getCodeFirstRep().getCode()).toList());
        assertEquals("0 = No pain; 10 = Pain as bad as you can imagine", peg.getItem().get(0).getItem().get(0).getText());

        Questionnaire gad2 = fetch("gad-2");
        assertEquals(0, gad2.getCode().size(), "no GAD-2 panel code is invented");
    }

    @Test
    void anUnknownInstrumentIsNotFoundAndTheRedFlagsStillAnswer() {
        Api.raw().header("Authorization", "Bearer " + token).get("/v1/fhir/Questionnaire/{id}", "odi").then()
                .statusCode(404)
                .contentType("application/problem+json");
        as(token).get("/v1/fhir/Questionnaire/red-flags").then().statusCode(200).body("resourceType", equalTo("Questionnaire"));
    }
}
