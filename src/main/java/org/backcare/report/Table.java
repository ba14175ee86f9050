package org.backcare.report;

import java.util.List;

/** Columns of fixed width, one line per row, every cell cut to its column. */
record Table(List<String> headings, float[] widths, float size) {

    static final float ROW = 10;

    float header(Canvas c, float x, float y) {
        float at = x;
        for (int i = 0; i < headings.size(); i++) {
            c.text(headings.get(i), at, y, size, Palette.MUTED, widths[i] - 4);
            at += widths[i];
        }
        c.line(x, y - 3, x + width(), y - 3, Palette.RULE, 0.5f);
        return y - 3;
    }

    /** One row below {@code y}, shaded every other one; returns the row's bottom. */
    float row(Canvas c, float x, float y, List<String> cells, int index) {
        float bottom = y - ROW;
        if (index % 2 == 1) {
            c.fillRect(x, bottom, width(), ROW, Palette.ZEBRA);
        }
        float at = x;
        for (int i = 0; i < cells.size(); i++) {
            c.text(cells.get(i), at, bottom + 3, size, Palette.TEXT, widths[i] - 4);
            at += widths[i];
        }
        return bottom;
    }

    float width() {
        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        return sum;
    }
}
