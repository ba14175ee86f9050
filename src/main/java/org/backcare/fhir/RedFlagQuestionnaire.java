package org.backcare.fhir;

import org.backcare.screening.Questionnaire;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactDetail;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;

/** The red-flag questionnaire as a FHIR Questionnaire, which exported QuestionnaireResponses cite. */
final class RedFlagQuestionnaire {

    static final String ID = "red-flags";
    static final String ANSWER_SYSTEM = Codes.BASE + "/CodeSystem/red-flag-answer";
    private static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    private static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";

    private RedFlagQuestionnaire() {
    }

    /** The canonical reference, version included, that responses carry. */
    static String canonical(int version) {
        return Codes.RED_FLAG_QUESTIONNAIRE + "|" + version;
    }

    static org.hl7.fhir.r4.model.Questionnaire of(Questionnaire source) {
        org.hl7.fhir.r4.model.Questionnaire questionnaire = new org.hl7.fhir.r4.model.Questionnaire();
        questionnaire.setId(ID);
        questionnaire.setUrl(Codes.RED_FLAG_QUESTIONNAIRE);
        questionnaire.setVersion(String.valueOf(source.version()));
        questionnaire.setName("BackPainRedFlagCheck");
        questionnaire.setTitle(source.title());
        questionnaire.setStatus(PublicationStatus.ACTIVE);
        questionnaire.setPublisher("Backcare");
        questionnaire.addContact(new ContactDetail().setName("Backcare"));
        questionnaire.setDescription(source.intro());
        questionnaire.addSubjectType("Patient");
        for (Questionnaire.Group group : source.groups()) {
            QuestionnaireItemComponent section = questionnaire.addItem()
                    .setLinkId(group.id()).setText(group.title()).setType(QuestionnaireItemType.GROUP);
            group.questions().forEach(question -> section.addItem(item(question)));
        }
        return questionnaire;
    }

    private static QuestionnaireItemComponent item(Questionnaire.Question question) {
        QuestionnaireItemComponent item = new QuestionnaireItemComponent()
                .setLinkId(question.code()).setText(question.text());
        switch (question.type()) {
            case YES_NO -> item.setType(QuestionnaireItemType.BOOLEAN);
            case NUMBER -> {
                item.setType(QuestionnaireItemType.DECIMAL);
                if (question.min() != null) {
                    item.addExtension(MIN_VALUE, new DecimalType(question.min()));
                }
                if (question.max() != null) {
                    item.addExtension(MAX_VALUE, new DecimalType(question.max()));
                }
            }
            case CHOICE -> {
                item.setType(QuestionnaireItemType.CHOICE);
                question.options().forEach(option -> item.addAnswerOption()
                        .setValue(new Coding(ANSWER_SYSTEM, option, Codes.label(option))));
            }
        }
        return item;
    }
}
