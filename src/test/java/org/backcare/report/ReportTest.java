package org.backcare.report;

import static org.backcare.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.backcare.painlog.BodyRegion;
import org.backcare.painlog.ReliefMeasure;
import org.backcare.painlog.Trigger;
import org.backcare.support.PdfText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The report read back with PDFBox: its figures are the summary's for the same window and
 * reader, each reader sees what the privacy rule allows, and page 1 draws its charts.
 */
@QuarkusTest
class ReportTest {

    private static ReportFixture fixture;

    @BeforeEach
    void fixture() {
        if (fixture == null) {
            fixture = new ReportFixture();
        }
    }

    static byte[] report(String token, Object from, Object to) {
        return as(token).accept(ReportResource.PDF).queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/v1/patients/{id}/report", fixture.patientId).then().statusCode(200)
                .contentType(ReportResource.PDF).extract().asByteArray();
    }

    static String text(byte[] pdf) {
        return PdfText.of(pdf);
    }

    private static JsonPath summary(String token) {
        return as(token).queryParam("from", fixture.from.toString()).queryParam("to", fixture.to.toString())
                .get("/v1/patients/{id}/pain-logs/summary", fixture.patientId).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theFiguresAreTheSummarysForTheOwner() {
        assertFiguresMatch(fixture.ownerToken);
    }

    @Test
    void theFiguresAreTheSummarysForAPartnerWhoSeesNoPrivateEntry() {
        assertFiguresMatch(fixture.partnerToken);
    }

    private static void assertFiguresMatch(String token) {
        String text = text(report(token, fixture.from, fixture.to));
        JsonPath s = summary(token);
        assertContains(text, s.getLong("count") + " entries");
        assertContains(text, "Mean " + Words.two(s.getDouble("intensity.mean")) + " · median "
                + Words.two(s.getDouble("intensity.median")) + " · highest " + s.getInt("intensity.max")
                + " · severe days (7 or more) " + s.getInt("severeDays") + " · trend "
                + Words.signed(s.getDouble("weeklyTrend.pointsPerWeek")) + " points a week over "
                + s.getInt("weeklyTrend.days") + " days");
        for (Map<String, Object> t : s.<Map<String, Object>>getList("topTriggers")) {
            assertContains(text, Words.of(Trigger.valueOf((String) t.get("trigger"))) + " " + t.get("count") + "×");
        }
        for (Map<String, Object> m : s.<Map<String, Object>>getList("reliefMeasures")) {
            Number helped = (Number) m.get("meanHelped");
            assertContains(text, Words.of(ReliefMeasure.valueOf((String) m.get("measure"))) + " "
                    + (helped == null ? "not rated" : Words.two(helped.doubleValue())) + ", used " + m.get("timesUsed") + "×");
        }
        for (Map<String, Object> l : s.<Map<String, Object>>getList("topLocations")) {
            assertContains(text, Words.of(BodyRegion.valueOf((String) l.get("region"))) + " "
                    + Words.two(((Number) l.get("meanIntensity")).doubleValue()) + " " + l.get("count") + "×");
        }
        long above = s.<Map<String, Object>>getList("medicationByDay").stream()
                .filter(d -> Boolean.TRUE.equals(d.get("aboveMaximum"))).map(d -> d.get("date")).distinct().count();
        assertTrue(above > 0, "the fixture has days above the maximum");
        assertContains(text, "Days above the prescribed maximum: " + above + " (");
    }

    @Test
    void aPartnersReportHasNoPrivateEntryNorAScreeningMadeFromOne() {
        String owner = text(report(fixture.ownerToken, fixture.from, fixture.to));
        assertContains(owner, fixture.privateNote);
        assertContains(owner, fixture.privateScreeningId);
        assertContains(owner, fixture.publicScreeningId);

        String partner = text(report(fixture.partnerToken, fixture.from, fixture.to));
        assertFalse(partner.contains(fixture.privateNote), partner);
        assertFalse(partner.contains(fixture.privateScreeningId), partner);
        assertContains(partner, fixture.publicNote);
        assertContains(partner, fixture.publicScreeningId);
        assertContains(partner, "Not included for this reader: private diary entries and what came from them; outcome measures.");
        for (String derived : List.of(fixture.privateMedication, "Groin", "Intimacy", "Massage")) {
            assertContains(owner, derived);
            assertFalse(partner.contains(derived), derived + " shows to the partner");
        }
        assertTrue(entries(partner) < entries(owner), "the partner's count leaves the private entries out");
        assertContains(partner, "1 check-ins held of");

        String clinician = text(report(fixture.clinicianToken, fixture.from, fixture.to));
        assertContains(clinician, fixture.privateNote);
        assertContains(clinician, fixture.privateScreeningId);
        assertContains(clinician, "Not included for this reader: partner plans.");
    }

    @Test
    void aGranteeGetsOnlyTheSectionsItsScopesCover() {
        String narrow = text(report(fixture.narrowToken, fixture.from, fixture.to));
        assertContains(narrow, "Not included for this reader: pain diary; red-flag screenings; exercise sessions; outcome measures.");
        assertFalse(narrow.contains(fixture.publicNote), narrow);
        assertFalse(narrow.contains(fixture.publicScreeningId), narrow);
        assertFalse(narrow.contains("Ibuprofen"), narrow);
        assertContains(narrow, "No partner plan you may see was active in this period.");
        assertContains(narrow, "Diary Not shared with you.");
        assertFalse(narrow.contains("minutes in all"), narrow);
        assertFalse(narrow.contains("entries"), narrow);
    }

    @Test
    void anEmptyPeriodGivesAValidReportThatSaysSo() throws IOException {
        byte[] pdf = report(fixture.ownerToken, fixture.from.minusYears(1), fixture.from.minusYears(1).plusDays(20));
        String text = text(pdf);
        assertContains(text, "0 entries");
        assertContains(text, "No entries in this period.");
        assertContains(text, "Red-flag screenings None in this period.");
        assertContains(text, "Exercise sessions None in this period.");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(2, document.getNumberOfPages());
        }
    }

