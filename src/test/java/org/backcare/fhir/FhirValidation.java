package org.backcare.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * HAPI's instance validator against the base R4 specification, with the API's own Questionnaires
 * (red flags, outcome instruments) loaded so that QuestionnaireResponses are checked against them too. No terminology
 * server: LOINC and SNOMED CT codes are checked for form, not looked up.
 */
final class FhirValidation {

    static final FhirContext FHIR = FhirContext.forR4Cached();

    private final FhirValidator validator;

    FhirValidation(Questionnaire... questionnaires) {
        PrePopulatedValidationSupport ours = new PrePopulatedValidationSupport(FHIR);
        for (Questionnaire questionnaire : questionnaires) {
            ours.addResource(questionnaire);
        }
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(FHIR),
                new CommonCodeSystemsTerminologyService(FHIR),
                new InMemoryTerminologyServerValidationSupport(FHIR),
                new SnapshotGeneratingValidationSupport(FHIR),
                ours);
        validator = FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }

    /** The errors (and fatal errors) the validator reports, as readable lines. */
    List<String> errors(IBaseResource resource) {
        return validator.validateWithResult(resource).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirValidation::describe).toList();
    }

    private static String describe(SingleValidationMessage m) {
        return m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage();
    }
}
