package org.backcare.fhir;

import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.backcare.outcome.Instrument;
import org.backcare.outcome.OutcomeView;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * An outcome result as the answers given (a QuestionnaireResponse citing the instrument's
 * Questionnaire) and its score (an Observation with the LOINC score code where LOINC has one,
 * derived from those answers). A screen's score says positive or negative, never a diagnosis.
 */
final class OutcomeResources {

    private static final String UCUM = "http://unitsofmeasure.org";
    private static final String INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";

    private OutcomeResources() {
    }

    static List<Resource> of(OutcomeView result, Instrument instrument, Reference patient) {
        return List.of(response(result, instrument, patient),
                score(result, instrument, patient, Bundles.reference(result.id(), "QuestionnaireResponse")));
    }

    private static QuestionnaireResponse response(OutcomeView result, Instrument instrument, Reference patient) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setId(result.id().toString());
        response.setIdentifier(new Identifier().setSystem(Codes.ID_SYSTEM + "/outcome").setValue(result.id().toString()));
        response.setQuestionnaire(OutcomeQuestionnaire.url(instrument) + "|" + result.instrumentVersion());
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(patient.copy());
        response.setSource(patient.copy());
        response.setAuthored(Date.from(result.completedAt()));
        for (Instrument.Item item : instrument.items()) {
            int value = result.answers().get(item.linkId());
            Instrument.Option chosen = item.options().stream().filter(o -> o.value() == value).findFirst().orElseThrow();
            response.addItem().setLinkId(item.linkId()).setText(item.text()).addAnswer().setValue(chosen.loinc() == null
                    ? new IntegerType(value) : new Coding(Codes.LOINC, chosen.loinc(), chosen.label()));
        }
        return response;
    }

    private static Observation score(OutcomeView result, Instrument instrument, Reference patient, Reference answers) {
        Observation observation = new Observation();
        observation.setId(UUID.nameUUIDFromBytes(("outcome-score/" + result.id()).getBytes()).toString());
        observation.addIdentifier(new Identifier().setSystem(Codes.ID_SYSTEM + "/outcome-score")
                .setValue(result.id().toString()));
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(Codes.survey());
        observation.setCode(OutcomeQuestionnaire.score(instrument));
        observation.setSubject(patient.copy());
        observation.setEffective(new DateTimeType(Date.from(result.completedAt())));
        observation.setValue(new Quantity().setValue(result.score()).setUnit("{score}").setSystem(UCUM).setCode("{score}"));
        observation.addDerivedFrom(answers);
        if (!instrument.thresholds().isEmpty()) {
            String code = result.positive() ? "POS" : "NEG";
            observation.addInterpretation(new CodeableConcept().addCoding(new Coding(INTERPRETATION, code,
                    result.positive() ? "Positive" : "Negative")).setText(result.positive()
                    ? "Positive screen: worth talking over with a doctor" : "Negative screen"));
        }
        return observation;
    }
}
