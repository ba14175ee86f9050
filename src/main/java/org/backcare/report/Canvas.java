package org.backcare.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * One page's drawing: text in the report's embedded font, and vector shapes. Coordinates are
 * PDF points from the page's bottom left. I/O failures here can only come from memory buffers.
 */
final class Canvas implements AutoCloseable {

    /** A quarter circle drawn as a cubic Bézier: the control points' distance, in radii. */
    private static final float KAPPA = 0.5523f;

    private final PDPageContentStream out;
    private final ReportFont font;

    Canvas(PDPageContentStream out, ReportFont font) {
        this.out = out;
        this.font = font;
    }

    ReportFont font() {
        return font;
    }

    /** Text with its baseline at y, cut with an ellipsis to {@code maxWidth} when given (> 0). */
    Canvas text(String text, float x, float y, float size, Color color, float maxWidth) {
        String shown = maxWidth > 0 ? font.fit(text, size, maxWidth) : font.printable(text);
        if (shown.isEmpty()) {
            return this;
        }
        return run(() -> {
            out.beginText();
            out.setFont(font.pdf(), size);
            out.setNonStrokingColor(color);
            out.newLineAtOffset(x, y);
            out.showText(shown);
            out.endText();
        });
    }

    Canvas text(String text, float x, float y, float size) {
        return text(text, x, y, size, Color.BLACK, 0);
    }

    /** Text ending at x. */
    Canvas textRight(String text, float x, float y, float size, Color color) {
        return text(text, x - font.width(text, size), y, size, color, 0);
    }

    Canvas fillRect(float x, float y, float width, float height, Color color) {
        return run(() -> {
            out.setNonStrokingColor(color);
            out.addRect(x, y, width, height);
            out.fill();
        });
    }

    Canvas strokeRect(float x, float y, float width, float height, Color color, float lineWidth) {
        return run(() -> {
            out.setStrokingColor(color);
            out.setLineWidth(lineWidth);
            out.addRect(x, y, width, height);
            out.stroke();
        });
    }

    Canvas line(float x1, float y1, float x2, float y2, Color color, float lineWidth) {
        return run(() -> {
            out.setStrokingColor(color);
            out.setLineWidth(lineWidth);
            out.moveTo(x1, y1);
            out.lineTo(x2, y2);
            out.stroke();
        });
    }

    Canvas dashed(float x1, float y1, float x2, float y2, Color color, float lineWidth) {
        return run(() -> {
            out.setLineDashPattern(new float[] {3, 2}, 0);
            line(x1, y1, x2, y2, color, lineWidth);
            out.setLineDashPattern(new float[] {}, 0);
        });
    }

    /** A polyline through the points (x0, y0, x1, y1, …). */
    Canvas polyline(float[] points, Color color, float lineWidth) {
        if (points.length < 4) {
            return this;
        }
        return run(() -> {
            out.setStrokingColor(color);
            out.setLineWidth(lineWidth);
            out.moveTo(points[0], points[1]);
            for (int i = 2; i < points.length; i += 2) {
                out.lineTo(points[i], points[i + 1]);
            }
            out.stroke();
        });
    }

    /** A closed shape through the points, filled. */
    Canvas fillPolygon(float[] points, Color color) {
        if (points.length < 6) {
            return this;
        }
        return run(() -> {
            out.setNonStrokingColor(color);
            out.moveTo(points[0], points[1]);
            for (int i = 2; i < points.length; i += 2) {
                out.lineTo(points[i], points[i + 1]);
            }
            out.closePath();
            out.fill();
        });
    }

    /** An ellipse, filled with {@code fill} when given, outlined with {@code stroke} when given. */
    Canvas ellipse(float cx, float cy, float rx, float ry, Color fill, Color stroke, float lineWidth) {
        return run(() -> {
            float ox = rx * KAPPA;
            float oy = ry * KAPPA;
            out.moveTo(cx - rx, cy);
            out.curveTo(cx - rx, cy + oy, cx - ox, cy + ry, cx, cy + ry);
            out.curveTo(cx + ox, cy + ry, cx + rx, cy + oy, cx + rx, cy);
            out.curveTo(cx + rx, cy - oy, cx + ox, cy - ry, cx, cy - ry);
            out.curveTo(cx - ox, cy - ry, cx - rx, cy - oy, cx - rx, cy);
            out.closePath();
            paint(fill, stroke, lineWidth);
        });
    }

    /** A rectangle with rounded corners, filled and/or outlined. */
    Canvas roundRect(float x, float y, float width, float height, float radius, Color fill, Color stroke,
            float lineWidth) {
        return run(() -> {
            float r = Math.min(radius, Math.min(width, height) / 2);
            float k = r * KAPPA;
            out.moveTo(x + r, y);
            out.lineTo(x + width - r, y);
            out.curveTo(x + width - r + k, y, x + width, y + r - k, x + width, y + r);
            out.lineTo(x + width, y + height - r);
            out.curveTo(x + width, y + height - r + k, x + width - r + k, y + height, x + width - r, y + height);
            out.lineTo(x + r, y + height);
            out.curveTo(x + r - k, y + height, x, y + height - r + k, x, y + height - r);
            out.lineTo(x, y + r);
            out.curveTo(x, y + r - k, x + r - k, y, x + r, y);
            out.closePath();
            paint(fill, stroke, lineWidth);
        });
    }

    private void paint(Color fill, Color stroke, float lineWidth) throws IOException {
        if (fill != null) {
            out.setNonStrokingColor(fill);
        }
        if (stroke != null) {
            out.setStrokingColor(stroke);
            out.setLineWidth(lineWidth);
        }
        if (fill != null && stroke != null) {
            out.fillAndStroke();
        } else if (fill != null) {
            out.fill();
        } else {
            out.stroke();
        }
    }

    @Override
    public void close() {
        run(out::close);
    }

    private interface Drawing {
        void draw() throws IOException;
    }

    private Canvas run(Drawing drawing) {
        try {
            drawing.draw();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
