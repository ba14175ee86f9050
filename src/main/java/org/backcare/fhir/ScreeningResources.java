package org.backcare.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.backcare.screening.Questionnaire;
import org.backcare.screening.ScreeningFlag;
import org.backcare.screening.ScreeningView;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;

/**
 * A screening as the answers given (a QuestionnaireResponse citing the red-flag Questionnaire,
 * in its groups) and the triage reached (a RiskAssessment based on those answers). The triage
 * is a code of our own: it says how soon to get care, which no standard value set expresses.
 */
final class ScreeningResources {

    private ScreeningResources() {
    }

    static List<Resource> of(ScreeningView screening, Questionnaire questionnaire, Reference patient) {
        QuestionnaireResponse response = response(screening, questionnaire, patient);
        List<Resource> resources = List.of(response,
                risk(screening, patient, Bundles.reference(screening.id(), "QuestionnaireResponse")));
        if (screening.isPrivate()) {
            resources.forEach(r -> r.getMeta().addSecurity(Codes.CONFIDENTIALITY, "R", "restricted"));
        }
        return resources;
    }

    private static QuestionnaireResponse response(ScreeningView screening, Questionnaire questionnaire,
            Reference patient) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setId(screening.id().toString());
        response.setIdentifier(new Identifier().setSystem(Codes.ID_SYSTEM + "/screening")
                .setValue(screening.id().toString()));
        response.setQuestionnaire(RedFlagQuestionnaire.canonical(questionnaire.version()));
        response.setStatus(screening.result().complete() ? QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED
                : QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
        response.setSubject(patient.copy());
        response.setSource(patient.copy());
        response.setAuthored(Date.from(screening.createdAt()));
        Map<String, JsonNode> answers = screening.answers();
        for (Questionnaire.Group group : questionnaire.groups()) {
            QuestionnaireResponseItemComponent section = null;
            for (Questionnaire.Question question : group.questions()) {
                JsonNode answer = answers.get(question.code());
                if (answer == null || answer.isNull()) {
                    continue;
                }
                if (section == null) {
                    section = response.addItem().setLinkId(group.id()).setText(group.title());
                }
                section.addItem().setLinkId(question.code()).setText(question.text()).addAnswer()
                        .setValue(switch (question.type()) {
                            case YES_NO -> new BooleanType(answer.asBoolean());
                            case NUMBER -> new DecimalType(answer.decimalValue());
                            case CHOICE -> new Coding(RedFlagQuestionnaire.ANSWER_SYSTEM, answer.asText(),
                                    Codes.label(answer.asText()));
                        });
            }
        }
        return response;
    }

    private static RiskAssessment risk(ScreeningView screening, Reference patient, Reference basis) {
        RiskAssessment risk = new RiskAssessment();
        risk.setId(UUID.nameUUIDFromBytes(("risk/" + screening.id()).getBytes()).toString());
        risk.setStatus(RiskAssessment.RiskAssessmentStatus.FINAL);
        risk.setCode(new CodeableConcept().setText("Back pain red-flag triage"));
        risk.setSubject(patient.copy());
        risk.setOccurrence(new DateTimeType(Date.from(screening.createdAt())));
        risk.addBasis(basis);
        String triage = screening.result().triage().name();
        risk.addPrediction().setOutcome(new CodeableConcept()
                .addCoding(new Coding(Codes.TRIAGE_SYSTEM, triage, Codes.label(triage)))
                .setText(Codes.label(triage) + ": " + screening.result().action()));
        risk.setMitigation(screening.result().action());
        for (ScreeningFlag flag : screening.result().flags()) {
            risk.addNote().setText(flag.level() + " (" + flag.code() + "): " + flag.reason() + " Source: " + flag.source());
        }
        if (!screening.result().complete()) {
            risk.addNote().setText("Incomplete: unanswered " + String.join(", ", screening.result().unanswered()) + ".");
        }
        ScreeningView.Resolution resolution = screening.resolution();
        if (resolution != null) {
            risk.addNote().setText("Care sought: " + Codes.label(resolution.careSought().name()).toLowerCase(java.util.Locale.ROOT)
                    + ", " + resolution.soughtAt() + (resolution.note() == null ? "." : ". " + resolution.note()));
        }
        return risk;
    }
}