    @Test
    void pageOneDrawsTheChartAndTheBodyMapAsVectorsWithEmbeddedFonts() throws IOException {
        try (PDDocument document = Loader.loadPDF(report(fixture.ownerToken, fixture.from, fixture.to))) {
            BufferedImage page = new PDFRenderer(document).renderImage(0, 1);
            assertTrue(inked(page, FirstPage.PAIN_CHART) > 0.15, "the pain chart is drawn");
            assertTrue(inked(page, FirstPage.BODY_FIGURES) > 0.15, "the body map is drawn");
            assertTrue(coloured(page, FirstPage.BODY_FIGURES) > 0.005, "regions are shaded");
            assertEquals(0, document.getPage(0).getResources().getXObjectNames().spliterator().estimateSize(),
                    "no images: charts are vector paths");
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertContains(xmp, "<pdfaid:part>2</pdfaid:part>");
            assertContains(xmp, "<pdfaid:conformance>B</pdfaid:conformance>");
            assertEquals(1, document.getDocumentCatalog().getOutputIntents().size());
        }
    }

    @Test
    void theFileIsPdfA2bByVeraPdf() {
        assertEquals(List.of(), PdfAValidation.failures(report(fixture.ownerToken, fixture.from, fixture.to)));
        assertEquals(List.of(), PdfAValidation.failures(report(fixture.narrowToken, fixture.from, fixture.to)));
    }

    @Test
    void veraPdfRejectsAPlainPdf() throws IOException {
        try (PDDocument plain = new PDDocument()) {
            plain.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            var bytes = new java.io.ByteArrayOutputStream();
            plain.save(bytes);
            assertFalse(PdfAValidation.failures(bytes.toByteArray()).isEmpty());
        }
    }

