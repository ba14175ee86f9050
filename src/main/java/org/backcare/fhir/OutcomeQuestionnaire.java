package org.backcare.fhir;

import java.util.Locale;
import org.backcare.outcome.Instrument;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactDetail;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;

/**
 * An outcome instrument as a FHIR Questionnaire: its items coded with LOINC, frequency answers as
 * LOINC answer codes carrying their scores (ordinalValue), 0-10 scales as integers with their
 * published anchors shown beneath. Codings carry a display only where it is LOINC's own (the answer
 * labels); a question's words are its text, not a display LOINC did not write.
 */
final class OutcomeQuestionnaire {

    private static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

    private OutcomeQuestionnaire() {
    }

    /** peg, phq-2, gad-2. */
    static String id(Instrument instrument) {
        return instrument.code().toLowerCase(Locale.ROOT);
    }

    static String url(Instrument instrument) {
        return Codes.BASE + "/Questionnaire/" + id(instrument);
    }

    static Questionnaire of(Instrument instrument) {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setId(id(instrument));
        questionnaire.setUrl(url(instrument));
        questionnaire.setVersion(String.valueOf(instrument.version()));
        questionnaire.setName(instrument.code().replace("-", ""));
        questionnaire.setTitle(instrument.name());
        questionnaire.setStatus(PublicationStatus.ACTIVE);
        questionnaire.setPublisher("Backcare");
        questionnaire.addContact(new ContactDetail().setName("Backcare"));
        questionnaire.setDescription("Source: " + instrument.source() + " Recall period: " + instrument.recallPeriod() + ".");
        questionnaire.setCopyright(instrument.licence());
        questionnaire.addSubjectType("Patient");
        if (instrument.loinc().panel() != null) {
            questionnaire.addCode(new Coding().setSystem(Codes.LOINC).setCode(instrument.loinc().panel()));
        }
        if (instrument.instructions() != null) {
            questionnaire.addItem().setLinkId("instructions").setType(QuestionnaireItemType.DISPLAY)
                    .setText(instrument.instructions());
        }
        instrument.items().forEach(item -> questionnaire.addItem(item(item)));
        return questionnaire;
    }

    private static QuestionnaireItemComponent item(Instrument.Item source) {
        QuestionnaireItemComponent item = new QuestionnaireItemComponent().setLinkId(source.linkId())
                .setText(source.text()).setRequired(true);
        item.addCode(new Coding().setSystem(Codes.LOINC).setCode(source.loinc()));
        boolean coded = source.options().stream().allMatch(o -> o.loinc() != null);
        if (coded) {
            item.setType(QuestionnaireItemType.CHOICE);
            source.options().forEach(option -> item.addAnswerOption().setValue(
                    new Coding(Codes.LOINC, option.loinc(), option.label()))
                    .addExtension(ORDINAL_VALUE, new DecimalType(option.value())));
        } else {
            item.setType(QuestionnaireItemType.INTEGER);
            source.options().forEach(option -> item.addAnswerOption().setValue(new IntegerType(option.value())));
            Instrument.Option low = source.options().get(0);
            Instrument.Option high = source.options().get(source.options().size() - 1);
            item.addItem().setLinkId(source.linkId() + "-anchors").setType(QuestionnaireItemType.DISPLAY)
                    .setText(low.value() + " = " + low.label() + "; " + high.value() + " = " + high.label());
        }
        return item;
    }

    static CodeableConcept score(Instrument instrument) {
        CodeableConcept code = new CodeableConcept().setText(instrument.code() + " score");
        if (instrument.loinc().score() != null) {
            code.addCoding(new Coding().setSystem(Codes.LOINC).setCode(instrument.loinc().score()));
        }
        return code;
    }
}
