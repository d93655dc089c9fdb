package org.learnops.studio.domain.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learnops.studio.error.InvalidInputException;

class WaitlistRulesTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-05T12:00:00Z");
    private static final EnrolmentStatus E = EnrolmentStatus.ENROLLED;
    private static final EnrolmentStatus W = EnrolmentStatus.WAITLISTED;

    private static Enrolment enrolment(long id, EnrolmentStatus status, Instant at, int position) {
        return new Enrolment(id, 1, 100 + id, status, at, at, position);
    }

    /** A 2-place event: 1 and 2 hold the places, 3, 4, 5 wait in that order. */
    private static List<Enrolment> fullEvent() {
        return List.of(enrolment(1, E, T0, 0), enrolment(2, E, T0.plusSeconds(1), 0),
                enrolment(3, W, T0.plusSeconds(2), 1), enrolment(4, W, T0.plusSeconds(3), 2),
                enrolment(5, W, T0.plusSeconds(4), 3));
    }

    /** Applies changed enrolments to a list, as storing them would. */
    private static List<Enrolment> apply(List<Enrolment> enrolments, List<Enrolment> changed) {
        Map<Long, Enrolment> byId = new LinkedHashMap<>();
        enrolments.forEach(e -> byId.put(e.id(), e));
        changed.forEach(e -> byId.put(e.id(), e));
        return new ArrayList<>(byId.values());
    }

    private static List<Long> ids(List<Enrolment> enrolments) {
        return enrolments.stream().map(Enrolment::id).toList();
    }

    private static void assertCompact(List<Enrolment> enrolments) {
        List<Enrolment> line = WaitlistRules.waitlist(enrolments);
        for (int i = 0; i < line.size(); i++) {
            assertEquals(i + 1, line.get(i).waitlistPosition(), "positions compact: " + line);
        }
        enrolments.stream().filter(e -> e.status() != W).forEach(e -> assertEquals(0, e.waitlistPosition()));
    }

    // --- enrol ---

    @Test
    void enrollingWhileAPlaceIsFreeGivesAPlace() {
        Enrolment e = WaitlistRules.enrol(List.of(enrolment(1, E, T0, 0)), 2, 1, 500, NOW);
        assertEquals(new Enrolment(0, 1, 500, E, NOW, NOW, 0), e);
    }

    @Test
    void enrollingBeyondCapacityWaitlistsAtTheEnd() {
        Enrolment e = WaitlistRules.enrol(fullEvent(), 2, 1, 500, NOW);
        assertEquals(W, e.status());
        assertEquals(4, e.waitlistPosition());
    }

    @Test
    void cancelledEnrolmentsDoNotTakeAPlace() {
        List<Enrolment> enrolments = List.of(enrolment(1, E, T0, 0), enrolment(2, EnrolmentStatus.CANCELLED, T0, 0));
        assertEquals(E, WaitlistRules.enrol(enrolments, 2, 1, 500, NOW).status());
    }

    @Test
    void attendedAndNoShowStillHoldTheirPlace() {
        List<Enrolment> enrolments = List.of(enrolment(1, EnrolmentStatus.ATTENDED, T0, 0), enrolment(2, EnrolmentStatus.NO_SHOW, T0, 0));
        assertEquals(W, WaitlistRules.enrol(enrolments, 2, 1, 500, NOW).status());
    }

    @Test
    void noOneJumpsTheLineEvenIfAPlaceIsFree() {
        List<Enrolment> enrolments = List.of(enrolment(1, E, T0, 0), enrolment(3, W, T0, 1));
        Enrolment e = WaitlistRules.enrol(enrolments, 5, 1, 500, NOW);
        assertEquals(W, e.status());
        assertEquals(2, e.waitlistPosition());
    }

    @Test
    void aPersonWithAnActiveEnrolmentIsRefusedButMayComeBackAfterCancelling() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> WaitlistRules.enrol(fullEvent(), 2, 1, 103, NOW)); // person of enrolment 3, waiting
        assertEquals("operations.error.alreadyEnrolled", refused.problems().get(0).messageKey());
        List<Enrolment> cancelled = List.of(enrolment(1, EnrolmentStatus.CANCELLED, T0, 0));
        assertEquals(E, WaitlistRules.enrol(cancelled, 2, 1, 101, NOW).status());
    }

    // --- cancel ---

    @Test
    void cancellingAPlacePromotesTheFirstWaiting() {
        List<Enrolment> changed = WaitlistRules.cancel(fullEvent(), 1, 2, NOW);
        assertEquals(List.of(
                new Enrolment(1, 1, 101, EnrolmentStatus.CANCELLED, T0, NOW, 0),
                new Enrolment(3, 1, 103, E, T0.plusSeconds(2), NOW, 0),
                new Enrolment(4, 1, 104, W, T0.plusSeconds(3), T0.plusSeconds(3), 1),
                new Enrolment(5, 1, 105, W, T0.plusSeconds(4), T0.plusSeconds(4), 2)), changed);
        List<Enrolment> after = apply(fullEvent(), changed);
        assertEquals(2, WaitlistRules.placesTaken(after));
        assertCompact(after);
    }

    @Test
    void cancellingAWaitingPersonPromotesNoOneAndClosesTheGap() {
        List<Enrolment> changed = WaitlistRules.cancel(fullEvent(), 4, 2, NOW);
        assertEquals(List.of(4L, 5L), ids(changed));
        assertEquals(EnrolmentStatus.CANCELLED, changed.get(0).status());
        assertEquals(2, changed.get(1).waitlistPosition());
        assertCompact(apply(fullEvent(), changed));
    }

    @Test
    void cancellingTwiceChangesNothing() {
        List<Enrolment> after = apply(fullEvent(), WaitlistRules.cancel(fullEvent(), 1, 2, NOW));
        assertEquals(List.of(), WaitlistRules.cancel(after, 1, 2, NOW));
    }

    @Test
    void cancellingTheLastPlaceWithNoOneWaitingChangesOnlyThatEnrolment() {
        List<Enrolment> changed = WaitlistRules.cancel(List.of(enrolment(1, E, T0, 0)), 1, 2, NOW);
        assertEquals(List.of(1L), ids(changed));
    }

    @Test
    void equalTimestampsAreOrderedById() {
        // positions lost (all 1) and the same enrolledAt: the id decides, whatever the list order
        List<Enrolment> enrolments = List.of(enrolment(1, E, T0, 0), enrolment(9, W, T0, 1), enrolment(7, W, T0, 1),
                enrolment(8, W, T0, 1));
        assertEquals(List.of(7L, 8L, 9L), ids(WaitlistRules.waitlist(enrolments)));
        List<Enrolment> changed = WaitlistRules.cancel(enrolments, 1, 1, NOW);
        assertEquals(List.of(1L, 7L, 9L), ids(changed), "8 keeps position 1, so it is not changed");
        assertEquals(E, changed.get(1).status());
        assertEquals(2, changed.get(2).waitlistPosition());
        assertEquals(List.of(8L, 9L), ids(WaitlistRules.waitlist(apply(enrolments, changed))));
    }

    @Test
    void anEarlierRequestWinsOverALowerIdWhenPositionsTie() {
        List<Enrolment> enrolments = List.of(enrolment(2, W, T0.plusSeconds(5), 1), enrolment(3, W, T0, 1));
        assertEquals(List.of(3L, 2L), ids(WaitlistRules.waitlist(enrolments)));
    }

    // --- capacity ---

    @Test
    void raisingTheCapacityPromotesAsManyAsFit() {
        List<Enrolment> changed = WaitlistRules.capacityChanged(fullEvent(), 4, NOW);
        assertEquals(List.of(3L, 4L, 5L), ids(changed));
        assertEquals(List.of(E, E, W), changed.stream().map(Enrolment::status).toList());
        assertEquals(1, changed.get(2).waitlistPosition());
        List<Enrolment> everyone = WaitlistRules.capacityChanged(fullEvent(), 10, NOW);
        assertTrue(everyone.stream().allMatch(e -> e.status() == E && e.waitlistPosition() == 0));
    }

    @Test
    void loweringTheCapacityUnenrolsNoOne() {
        assertEquals(List.of(), WaitlistRules.capacityChanged(fullEvent(), 1, NOW));
        // and cancelling while still over capacity promotes no one
        List<Enrolment> over = List.of(enrolment(1, E, T0, 0), enrolment(2, E, T0, 0), enrolment(3, E, T0, 0),
                enrolment(4, W, T0, 1));
        assertEquals(List.of(1L), ids(WaitlistRules.cancel(over, 1, 1, NOW)));
    }

    @Test
    void capacityChangedRepairsGapsInPositions() {
        List<Enrolment> gappy = List.of(enrolment(1, E, T0, 0), enrolment(3, W, T0, 2), enrolment(4, W, T0, 5));
        List<Enrolment> changed = WaitlistRules.capacityChanged(gappy, 1, NOW);
        assertCompact(apply(gappy, changed));
    }

    // --- reorder ---

    @Test
    void movingRenumbersTheLine() {
        List<Enrolment> changed = WaitlistRules.move(fullEvent(), 5, 1);
        assertEquals(List.of(5L, 3L, 4L), ids(changed));
        List<Enrolment> after = apply(fullEvent(), changed);
        assertEquals(List.of(5L, 3L, 4L), ids(WaitlistRules.waitlist(after)));
        assertCompact(after);
    }

    @Test
    void aPositionOutsideTheLineIsKeptWithinIt() {
        assertEquals(List.of(5L, 3L, 4L), ids(WaitlistRules.waitlist(apply(fullEvent(), WaitlistRules.move(fullEvent(), 5, -3)))));
        assertEquals(List.of(4L, 5L, 3L), ids(WaitlistRules.waitlist(apply(fullEvent(), WaitlistRules.move(fullEvent(), 3, 99)))));
        assertEquals(List.of(), WaitlistRules.move(fullEvent(), 4, 2), "already there");
    }

    @Test
    void onlyWaitingPeopleCanBeMoved() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> WaitlistRules.move(fullEvent(), 1, 1));
        assertEquals("operations.error.notWaitlisted", e.problems().get(0).messageKey());
    }

    @Test
    void reorderThenCancelPromotesTheNewFirst() {
        List<Enrolment> reordered = apply(fullEvent(), WaitlistRules.move(fullEvent(), 5, 1));
        List<Enrolment> changed = WaitlistRules.cancel(reordered, 2, 2, NOW);
        assertEquals(5L, changed.get(1).id());
        assertEquals(E, changed.get(1).status());
        List<Enrolment> after = apply(reordered, changed);
        assertEquals(List.of(3L, 4L), ids(WaitlistRules.waitlist(after)));
        assertCompact(after);
    }

    @Test
    void severalFreePlacesAfterACancellationAreAllFilled() {
        // capacity 4 but only 2 held (positions left over from an earlier decrease): a cancellation fills 3
        List<Enrolment> changed = WaitlistRules.cancel(fullEvent(), 1, 4, NOW);
        assertEquals(List.of(1L, 3L, 4L, 5L), ids(changed));
        assertEquals(List.of(EnrolmentStatus.CANCELLED, E, E, E), changed.stream().map(Enrolment::status).toList());
    }
}
