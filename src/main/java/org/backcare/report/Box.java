package org.backcare.report;

/** A rectangle on a page, in points from the bottom left. */
record Box(float x, float y, float w, float h) {

    boolean contains(float px, float py) {
        return px >= x && px <= x + w && py >= y && py <= y + h;
    }
}
