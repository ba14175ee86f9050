package org.backcare.fhir;

import java.util.Map;
import org.backcare.painlog.BodyRegion;
import org.backcare.painlog.PainQuality;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * The terminology the export uses. Only codes we are sure of are sent as codings; where no
 * standard code fits (a few body regions, some pain qualities, triggers) the text says it.
 */
final class Codes {

    static final String LOINC = "http://loinc.org";
    static final String SNOMED = "http://snomed.info/sct";
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String RISK_PROBABILITY = "http://terminology.hl7.org/CodeSystem/risk-probability";
    static final String CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
    static final String BASE = "https://backcare.dev/fhir";
    static final String TRIAGE_SYSTEM = BASE + "/CodeSystem/triage";
    static final String EXERCISE_SYSTEM = BASE + "/CodeSystem/exercise";
    static final String ID_SYSTEM = BASE + "/id";
    static final String RED_FLAG_QUESTIONNAIRE = BASE + "/Questionnaire/red-flags";

    static final String LATERALITY = "272741003";
    private static final Coding LEFT = snomed("7771000", "Left");
    private static final Coding RIGHT = snomed("24028007", "Right");

    /** Unlateralized body structures; laterality travels separately. */
    private static final Map<BodyRegion, Coding> REGIONS = Map.ofEntries(
            Map.entry(BodyRegion.LOWER_BACK, snomed("37822005", "Lumbar region structure")),
            Map.entry(BodyRegion.NECK, snomed("45048000", "Neck structure")),
            Map.entry(BodyRegion.SHOULDER_LEFT, snomed("16982005", "Shoulder region structure")),
            Map.entry(BodyRegion.SHOULDER_RIGHT, snomed("16982005", "Shoulder region structure")),
            Map.entry(BodyRegion.BUTTOCK_LEFT, snomed("46862004", "Buttock structure")),
            Map.entry(BodyRegion.BUTTOCK_RIGHT, snomed("46862004", "Buttock structure")),
            Map.entry(BodyRegion.HIP_LEFT, snomed("29836001", "Hip region structure")),
            Map.entry(BodyRegion.HIP_RIGHT, snomed("29836001", "Hip region structure")),
            Map.entry(BodyRegion.GROIN, snomed("26893007", "Inguinal region structure")),
            Map.entry(BodyRegion.LEG_LEFT, snomed("61685007", "Lower limb structure")),
            Map.entry(BodyRegion.LEG_RIGHT, snomed("61685007", "Lower limb structure")),
            Map.entry(BodyRegion.KNEE_LEFT, snomed("72696002", "Knee region structure")),
            Map.entry(BodyRegion.KNEE_RIGHT, snomed("72696002", "Knee region structure")),
            Map.entry(BodyRegion.FOOT_LEFT, snomed("56459004", "Foot structure")),
            Map.entry(BodyRegion.FOOT_RIGHT, snomed("56459004", "Foot structure")));

    private static final Map<PainQuality, Coding> QUALITIES = Map.of(
            PainQuality.ACHING, snomed("410711009", "Aching pain"),
            PainQuality.BURNING, snomed("62404004", "Burning pain"),
            PainQuality.DULL, snomed("410708008", "Dull pain"),
            PainQuality.SHARP, snomed("410707003", "Sharp pain"),
            PainQuality.SHOOTING, snomed("410705006", "Shooting pain"),
            PainQuality.STABBING, snomed("410706007", "Stabbing pain"),
            PainQuality.THROBBING, snomed("410704005", "Throbbing pain"));

    private Codes() {
    }

    static CodeableConcept painSeverity() {
        return new CodeableConcept()
                .addCoding(new Coding(LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"))
                .addCoding(snomed("225908003", "Pain score"))
                .setText("Pain severity (0-10)");
    }

    static CodeableConcept survey() {
        return new CodeableConcept().addCoding(new Coding(OBSERVATION_CATEGORY, "survey", "Survey"));
    }

    static CodeableConcept bodySite(BodyRegion region) {
        CodeableConcept site = new CodeableConcept().setText(regionLabel(region));
        Coding coding = REGIONS.get(region);
        if (coding != null) {
            site.addCoding(coding.copy());
        }
        return site;
    }

    /** Left or right, for the regions that have a side. */
    static CodeableConcept laterality(BodyRegion region) {
        String name = region.name();
        Coding side = name.endsWith("_LEFT") ? LEFT : name.endsWith("_RIGHT") ? RIGHT : null;
        return side == null ? null : new CodeableConcept().addCoding(side.copy()).setText(side.getDisplay());
    }

    static CodeableConcept lateralityAttribute() {
        return new CodeableConcept().addCoding(snomed(LATERALITY, "Laterality")).setText("Laterality");
    }

    /** The SNOMED CT pain-character code, or null when there is none we are sure of. */
    static CodeableConcept quality(PainQuality quality) {
        Coding coding = QUALITIES.get(quality);
        return coding == null ? null : new CodeableConcept().addCoding(coding.copy()).setText(coding.getDisplay());
    }

    static Coding snomed(String code, String display) {
        return new Coding(SNOMED, code, display);
    }

    /** LEG_LEFT becomes "Left leg". */
    static String regionLabel(BodyRegion region) {
        String name = region.name();
        for (String side : new String[] {"LEFT", "RIGHT"}) {
            if (name.endsWith("_" + side)) {
                return label(side + "_" + name.substring(0, name.length() - side.length() - 1));
            }
        }
        return label(name);
    }

    /** LOWER_BACK becomes "Lower back". */
    static String label(String constant) {
        String words = constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
