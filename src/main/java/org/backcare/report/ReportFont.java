package org.backcare.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report's one typeface, Liberation Sans (SIL Open Font License), embedded as a subset so the
 * file reads the same everywhere, its text can be extracted, and it qualifies for PDF/A. PDFBox
 * ships the font for its own use; we take it from there rather than carry a copy. Glyph
 * substitution is off: Latin ligatures add nothing to a clinical table, and PDFBox's shaping of
 * them cost two thirds of a year's report (a regular expression built per string shown).
 */
final class ReportFont implements AutoCloseable {

    private static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] TTF = load();
    private static final String ELLIPSIS = "\u2026";

    private final TrueTypeFont ttf;
    private final PDType0Font font;
    /** Whether the font draws a code point: a note may hold anything a phone can type. */
    private final Map<Integer, Boolean> drawable = new HashMap<>();
    private final Map<Integer, Float> advances = new HashMap<>();
    private boolean replacedAny;

    ReportFont(PDDocument document) {
        try {
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(TTF));
            ttf.setEnableGsub(false);
            font = PDType0Font.load(document, ttf, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** After the document is saved: the subset is written from the parsed font until then. */
    @Override
    public void close() {
        try {
            ttf.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDType0Font pdf() {
        return font;
    }

    /** The text with line breaks as spaces and every character the font lacks as '?'. */
    String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                shown.append(' ');
            } else if (drawable.computeIfAbsent(cp, this::canDraw)) {
                shown.appendCodePoint(cp);
            } else {
                shown.append('?');
                replacedAny = true;
            }
        });
        return shown.toString();
    }

    float width(String text, float size) {
        String shown = printable(text);
        float units = 0;
        for (int i = 0; i < shown.length(); i = shown.offsetByCodePoints(i, 1)) {
            units += advance(shown.codePointAt(i));
        }
        return units / 1000 * size;
    }

    /** The printable text, cut and ended with an ellipsis where it would run past {@code maxWidth}. */
    String fit(String text, float size, float maxWidth) {
        String shown = printable(text);
        if (width(shown, size) <= maxWidth) {
            return shown;
        }
        float room = maxWidth * 1000 / size - advance(ELLIPSIS.codePointAt(0));
        float used = 0;
        int end = 0;
        while (end < shown.length()) {
            float next = advance(shown.codePointAt(end));
            if (used + next > room) {
                break;
            }
            used += next;
            end = shown.offsetByCodePoints(end, 1);
        }
        return end == 0 ? "" : shown.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** Whether some character of the text shown so far had no glyph here and was printed as '?'. */
    boolean replacedAny() {
        return replacedAny;
    }

    /**
     * The text broken at spaces into at most {@code maxLines} lines of {@code maxWidth}; the last
     * line is cut with an ellipsis when the text runs on.
     */
    java.util.List<String> lines(String text, float size, float maxWidth, int maxLines) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        String rest = printable(text).strip();
        while (!rest.isEmpty() && lines.size() < maxLines - 1) {
            if (width(rest, size) <= maxWidth) {
                break;
            }
            int cut = rest.length();
            while (cut > 0 && (rest.charAt(cut - 1) != ' ' || width(rest.substring(0, cut).strip(), size) > maxWidth)) {
                cut--;
            }
            if (cut == 0) {
                break;
            }
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            lines.add(fit(rest, size, maxWidth));
        }
        return lines;
    }

    /** A drawable code point's advance width, in thousandths of the font size. */
    private float advance(int codePoint) {
        return advances.computeIfAbsent(codePoint, cp -> {
            try {
                return font.getStringWidth(new String(Character.toChars(cp)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private boolean canDraw(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static byte[] load() {
        try (InputStream in = ReportFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox no longer ships " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
