package org.learnops.studio.domain.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConflictRulesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final long ANA = 11;
    private static final long BEN = 12;
    private static final long CHLOE = 21;
    private static final long DAVID = 22;
    private static final Map<Long, String> NAMES = Map.of(ANA, "Ana", BEN, "Ben", CHLOE, "Chloé", DAVID, "David");
    private static final Room BOARDROOM = new Room(5, "Boardroom", "HQ", 10, false, "");
    private static final Room TEAMS = new Room(6, "Teams – Academy", "", 300, true, "https://teams.example.com/a");
    private static final Map<Long, Room> ROOMS = Map.of(5L, BOARDROOM, 6L, TEAMS);
    private static final Cancellation CANCELLED = new Cancellation("ill", Instant.EPOCH, "me");

    private static Session session(long id, long eventId, int fromHour, int toHour, ZoneId zone, Long room, Long... facilitators) {
        return new Session(id, eventId, Optional.empty(), LocalDateTime.of(2026, 3, 10, fromHour, 0),
                LocalDateTime.of(2026, 3, 10, toHour, 0), zone, Optional.ofNullable(room), "", List.of(facilitators),
                Optional.empty());
    }

    private static Booking booking(Session session, Long... participants) {
        return new Booking(session, Set.of(participants), false);
    }

    private static List<Conflict> find(Session candidate, Booking... others) {
        return ConflictRules.find(candidate, 8, Set.of(CHLOE, DAVID), List.of(others), ROOMS, NAMES);
    }

    @Test
    void aFacilitatorInTwoOverlappingSessionsIsAConflict() {
        Session candidate = session(0, 1, 9, 11, PARIS, null, ANA, BEN);
        Session other = session(40, 2, 10, 12, PARIS, null, ANA);
        assertEquals(List.of(new Conflict(ConflictKind.FACILITATOR_OVERLAP, 0, 40, ANA, "Ana")), find(candidate, booking(other)));
    }

    @Test
    void touchingSessionsDoNotOverlap() {
        Session candidate = session(0, 1, 9, 10, PARIS, 5L, ANA);
        assertEquals(List.of(), find(candidate, booking(session(40, 2, 10, 11, PARIS, 5L, ANA), CHLOE)));
        assertEquals(List.of(), find(candidate, booking(session(41, 2, 8, 9, PARIS, 5L, ANA), CHLOE)));
        // one minute more and they do
        Session longer = candidate.withTimes(candidate.start(), candidate.end().plusMinutes(1), PARIS);
        assertEquals(3, find(longer, booking(session(40, 2, 10, 11, PARIS, 5L, ANA), CHLOE)).size());
    }

    @Test
    void sessionsInDifferentZonesAreComparedAsInstants() {
        // 09:00-10:00 Paris is 08:00-09:00 London: no overlap with 09:00-10:00 London, overlap with 08:00-09:00 London
        Session candidate = session(0, 1, 9, 10, PARIS, null, ANA);
        assertEquals(List.of(), find(candidate, booking(session(40, 2, 9, 10, LONDON, null, ANA))));
        assertEquals(1, find(candidate, booking(session(41, 2, 8, 9, LONDON, null, ANA))).size());
        // 04:00-05:00 New York is 09:00-10:00 Paris on 2026-03-10 (New York already on summer time, Paris not)
        assertEquals(1, find(candidate, booking(session(42, 2, 4, 5, NEW_YORK, null, ANA))).size());
        assertEquals(List.of(), find(candidate, booking(session(43, 2, 3, 4, NEW_YORK, null, ANA))));
    }

    @Test
    void cancelledSessionsAndSessionsOfCancelledEventsBookNothing() {
        Session candidate = session(0, 1, 9, 11, PARIS, 5L, ANA);
        Session cancelled = session(40, 2, 9, 11, PARIS, 5L, ANA).withCancellation(Optional.of(CANCELLED));
        assertEquals(List.of(), find(candidate, booking(cancelled, CHLOE)));
        assertEquals(List.of(), find(candidate, new Booking(session(41, 2, 9, 11, PARIS, 5L, ANA), Set.of(CHLOE), true)));
    }

    @Test
    void aCancelledCandidateHasNoConflicts() {
        Session candidate = session(0, 1, 9, 11, PARIS, 5L, ANA).withCancellation(Optional.of(CANCELLED));
        assertEquals(List.of(), ConflictRules.find(candidate, 50, Set.of(), List.of(booking(session(40, 2, 9, 11, PARIS, 5L, ANA))),
                ROOMS, NAMES));
    }

    @Test
    void theCandidateDoesNotCollideWithItsStoredSelfButNewSessionsCollideWithEachOther() {
        Session stored = session(40, 1, 9, 11, PARIS, 5L, ANA);
        Session moved = stored.withTimes(stored.start().plusMinutes(30), stored.end().plusMinutes(30), PARIS);
        assertEquals(List.of(), find(moved, booking(stored)));
        // two new sessions of a series (both id 0) are different sessions
        Session newOne = session(0, 1, 9, 11, PARIS, null, ANA);
        assertEquals(1, find(newOne, booking(session(0, 1, 10, 12, PARIS, null, ANA))).size());
    }

    @Test
    void aRoomBookedTwiceIsAConflictVirtualRoomsToo() {
        Session candidate = session(0, 1, 9, 11, PARIS, 6L);
        assertEquals(List.of(new Conflict(ConflictKind.ROOM_DOUBLE_BOOKED, 0, 40, 6, "Teams – Academy")),
                find(candidate, booking(session(40, 2, 10, 12, PARIS, 6L)), booking(session(41, 2, 10, 12, PARIS, 5L))));
    }

    @Test
    void anEventBiggerThanItsRoomIsAConflictWithoutAnyOtherSession() {
        Session candidate = session(7, 1, 9, 11, PARIS, 5L);
        assertEquals(List.of(new Conflict(ConflictKind.ROOM_OVER_CAPACITY, 7, 0, 5, "Boardroom")),
                ConflictRules.find(candidate, 11, Set.of(), List.of(), ROOMS, NAMES));
        assertEquals(List.of(), ConflictRules.find(candidate, 10, Set.of(), List.of(), ROOMS, NAMES), "exactly full fits");
        assertEquals(List.of(), ConflictRules.find(session(7, 1, 9, 11, PARIS, null), 500, Set.of(), List.of(), ROOMS, NAMES));
    }

    @Test
    void aPersonWithAPlaceOnBothEventsIsAParticipantConflict() {
        Session candidate = session(0, 1, 9, 11, PARIS, null);
        assertEquals(List.of(new Conflict(ConflictKind.PARTICIPANT_OVERLAP, 0, 40, CHLOE, "Chloé")),
                find(candidate, booking(session(40, 2, 10, 12, PARIS, null), CHLOE, 99L)));
    }

    @Test
    void sessionsOfTheSameEventAreNoParticipantConflict() {
        Session candidate = session(0, 1, 9, 11, PARIS, 5L, ANA);
        List<Conflict> conflicts = find(candidate, booking(session(40, 1, 10, 12, PARIS, 5L, ANA), CHLOE, DAVID));
        assertEquals(List.of(ConflictKind.FACILITATOR_OVERLAP, ConflictKind.ROOM_DOUBLE_BOOKED),
                conflicts.stream().map(Conflict::kind).toList());
    }

    @Test
    void oneConflictPerKindOtherSessionAndSubjectInAStableOrder() {
        Session candidate = session(0, 1, 9, 12, PARIS, 5L, BEN, ANA);
        Session first = session(41, 2, 9, 10, PARIS, 5L, ANA, BEN);
        Session second = session(40, 3, 11, 12, PARIS, null, BEN);
        List<Conflict> conflicts = ConflictRules.find(candidate, 20, Set.of(DAVID, CHLOE),
                List.of(booking(first, DAVID, CHLOE), booking(second, CHLOE), booking(first, CHLOE)), ROOMS, NAMES);
        assertEquals(List.of(
                new Conflict(ConflictKind.FACILITATOR_OVERLAP, 0, 40, BEN, "Ben"),
                new Conflict(ConflictKind.FACILITATOR_OVERLAP, 0, 41, ANA, "Ana"),
                new Conflict(ConflictKind.FACILITATOR_OVERLAP, 0, 41, BEN, "Ben"),
                new Conflict(ConflictKind.ROOM_DOUBLE_BOOKED, 0, 41, 5, "Boardroom"),
                new Conflict(ConflictKind.ROOM_OVER_CAPACITY, 0, 0, 5, "Boardroom"),
                new Conflict(ConflictKind.PARTICIPANT_OVERLAP, 0, 40, CHLOE, "Chloé"),
                new Conflict(ConflictKind.PARTICIPANT_OVERLAP, 0, 41, CHLOE, "Chloé"),
                new Conflict(ConflictKind.PARTICIPANT_OVERLAP, 0, 41, DAVID, "David")), conflicts);
    }

    // --- policies ---

    private static final Conflict FACILITATOR = new Conflict(ConflictKind.FACILITATOR_OVERLAP, 0, 40, ANA, "Ana");
    private static final Conflict ROOM = new Conflict(ConflictKind.ROOM_DOUBLE_BOOKED, 0, 40, 5, "Boardroom");
    private static final Conflict PARTICIPANT = new Conflict(ConflictKind.PARTICIPANT_OVERLAP, 0, 40, CHLOE, "Chloé");

    @Test
    void noConflictsSaveWithoutReason() {
        ConflictDecision decision = ConflictRules.decide(List.of(), Map.of(), "");
        assertTrue(decision.saveable());
        assertFalse(decision.overridden());
        assertEquals(List.of(), decision.refused());
    }

    @Test
    void warningsSaveAndKindsWithoutPolicyWarn() {
        ConflictDecision decision = ConflictRules.decide(List.of(FACILITATOR, PARTICIPANT),
                Map.of(ConflictKind.FACILITATOR_OVERLAP, ConflictPolicy.WARN), null);
        assertTrue(decision.saveable());
        assertEquals(List.of(FACILITATOR, PARTICIPANT), decision.warnings());
        assertFalse(decision.overridden());
    }

    @Test
    void aBlockingConflictRefusesEvenWithAReason() {
        ConflictDecision decision = ConflictRules.decide(List.of(FACILITATOR, ROOM),
                Map.of(ConflictKind.ROOM_DOUBLE_BOOKED, ConflictPolicy.BLOCK), "We need it");
        assertFalse(decision.saveable());
        assertEquals(List.of(ROOM), decision.blocking());
        assertEquals(List.of(ROOM), decision.refused());
    }

    @Test
    void anOverrideNeedsANonBlankReasonAndIsThenRecorded() {
        Map<ConflictKind, ConflictPolicy> policies = Map.of(ConflictKind.FACILITATOR_OVERLAP, ConflictPolicy.OVERRIDE_WITH_REASON);
        ConflictDecision without = ConflictRules.decide(List.of(FACILITATOR, PARTICIPANT), policies, "  ");
        assertFalse(without.saveable());
        assertEquals(List.of(FACILITATOR), without.refused());
        ConflictDecision with = ConflictRules.decide(List.of(FACILITATOR, PARTICIPANT), policies, "Ana covers both by video");
        assertTrue(with.saveable());
        assertTrue(with.overridden());
        assertEquals(List.of(FACILITATOR), with.needingReason());
        assertEquals(List.of(PARTICIPANT), with.warnings());
        assertFalse(ConflictRules.decide(List.of(FACILITATOR), policies, "x".repeat(2001)).saveable(), "too long a reason");
    }

    @Test
    void everyKindGetsAPolicy() {
        Map<ConflictKind, ConflictPolicy> all = ConflictRules.withDefaults(Map.of(ConflictKind.ROOM_OVER_CAPACITY, ConflictPolicy.BLOCK));
        assertEquals(ConflictKind.values().length, all.size());
        assertEquals(ConflictPolicy.BLOCK, all.get(ConflictKind.ROOM_OVER_CAPACITY));
        assertEquals(ConflictRules.DEFAULT_POLICY, all.get(ConflictKind.PARTICIPANT_OVERLAP));
    }
}
