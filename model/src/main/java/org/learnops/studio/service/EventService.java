package org.learnops.studio.service;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.learnops.studio.domain.operations.AttendanceMark;
import org.learnops.studio.domain.operations.AuditEntry;
import org.learnops.studio.domain.operations.Conflict;
import org.learnops.studio.domain.operations.ConflictKind;
import org.learnops.studio.domain.operations.ConflictPolicy;
import org.learnops.studio.domain.operations.CostLine;
import org.learnops.studio.domain.operations.Enrolment;
import org.learnops.studio.domain.operations.EnrolmentLine;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.EventFilter;
import org.learnops.studio.domain.operations.EventSummary;
import org.learnops.studio.domain.operations.Recurrence;
import org.learnops.studio.domain.operations.SeriesEdit;
import org.learnops.studio.domain.operations.Session;
import org.learnops.studio.persistence.OperationsRepository;

/**
 * A coordinator's daily work on events: events, sessions and series, enrolments and the waitlist,
 * attendance, costs, cancelling and restoring. Every change is checked by the domain rules (bad
 * input throws {@code InvalidInputException} with problems per field), stored in one transaction
 * and appended to the event's history with the operating-system user.
 *
 * <p>Conflicts: {@link #checkConflicts(Session)} lists them while the user edits. A save applies
 * each conflict kind's policy: WARN saves; BLOCK throws {@code ConflictException} (the conflicts
 * it refuses); OVERRIDE_WITH_REASON throws {@code ConflictException} unless a non-blank
 * {@code overrideReason} is given, and then saves and logs the override with the reason.
 */
public class EventService {

    private final OperationsRepository repository;
    private final Clock clock;
    private final String user;

    /** @param user who makes the changes, for the history (the OS user, e.g. {@code System.getProperty("user.name")}) */
    public EventService(OperationsRepository repository, Clock clock, String user) {
        this.repository = repository;
        this.clock = clock;
        this.user = user;
    }

    // --- events ---

    /** One page of the events list, filtered and counted in the database; by start date, then id. */
    public List<EventSummary> events(EventFilter filter, int offset, int limit) { throw new UnsupportedOperationException("issue 5"); }

    public int countEvents(EventFilter filter) { throw new UnsupportedOperationException("issue 5"); }

    public EventSummary event(long eventId) { throw new UnsupportedOperationException("issue 5"); }

    public Event createEvent(Event event) { throw new UnsupportedOperationException("issue 5"); }

    /** Saves the event; raising the capacity promotes as many waitlisted people as now fit. Returns those promoted. */
    public List<Enrolment> saveEvent(Event event) { throw new UnsupportedOperationException("issue 5"); }

    /** Cancels the event with a required reason; its sessions and enrolments stay as they are. */
    public void cancelEvent(long eventId, String reason) { throw new UnsupportedOperationException("issue 5"); }

    public void restoreEvent(long eventId) { throw new UnsupportedOperationException("issue 5"); }

    // --- sessions and series ---

    /** The event's sessions, cancelled ones included, by start. */
    public List<Session> sessions(long eventId) { throw new UnsupportedOperationException("issue 5"); }

    /** The conflicts saving {@code candidate} (new: id 0, or changed) would create; cancelled sessions and events are ignored. */
    public List<Conflict> checkConflicts(Session candidate) { throw new UnsupportedOperationException("issue 5"); }

    public Session addSession(Session session, String overrideReason) { throw new UnsupportedOperationException("issue 5"); }

    /**
     * Creates the series' sessions (local times kept across daylight-saving changes), all with
     * the given room, link and facilitators, in one transaction. Conflicts of every session count.
     */
    public List<Session> addSeries(long eventId, Recurrence recurrence, Session template, String overrideReason) { throw new UnsupportedOperationException("issue 5"); }

    /**
     * Saves a changed session. For a session of a series, {@code scope} says whether the change
     * (of start/end time of day, duration, room, link, facilitators) applies to this session only,
     * this and the following ones, or the whole series; a moved date applies to this session only.
     */
    public List<Session> saveSession(Session session, SeriesEdit scope, String overrideReason) { throw new UnsupportedOperationException("issue 5"); }

    public void cancelSession(long sessionId, SeriesEdit scope, String reason) { throw new UnsupportedOperationException("issue 5"); }

    public void restoreSession(long sessionId) { throw new UnsupportedOperationException("issue 5"); }

    public Map<ConflictKind, ConflictPolicy> conflictPolicies() { throw new UnsupportedOperationException("issue 5"); }

    public void setConflictPolicy(ConflictKind kind, ConflictPolicy policy) { throw new UnsupportedOperationException("issue 5"); }

    // --- enrolments and waitlist ---

    /** The event's enrolments with names: holding a place first, then the waitlist in order, then cancelled. */
    public List<EnrolmentLine> enrolments(long eventId) { throw new UnsupportedOperationException("issue 5"); }

    /** Enrols the person, or waitlists them at the end when the event is full. Refused when they already have an active enrolment. */
    public Enrolment enrol(long eventId, long personId) { throw new UnsupportedOperationException("issue 5"); }

    /** Cancels an enrolment; if it held a place, the first waitlisted person is promoted. Returns those promoted. */
    public List<Enrolment> cancelEnrolment(long enrolmentId) { throw new UnsupportedOperationException("issue 5"); }

    /** Moves a waitlisted enrolment to a 1-based position on the waitlist. */
    public void moveOnWaitlist(long enrolmentId, int position) { throw new UnsupportedOperationException("issue 5"); }

    // --- attendance ---

    /** Marks for one session, by person id (people not marked yet are absent from the map). */
    public Map<Long, AttendanceMark> attendance(long sessionId) { throw new UnsupportedOperationException("issue 5"); }

    /** Marks several people at once for one session. */
    public void markAttendance(long sessionId, Collection<Long> personIds, AttendanceMark mark) { throw new UnsupportedOperationException("issue 5"); }

    // --- costs ---

    public List<CostLine> costs(long eventId) { throw new UnsupportedOperationException("issue 5"); }

    public CostLine addCost(CostLine cost) { throw new UnsupportedOperationException("issue 5"); }

    public void saveCost(CostLine cost) { throw new UnsupportedOperationException("issue 5"); }

    public void deleteCost(long costId) { throw new UnsupportedOperationException("issue 5"); }

    public void restoreCost(long costId) { throw new UnsupportedOperationException("issue 5"); }

    // --- history ---

    /** The event's history, oldest first. */
    public List<AuditEntry> history(long eventId) { throw new UnsupportedOperationException("issue 5"); }
}
