package org.backcare.support;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a PDF says, as a clinic system indexing it would read it. */
public final class PdfText {

    private PdfText() {
    }

    /** The text of every page, runs of white space as one space. */
    public static String of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new AssertionError("not a readable PDF", e);
        }
    }
}
