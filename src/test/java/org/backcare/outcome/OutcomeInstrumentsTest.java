package org.backcare.outcome;

import static org.backcare.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.backcare.support.Api;
import org.junit.jupiter.api.Test;

/** The instruments as a client gets them: published wording, answer codes and LOINC codes (none invented). */
@QuarkusTest
class OutcomeInstrumentsTest {

    private String token;

    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        token = Api.token("instruments-" + System.nanoTime(), "patient");
    }

    @Test
    void phq2CarriesItsPublishedWordingAndLoincCodes() {
        as(token).get("/v1/outcomes/instruments").then().statusCode(200)
                .body("items.code", contains("PEG", "PHQ-2", "GAD-2"))
                .body("items[1].instructions", equalTo("Over the last 2 weeks, how often have you been bothered by any "
                        + "of the following problems?"))
                .body("items[1].items.text", contains("Little interest or pleasure in doing things",
                        "Feeling down, depressed, or hopeless"))
                .body("items[1].items.loinc", contains("44250-9", "44255-8"))
                .body("items[1].items[0].options.label", contains("Not at all", "Several days",
                        "More than half the days", "Nearly every day"))
                .body("items[1].items[0].options.loinc", contains("LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"))
                .body("items[1].loinc.panel", equalTo("55757-9")).body("items[1].loinc.score", equalTo("55758-7"))
                .body("items[1].thresholds[0].atLeast", equalTo(3.0f))
                .body("items[1].defaultEveryDays", equalTo(14));
    }

    @Test
    void pegAndGad2CarryTheirCodesAndSayWhereLoincHasNone() {
        as(token).get("/v1/outcomes/instruments").then().statusCode(200)
                .body("items[0].items.linkId", contains("P", "E", "G"))
                .body("items[0].items.loinc", contains("75893-8", "91145-3", "91146-1"))
                .body("items[0].items[0].options[0].label", equalTo("No pain"))
                .body("items[0].items[0].options[10].label", equalTo("Pain as bad as you can imagine"))
                .body("items[0].scoring.method", equalTo("MEAN"))
                .body("items[0].loinc.panel", equalTo("91148-7")).body("items[0].loinc.score", equalTo("91147-9"))
                .body("items[0].defaultEveryDays", equalTo(7))
                .body("items[2].items.text", contains("Feeling nervous, anxious, or on edge",
                        "Not being able to stop or control worrying"))
                .body("items[2].items.loinc", contains("69725-0", "68509-9"))
                .body("items[2].loinc.panel", nullValue()).body("items[2].loinc.score", nullValue());
    }
}
