package org.backcare.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.backcare.painlog.PainLogView;
import org.backcare.screening.ScreeningView;

/** The report as a PDF: page 1 at a glance, then the diary and, when page 1 had no room, every screening. */
@ApplicationScoped
class ReportPdf {

    static final float TOP = 800;
    static final float BOTTOM = 44;

    byte[] render(ReportContent r) {
        try (PDDocument document = new PDDocument(); ReportFont font = new ReportFont(document)) {
            try (Canvas c = canvas(document, font, PDPageContentStream.AppendMode.OVERWRITE, newPage(document))) {
                FirstPage.draw(c, r);
            }
            var zone = r.header().zone();
            if (!r.showsDiary()) {
                notice(document, font, "Diary", "Not shared with you.");
            } else if (r.entries().isEmpty()) {
                notice(document, font, "Diary", "No entries in this period.");
            } else {
                rows(document, font, "Diary, newest first", DiaryTable.TABLE, newestFirst(r.entries(),
                        Comparator.comparing(PainLogView::recordedAt)), e -> DiaryTable.cells(e, zone));
            }
            if (r.showsScreenings() && r.screenings().size() > FirstPage.SCREENINGS_SHOWN) {
                rows(document, font, "Red-flag screenings in the period, newest first", ScreeningRows.table(zone),
                        newestFirst(r.screenings(), Comparator.comparing(ScreeningView::createdAt)),
                        s -> ScreeningRows.cells(s, zone));
            }
            String title = font.printable("Pain report: " + r.header().displayName() + ", " + r.header().from() + " to "
                    + r.header().to());
            footers(document, font, title);
            PdfA.mark(document, title, r.header().generatedAt());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> List<T> newestFirst(List<T> rows, Comparator<T> oldestFirst) {
        return rows.stream().sorted(oldestFirst.reversed()).toList();
    }

    /** A titled table over as many pages as it needs, its heading repeated on each. */
    private static <T> void rows(PDDocument document, ReportFont font, String title, Table table, List<T> rows,
            Function<T, List<String>> cells) {
        int next = 0;
        boolean first = true;
        while (next < rows.size()) {
            try (Canvas c = canvas(document, font, PDPageContentStream.AppendMode.OVERWRITE, newPage(document))) {
                c.text(first ? title : title + " (continued)", FirstPage.LEFT, TOP, 12, Palette.TEXT, 0);
                float y = table.header(c, FirstPage.LEFT, TOP - 18);
                int index = 0;
                while (next < rows.size() && y - Table.ROW >= BOTTOM) {
                    y = table.row(c, FirstPage.LEFT, y, cells.apply(rows.get(next++)), index++);
                }
            }
            first = false;
        }
    }

    private static void notice(PDDocument document, ReportFont font, String title, String text) {
        try (Canvas c = canvas(document, font, PDPageContentStream.AppendMode.OVERWRITE, newPage(document))) {
            c.text(title, FirstPage.LEFT, TOP, 12, Palette.TEXT, 0);
            c.text(text, FirstPage.LEFT, TOP - 18, 9, Palette.MUTED, 0);
        }
    }

    private static void footers(PDDocument document, ReportFont font, String title) {
        int pages = document.getNumberOfPages();
        boolean replaced = font.replacedAny();
        for (int i = 0; i < pages; i++) {
            try (Canvas c = canvas(document, font, PDPageContentStream.AppendMode.APPEND, document.getPage(i))) {
                if (replaced) {
                    c.text("Characters this report's font cannot draw (some scripts, emoji) are printed as ?; "
                            + "the API and the FHIR export carry them as written.", FirstPage.LEFT, 32, 6.5f,
                            Palette.WITHHELD, 0);
                }
                c.text(title, FirstPage.LEFT, 24, 7, Palette.MUTED, 400);
                c.textRight("Page " + (i + 1) + " of " + pages, FirstPage.RIGHT, 24, 7, Palette.MUTED);
            }
        }
    }

    private static PDPage newPage(PDDocument document) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        return page;
    }

    private static Canvas canvas(PDDocument document, ReportFont font, PDPageContentStream.AppendMode mode, PDPage page) {
        try {
            return new Canvas(new PDPageContentStream(document, page, mode, true, true), font);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
