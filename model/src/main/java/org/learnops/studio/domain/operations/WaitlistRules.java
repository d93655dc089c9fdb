package org.learnops.studio.domain.operations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.error.InvalidInputException;

/**
 * Places and the waitlist of one event: first come, first served, in a stable order.
 *
 * <p>The waitlist is ordered by {@code waitlistPosition}, then {@code enrolledAt}, then id, so
 * equal timestamps never make the order depend on how the database returns rows. After every
 * operation the positions are compact (1..n); each operation returns the enrolments it changed
 * (to store, and to write to the history), positions renumbered included.
 */
public final class WaitlistRules {

    private static final Comparator<Enrolment> WAITLIST_ORDER = Comparator.comparingInt(Enrolment::waitlistPosition)
            .thenComparing(Enrolment::enrolledAt)
            .thenComparingLong(Enrolment::id);

    private WaitlistRules() {
    }

    /** The people waiting, first in line first. */
    public static List<Enrolment> waitlist(List<Enrolment> enrolments) {
        return enrolments.stream().filter(e -> e.status() == EnrolmentStatus.WAITLISTED).sorted(WAITLIST_ORDER).toList();
    }

    /** How many places are taken: enrolled, attended and no-show all hold a place. */
    public static int placesTaken(List<Enrolment> enrolments) {
        return (int) enrolments.stream().filter(Enrolment::holdsPlace).count();
    }

    /**
     * The new enrolment (id 0) of {@code personId}: ENROLLED when a place is free and no one is
     * waiting, else WAITLISTED at the end of the line.
     *
     * @throws InvalidInputException when the person already has an enrolment that is not cancelled
     */
    public static Enrolment enrol(List<Enrolment> enrolments, int capacity, long eventId, long personId, Instant now) {
        boolean active = enrolments.stream()
                .anyMatch(e -> e.personId() == personId && e.status() != EnrolmentStatus.CANCELLED);
        if (active) {
            throw new InvalidInputException(List.of(Problem.of("personId", "operations.error.alreadyEnrolled")));
        }
        List<Enrolment> waiting = waitlist(enrolments);
        if (waiting.isEmpty() && placesTaken(enrolments) < capacity) {
            return new Enrolment(0, eventId, personId, EnrolmentStatus.ENROLLED, now, now, 0);
        }
        return new Enrolment(0, eventId, personId, EnrolmentStatus.WAITLISTED, now, now, waiting.size() + 1);
    }

    /**
     * Cancels one enrolment. Returns the cancelled enrolment, the people promoted into the freed
     * place(s) and the waiting people whose position moved up; nothing when it was already cancelled.
     */
    public static List<Enrolment> cancel(List<Enrolment> enrolments, long enrolmentId, int capacity, Instant now) {
        Enrolment target = find(enrolments, enrolmentId);
        if (target.status() == EnrolmentStatus.CANCELLED) {
            return List.of();
        }
        Map<Long, Enrolment> after = byId(enrolments);
        after.put(target.id(), target.withStatus(EnrolmentStatus.CANCELLED, now, 0));
        return settle(enrolments, after, capacity, now, List.of(target.id()));
    }

    /** After a capacity change: as many waiting people promoted as now fit; a decrease un-enrols no one. */
    public static List<Enrolment> capacityChanged(List<Enrolment> enrolments, int capacity, Instant now) {
        return settle(enrolments, byId(enrolments), capacity, now, List.of());
    }

    /**
     * Moves a waiting person to {@code newPosition} (1-based, kept within 1..waitlist length) and
     * renumbers the line; returns the enrolments whose position changed.
     *
     * @throws InvalidInputException when the enrolment is not waitlisted
     */
    public static List<Enrolment> move(List<Enrolment> enrolments, long enrolmentId, int newPosition) {
        Enrolment target = find(enrolments, enrolmentId);
        if (target.status() != EnrolmentStatus.WAITLISTED) {
            throw new InvalidInputException(List.of(Problem.of("waitlistPosition", "operations.error.notWaitlisted")));
        }
        List<Enrolment> line = new ArrayList<>(waitlist(enrolments));
        line.remove(target);
        line.add(Math.max(1, Math.min(newPosition, line.size() + 1)) - 1, target);
        List<Enrolment> changed = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            Enrolment e = line.get(i);
            if (e.waitlistPosition() != i + 1) {
                changed.add(e.withStatus(e.status(), e.statusChangedAt(), i + 1));
            }
        }
        return changed;
    }

    /** Promotes into free places, renumbers the line, and lists what differs from {@code before}, {@code first} ids first. */
    private static List<Enrolment> settle(List<Enrolment> before, Map<Long, Enrolment> after, int capacity, Instant now,
                                          List<Long> first) {
        List<Enrolment> current = new ArrayList<>(after.values());
        List<Enrolment> line = waitlist(current);
        int free = capacity - placesTaken(current);
        List<Long> order = new ArrayList<>(first);
        int position = 0;
        for (Enrolment waiting : line) {
            if (free > 0) {
                after.put(waiting.id(), waiting.withStatus(EnrolmentStatus.ENROLLED, now, 0));
                free--;
            } else {
                position++;
                after.put(waiting.id(), waiting.withStatus(waiting.status(), waiting.statusChangedAt(), position));
            }
            order.add(waiting.id());
        }
        Map<Long, Enrolment> old = byId(before);
        List<Enrolment> changed = new ArrayList<>();
        for (Long id : order) {
            Enrolment updated = after.get(id);
            if (!updated.equals(old.get(id))) {
                changed.add(updated);
            }
        }
        return changed;
    }

    private static Enrolment find(List<Enrolment> enrolments, long enrolmentId) {
        return enrolments.stream().filter(e -> e.id() == enrolmentId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no enrolment " + enrolmentId + " on this event"));
    }

    private static Map<Long, Enrolment> byId(List<Enrolment> enrolments) {
        Map<Long, Enrolment> map = new LinkedHashMap<>();
        enrolments.forEach(e -> map.put(e.id(), e));
        return map;
    }
}
