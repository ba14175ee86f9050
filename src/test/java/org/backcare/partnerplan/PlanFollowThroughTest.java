package org.backcare.partnerplan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Check-ins due in a span: the dates every N days after the plan was made, as its next-due date counts them. */
class PlanFollowThroughTest {

    private static final LocalDate MADE = LocalDate.of(2026, 11, 2);

    @Test
    void nothingIsDueOnTheDayAPlanIsMadeNorBeforeItsFirstDate() {
        assertEquals(0, PlanFollowThrough.due(MADE, 7, MADE, MADE));
        assertEquals(0, PlanFollowThrough.due(MADE, 7, MADE, MADE.plusDays(6)));
        assertEquals(1, PlanFollowThrough.due(MADE, 7, MADE, MADE.plusDays(7)));
        assertEquals(0, PlanFollowThrough.due(MADE, 1, MADE, MADE));
        assertEquals(1, PlanFollowThrough.due(MADE, 1, MADE, MADE.plusDays(1)));
    }

    @Test
    void aSpanStartingLaterCountsOnlyTheDatesInsideIt() {
        // Due on the 9th, 16th, 23rd and 30th: the 12th to the 23rd holds two.
        assertEquals(2, PlanFollowThrough.due(MADE, 7, LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 23)));
        assertEquals(1, PlanFollowThrough.due(MADE, 7, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 16)));
        assertEquals(0, PlanFollowThrough.due(MADE, 7, LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 22)));
        assertEquals(4, PlanFollowThrough.due(MADE, 7, MADE, LocalDate.of(2026, 11, 30)));
    }
}
