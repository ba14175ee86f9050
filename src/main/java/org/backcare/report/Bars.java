package org.backcare.report;

import java.util.List;

/** A horizontal bar chart: a label, a bar scaled to {@code max}, and the figure in words after it. */
final class Bars {

    record Bar(String label, double value, String figure) {
    }

    static final float ROW = 10.5f;

    private Bars() {
    }

    /** From {@code top} down inside {@code box}'s width; returns the y below the last row. */
    static float draw(Canvas c, List<Bar> bars, double max, Box box, float top, String empty) {
        float labelWidth = 62;
        float figureWidth = 78;
        float barRoom = box.w() - labelWidth - figureWidth;
        float y = top;
        if (bars.isEmpty()) {
            c.text(empty, box.x(), y - 9, 7.5f, Palette.MUTED, 0);
            return y - ROW;
        }
        for (Bar bar : bars) {
            y -= ROW;
            c.text(bar.label(), box.x(), y + 1.5f, 7.5f, Palette.TEXT, labelWidth - 3);
            float length = max <= 0 ? 0 : (float) (barRoom * Math.min(1, bar.value() / max));
            c.fillRect(box.x() + labelWidth, y, Math.max(length, 0.8f), 7, Palette.BAR);
            c.text(bar.figure(), box.x() + labelWidth + barRoom + 4, y + 1.5f, 7.5f, Palette.TEXT, figureWidth - 4);
        }
        return y;
    }
}
