package org.learnops.studio.domain.operations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The double-booking check, run while a session is edited and again before it is saved.
 *
 * <p>Two sessions overlap when their time ranges, compared as instants (so sessions in different
 * time zones compare correctly), share a moment: ranges are half-open, so a session ending at
 * 10:00 and one starting at 10:00 do not overlap. Cancelled sessions, sessions of cancelled events
 * and the candidate itself (another version of it with the same non-zero id) book nothing.
 */
public final class ConflictRules {

    /** The policy of a kind no one has set. */
    public static final ConflictPolicy DEFAULT_POLICY = ConflictPolicy.WARN;

    private static final Comparator<Conflict> ORDER = Comparator.comparing(Conflict::kind)
            .thenComparingLong(Conflict::otherSessionId)
            .thenComparing(Conflict::subjectName, String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(Conflict::subjectId);

    private ConflictRules() {
    }

    /**
     * The conflicts {@code candidate} has, by kind, then other session, then subject name.
     *
     * <ul>
     * <li>FACILITATOR_OVERLAP: one per facilitator of the candidate who also facilitates an overlapping session.</li>
     * <li>ROOM_DOUBLE_BOOKED: an overlapping session in the same room (virtual rooms too).</li>
     * <li>ROOM_OVER_CAPACITY: the event's capacity exceeds the candidate's room's capacity (no other session needed; other session id 0).</li>
     * <li>PARTICIPANT_OVERLAP: one per person holding a place on the candidate's event and on the
     * overlapping session's event; sessions of the candidate's own event are left out (the same
     * people hold places on both, which says nothing about a double booking of a person).</li>
     * </ul>
     *
     * @param candidate             the session being edited (id 0 while new)
     * @param eventCapacity         the capacity of the candidate's event
     * @param candidateParticipants people holding a place on the candidate's event
     * @param others                stored sessions that may collide (typically those overlapping the candidate's time range)
     * @param rooms                 rooms by id (at least the candidate's)
     * @param names                 person names by id, for the messages (missing names are empty)
     */
    public static List<Conflict> find(Session candidate, int eventCapacity, Set<Long> candidateParticipants,
                                      Collection<Booking> others, Map<Long, Room> rooms, Map<Long, String> names) {
        if (candidate.isCancelled()) {
            return List.of();
        }
        Set<Conflict> conflicts = new LinkedHashSet<>();
        long id = candidate.id();
        Optional<Room> room = candidate.roomId().map(rooms::get);
        if (room.isPresent() && eventCapacity > room.get().capacity()) {
            conflicts.add(new Conflict(ConflictKind.ROOM_OVER_CAPACITY, id, 0, room.get().id(), room.get().name()));
        }
        for (Booking booking : others) {
            Session other = booking.session();
            if (other.isCancelled() || booking.eventCancelled() || id != 0 && other.id() == id || !overlap(candidate, other)) {
                continue;
            }
            for (Long facilitator : candidate.facilitatorIds()) {
                if (other.facilitatorIds().contains(facilitator)) {
                    conflicts.add(new Conflict(ConflictKind.FACILITATOR_OVERLAP, id, other.id(), facilitator,
                            names.getOrDefault(facilitator, "")));
                }
            }
            if (candidate.roomId().isPresent() && candidate.roomId().equals(other.roomId())) {
                long roomId = candidate.roomId().get();
                Room booked = rooms.get(roomId);
                conflicts.add(new Conflict(ConflictKind.ROOM_DOUBLE_BOOKED, id, other.id(), roomId,
                        booked == null ? "" : booked.name()));
            }
            if (other.eventId() != candidate.eventId()) {
                for (Long person : candidateParticipants) {
                    if (booking.participantIds().contains(person)) {
                        conflicts.add(new Conflict(ConflictKind.PARTICIPANT_OVERLAP, id, other.id(), person,
                                names.getOrDefault(person, "")));
                    }
                }
            }
        }
        List<Conflict> sorted = new ArrayList<>(conflicts);
        sorted.sort(ORDER);
        return sorted;
    }

    /** Whether two sessions share a moment; touching ranges ([9, 10) and [10, 11)) do not. */
    public static boolean overlap(Session a, Session b) {
        return overlap(a.startInstant(), a.endInstant(), b.startInstant(), b.endInstant());
    }

    public static boolean overlap(Instant startA, Instant endA, Instant startB, Instant endB) {
        return startA.isBefore(endB) && startB.isBefore(endA);
    }

    /**
     * What the policies make of {@code conflicts}: each conflict is a warning, blocks, or needs a
     * reason, by its kind's policy ({@link #DEFAULT_POLICY} when the kind has none). A reason counts
     * when {@link OperationsRules#reason(String)} accepts it.
     */
    public static ConflictDecision decide(List<Conflict> conflicts, Map<ConflictKind, ConflictPolicy> policies,
                                          String overrideReason) {
        Map<ConflictPolicy, List<Conflict>> byPolicy = new EnumMap<>(ConflictPolicy.class);
        for (ConflictPolicy policy : ConflictPolicy.values()) {
            byPolicy.put(policy, new ArrayList<>());
        }
        for (Conflict conflict : conflicts) {
            byPolicy.get(policies.getOrDefault(conflict.kind(), DEFAULT_POLICY)).add(conflict);
        }
        return new ConflictDecision(byPolicy.get(ConflictPolicy.WARN), byPolicy.get(ConflictPolicy.BLOCK),
                byPolicy.get(ConflictPolicy.OVERRIDE_WITH_REASON), OperationsRules.reason(overrideReason).isEmpty());
    }

    /** Every kind with its policy: those given, {@link #DEFAULT_POLICY} for the rest. */
    public static Map<ConflictKind, ConflictPolicy> withDefaults(Map<ConflictKind, ConflictPolicy> policies) {
        Map<ConflictKind, ConflictPolicy> all = new EnumMap<>(ConflictKind.class);
        for (ConflictKind kind : ConflictKind.values()) {
            all.put(kind, policies.getOrDefault(kind, DEFAULT_POLICY));
        }
        return all;
    }
}