    @Test
    void badInputIsAProblem() {
        unchecked().accept(ReportResource.PDF).queryParam("from", fixture.to.toString())
                .queryParam("to", fixture.from.toString()).get("/v1/patients/{id}/report", fixture.patientId).then()
                .statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("from"));
        unchecked().accept(ReportResource.PDF).queryParam("from", fixture.to.minusDays(366).toString())
                .queryParam("to", fixture.to.toString()).get("/v1/patients/{id}/report", fixture.patientId).then()
                .statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("to"))
                .body("violations[0].message", containsString("366"));
        unchecked().accept(ReportResource.PDF).queryParam("from", "2026-02-30")
                .get("/v1/patients/{id}/report", fixture.patientId).then().statusCode(400)
                .contentType("application/problem+json");
        unchecked().accept("application/json").get("/v1/patients/{id}/report", fixture.patientId).then()
                .statusCode(406).contentType("application/problem+json");
        unchecked().accept(ReportResource.PDF).get("/v1/patients/{id}/report", "not-a-uuid").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aGranteesReadIsInTheAccessLog() {
        report(fixture.clinicianToken, fixture.from, fixture.to);
        List<String> actions = as(fixture.ownerToken).get("/v1/patients/{id}/access-log", fixture.patientId).then()
                .statusCode(200).extract().path("items.action");
        assertTrue(actions.contains("report.read"), actions.toString());
    }

    @Test
    void theOutcomesAreTheListsFiguresForReadersOfOutcomes() {
        JsonPath list = as(fixture.ownerToken).queryParam("instrument", "PEG").queryParam("from", fixture.from.toString())
                .queryParam("to", fixture.to.toString()).get("/v1/patients/{id}/outcomes", fixture.patientId).then()
                .statusCode(200).extract().jsonPath();
        String change = Words.signed(list.getDouble("items[0].change.points")) + " points ("
                + list.getString("items[0].change.percent") + "%), a clinically meaningful improvement";
        for (String token : List.of(fixture.ownerToken, fixture.clinicianToken)) {
            String text = text(report(token, fixture.from, fixture.to));
            assertContains(text, "6 results, first " + Words.two(list.getDouble("items[5].score")));
            assertContains(text, "latest " + Words.two(list.getDouble("items[0].score")));
            assertContains(text, change);
            assertContains(text, "Latest PHQ-2: 4 of 6");
            assertContains(text, "positive screen (3 or more)");
            assertContains(text, "Latest GAD-2: 1 of 6");
            assertContains(text, "negative screen");
        }
        // The partner reads the diary and screenings but holds no outcomes:read.
        String partner = text(report(fixture.partnerToken, fixture.from, fixture.to));
        assertFalse(partner.contains("PHQ-2") || partner.contains("6 results"), partner);
        assertContains(partner, "outcome measures");
    }

    @Test
    void theDefaultWindowIsTheLastNinetyDays() {
        String text = text(as(fixture.ownerToken).accept(ReportResource.PDF)
                .get("/v1/patients/{id}/report", fixture.patientId).then().statusCode(200).extract().asByteArray());
        assertContains(text, Words.day(fixture.to.minusDays(89)) + " to " + Words.day(fixture.to));
    }

    /**
     * The sample in docs/ is this fixture's report: written there when -Dbackcare.write-sample-report
     * is set, and otherwise checked to still be a report of the same shape.
     */
    @Test
    void theCommittedSampleIsAReport() throws IOException {
        java.nio.file.Path pdf = java.nio.file.Path.of("docs", "sample-report.pdf");
        if (Boolean.getBoolean("backcare.write-sample-report")) {
            byte[] bytes = report(fixture.ownerToken, fixture.from, fixture.to);
            java.nio.file.Files.createDirectories(pdf.getParent());
            java.nio.file.Files.write(pdf, bytes);
            try (PDDocument document = Loader.loadPDF(bytes)) {
                javax.imageio.ImageIO.write(new PDFRenderer(document).renderImage(0, 1.5f), "png",
                        pdf.resolveSibling("sample-report-page1.png").toFile());
            }
        }
        String text = text(java.nio.file.Files.readAllBytes(pdf));
        for (String section : List.of("Pain report: Alex Report", "Pain over time", "First week against last week",
                "Where it hurts", "Top triggers", "Medication per day", "Red-flag screenings", "Exercise sessions",
                "Outcome measures", "Partner plan: follow-through", "Diary, newest first")) {
            assertContains(text, section);
        }
    }

    @Test
    void aNameOrNoteTheFontCannotDrawStillGivesAnArchivableFile() {
        String owner = org.backcare.support.Api.token("report-odd-" + fixture.tag, "patient");
        String id = as(owner).body("{\"displayName\":\"Zoë \\u0007 王芳 \\ud83d\\ude00\"}").post("/v1/patients")
                .then().statusCode(201).extract().path("id");
        as(owner).body("{\"recordedAt\":\"" + ReportFixture.at(fixture.to.minusDays(1), 9) + "\",\"intensity\":4,"
                + "\"notes\":\"背中が痛い \\ud83d\\ude23 line\\nbreak\"}").post("/v1/patients/{p}/pain-logs", id).then()
                .statusCode(201);
        byte[] pdf = as(owner).accept(ReportResource.PDF).get("/v1/patients/{id}/report", id).then().statusCode(200)
                .extract().asByteArray();
        String text = text(pdf);
        assertContains(text, "Pain report: Zoë ?? ?");
        assertContains(text, "????? ? line break");
        assertContains(text, "are printed as ?");
        assertEquals(List.of(), PdfAValidation.failures(pdf));
    }

    private static long entries(String text) {
        var matcher = java.util.regex.Pattern.compile("· (\\d+) entries").matcher(text);
        assertTrue(matcher.find(), text);
        return Long.parseLong(matcher.group(1));
    }

    /** The owner, with no contract check on the request: these requests break it on purpose. */
    private static io.restassured.specification.RequestSpecification unchecked() {
        return org.backcare.support.Api.raw().header("Authorization", "Bearer " + fixture.ownerToken);
    }

    /** The share of the box's pixels that are not white. */
    private static double inked(BufferedImage image, Box box) {
        return share(image, box, rgb -> (rgb & 0xffffff) != 0xffffff);
    }

    /** The share of the box's pixels whose red clearly exceeds their green: the shaded regions. */
    private static double coloured(BufferedImage image, Box box) {
        return share(image, box, rgb -> ((rgb >> 16) & 0xff) - ((rgb >> 8) & 0xff) > 40);
    }

    private static double share(BufferedImage image, Box box, java.util.function.IntPredicate test) {
        int height = image.getHeight();
        int hits = 0;
        int all = 0;
        for (int x = (int) box.x(); x < box.x() + box.w(); x++) {
            for (int y = (int) box.y(); y < box.y() + box.h(); y++) {
                all++;
                if (test.test(image.getRGB(x, height - 1 - y))) {
                    hits++;
                }
            }
        }
        return (double) hits / all;
    }

    private static void assertContains(String text, String part) {
        assertTrue(text.contains(part), "missing «" + part + "» in: " + text.substring(0, Math.min(4000, text.length())));
    }
}
