package org.learnops.studio.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.operations.AttendanceMark;
import org.learnops.studio.domain.operations.AttendanceRules;
import org.learnops.studio.domain.operations.AuditAction;
import org.learnops.studio.domain.operations.AuditEntry;
import org.learnops.studio.domain.operations.Booking;
import org.learnops.studio.domain.operations.Cancellation;
import org.learnops.studio.domain.operations.Conflict;
import org.learnops.studio.domain.operations.ConflictDecision;
import org.learnops.studio.domain.operations.ConflictKind;
import org.learnops.studio.domain.operations.ConflictPolicy;
import org.learnops.studio.domain.operations.ConflictRules;
import org.learnops.studio.domain.operations.CostLine;
import org.learnops.studio.domain.operations.Enrolment;
import org.learnops.studio.domain.operations.EnrolmentLine;
import org.learnops.studio.domain.operations.EnrolmentStatus;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.EventFilter;
import org.learnops.studio.domain.operations.EventSummary;
import org.learnops.studio.domain.operations.OperationsRules;
import org.learnops.studio.domain.operations.Recurrence;
import org.learnops.studio.domain.operations.RecurrenceRules;
import org.learnops.studio.domain.operations.Room;
import org.learnops.studio.domain.operations.SeriesEdit;
import org.learnops.studio.domain.operations.Session;
import org.learnops.studio.domain.operations.WaitlistRules;
import org.learnops.studio.error.ConflictException;
import org.learnops.studio.error.InvalidInputException;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.OperationsRepository;
import org.learnops.studio.persistence.OperationsStore;

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

    /**
     * The longest a session may last. Longer sittings are several sessions; the bound also lets the
     * overlap and calendar queries read a short index range (see the store's LONGEST_SESSION).
     */
    public static final Duration LONGEST_SESSION = Duration.ofHours(24);

    private static final String EVENT = "event";
    private static final String SESSION = "session";
    private static final String ENROLMENT = "enrolment";
    private static final String COST = "cost";

    private final OperationsRepository repository;
    private final Clock clock;
    private final String user;

    /** @param user who makes the changes, for the history (the OS user, e.g. {@code System.getProperty("user.name")}) */
    public EventService(OperationsRepository repository, Clock clock, String user) {
        this.repository = repository;
        this.clock = clock;
        this.user = user == null ? "" : user;
    }

    // --- events ---

    /** One page of the events list, filtered and counted in the database; by start date, then id. */
    public List<EventSummary> events(EventFilter filter, int offset, int limit) {
        return repository.inTransaction(store -> store.events(filter, offset, limit));
    }

    public int countEvents(EventFilter filter) {
        return repository.inTransaction(store -> store.countEvents(filter));
    }

    public EventSummary event(long eventId) {
        return repository.inTransaction(store -> store.eventSummary(eventId)
                .orElseThrow(() -> new StudioException("event.error.gone")));
    }

    public Event createEvent(Event event) {
        refuse(OperationsRules.check(event));
        return repository.inTransaction(store -> {
            requireCourse(store, event.courseId());
            Event stored = store.insertEvent(event.withCancellation(Optional.empty()));
            log(store, stored.id(), EVENT, stored.id(), AuditAction.CREATED, "", describe(store, stored));
            return stored;
        });
    }

    /** Saves the event; raising the capacity promotes as many waitlisted people as now fit. Returns those promoted. */
    public List<Enrolment> saveEvent(Event event) {
        refuse(OperationsRules.check(event));
        return repository.inTransaction(store -> {
            Event before = requireEvent(store, event.id());
            requireCourse(store, event.courseId());
            // Cancelling and restoring have their own actions; a save keeps the cancellation as it is.
            Event after = event.withCancellation(before.cancellation());
            long outside = store.sessions(event.id()).stream().filter(s -> !s.isCancelled())
                    .filter(s -> OperationsRules.check(s, after).stream().anyMatch(p -> p.field().equals("start")))
                    .count();
            if (outside > 0) {
                refuse(List.of(Problem.of("startsOn", "operations.error.datesExcludeSessions", outside)));
            }
            store.updateEvent(after);
            String beforeText = describe(store, before);
            String afterText = describe(store, after);
            if (!beforeText.equals(afterText)) {
                log(store, event.id(), EVENT, event.id(), AuditAction.CHANGED, beforeText, afterText);
            }
            if (before.capacity() == after.capacity()) {
                return List.of();
            }
            List<Enrolment> enrolments = store.enrolments(event.id());
            return storeEnrolmentChanges(store, enrolments,
                    WaitlistRules.capacityChanged(enrolments, after.capacity(), now()));
        });
    }

    /** Cancels the event with a required reason; its sessions and enrolments stay as they are. */
    public void cancelEvent(long eventId, String reason) {
        refuse(OperationsRules.reason(reason));
        repository.inTransaction(store -> {
            Event before = requireEvent(store, eventId);
            if (before.isCancelled()) {
                return null;
            }
            Event after = before.withCancellation(Optional.of(new Cancellation(reason.strip(), now(), user)));
            store.updateEvent(after);
            store.raiseSessionRevisions(eventId);
            log(store, eventId, EVENT, eventId, AuditAction.CANCELLED, describe(store, before), describe(store, after));
            return null;
        });
    }

    public void restoreEvent(long eventId) {
        repository.inTransaction(store -> {
            Event before = requireEvent(store, eventId);
            if (!before.isCancelled()) {
                return null;
            }
            Event after = before.withCancellation(Optional.empty());
            store.updateEvent(after);
            store.raiseSessionRevisions(eventId);
            log(store, eventId, EVENT, eventId, AuditAction.RESTORED, describe(store, before), describe(store, after));
            return null;
        });
    }

    // --- sessions and series ---

    /** The event's sessions, cancelled ones included, by start. */
    public List<Session> sessions(long eventId) {
        return repository.inTransaction(store -> store.sessions(eventId));
    }

    /** The conflicts saving {@code candidate} (new: id 0, or changed) would create; cancelled sessions and events are ignored. */
    public List<Conflict> checkConflicts(Session candidate) {
        return repository.inTransaction(store -> conflicts(store, candidate, requireEvent(store, candidate.eventId())));
    }

    public Session addSession(Session session, String overrideReason) {
        Session candidate = withSeries(session, Optional.empty(), 0);
        return repository.inTransaction(store -> {
            Event event = requireEvent(store, candidate.eventId());
            refuse(check(candidate, event));
            List<Conflict> conflicts = conflicts(store, candidate, event);
            ConflictDecision decision = decide(store, conflicts, overrideReason);
            Session stored = store.insertSession(candidate);
            log(store, event.id(), SESSION, stored.id(), AuditAction.CREATED, "", describe(store, stored));
            logOverride(store, event.id(), stored.id(), decision, overrideReason);
            return stored;
        });
    }

    /**
     * Creates the series' sessions (local times kept across daylight-saving changes), all with
     * the given room, link and facilitators, in one transaction. Conflicts of every session count.
     */
    public List<Session> addSeries(long eventId, Recurrence recurrence, Session template, String overrideReason) {
        refuse(OperationsRules.check(recurrence));
        return repository.inTransaction(store -> {
            Event event = requireEvent(store, eventId);
            long seriesId = store.insertSeries(eventId, recurrence);
            List<Session> laidOut = RecurrenceRules.sessions(recurrence,
                    withSeries(template, Optional.of(seriesId), eventId));
            List<Problem> problems = new ArrayList<>();
            List<Conflict> conflicts = new ArrayList<>();
            for (Session session : laidOut) {
                problems.addAll(check(session, event));
                conflicts.addAll(conflicts(store, session, event));
            }
            refuse(problems.stream().distinct().toList());
            ConflictDecision decision = decide(store, conflicts, overrideReason);
            List<Session> stored = new ArrayList<>();
            for (Session session : laidOut) {
                Session saved = store.insertSession(session);
                stored.add(saved);
                log(store, eventId, SESSION, saved.id(), AuditAction.CREATED, "", describe(store, saved));
            }
            if (!stored.isEmpty()) {
                logOverride(store, eventId, stored.get(0).id(), decision, overrideReason);
            }
            return stored;
        });
    }

    /**
     * Saves a changed session. For a session of a series, {@code scope} says whether the change
     * (of start/end time of day, duration, room, link, facilitators) applies to this session only,
     * this and the following ones, or the whole series; a moved date applies to this session only.
     */
    public List<Session> saveSession(Session session, SeriesEdit scope, String overrideReason) {
        return repository.inTransaction(store -> {
            Session original = requireSession(store, session.id());
            Event event = requireEvent(store, original.eventId());
            // The session stays on its event and series and keeps its cancellation (cancel and restore are separate).
            Session edited = new Session(original.id(), original.eventId(), original.seriesId(), session.start(),
                    session.end(), session.zone(), session.roomId(), session.virtualLink(), session.facilitatorIds(),
                    original.cancellation());
            List<Session> changed = original.seriesId().isPresent() && scope != SeriesEdit.THIS_SESSION
                    ? RecurrenceRules.applyEdit(store.seriesSessions(original.seriesId().get()), original, edited, scope)
                    : List.of(edited);
            List<Problem> problems = new ArrayList<>();
            List<Conflict> conflicts = new ArrayList<>();
            for (Session candidate : changed) {
                problems.addAll(check(candidate, event));
                conflicts.addAll(conflicts(store, candidate, event));
            }
            refuse(problems.stream().distinct().toList());
            ConflictDecision decision = decide(store, conflicts, overrideReason);
            List<Session> stored = new ArrayList<>();
            for (Session candidate : changed) {
                Session before = requireSession(store, candidate.id());
                String beforeText = describe(store, before);
                store.updateSession(candidate);
                Session after = requireSession(store, candidate.id());
                log(store, event.id(), SESSION, after.id(), AuditAction.CHANGED, beforeText, describe(store, after));
                stored.add(after);
            }
            logOverride(store, event.id(), original.id(), decision, overrideReason);
            return stored;
        });
    }

    public void cancelSession(long sessionId, SeriesEdit scope, String reason) {
        refuse(OperationsRules.reason(reason));
        repository.inTransaction(store -> {
            Session original = requireSession(store, sessionId);
            Cancellation cancellation = new Cancellation(reason.strip(), now(), user);
            for (Session target : seriesScope(store, original, scope)) {
                if (target.isCancelled()) {
                    continue;
                }
                Session after = target.withCancellation(Optional.of(cancellation));
                store.updateSession(after);
                log(store, target.eventId(), SESSION, target.id(), AuditAction.CANCELLED, describe(store, target),
                        describe(store, after));
            }
            return null;
        });
    }

    public void restoreSession(long sessionId) {
        repository.inTransaction(store -> {
            Session before = requireSession(store, sessionId);
            if (!before.isCancelled()) {
                return null;
            }
            Session after = before.withCancellation(Optional.empty());
            store.updateSession(after);
            log(store, before.eventId(), SESSION, sessionId, AuditAction.RESTORED, describe(store, before),
                    describe(store, after));
            return null;
        });
    }

    public Map<ConflictKind, ConflictPolicy> conflictPolicies() {
        return repository.inTransaction(store -> ConflictRules.withDefaults(store.conflictPolicies()));
    }

    public void setConflictPolicy(ConflictKind kind, ConflictPolicy policy) {
        repository.inTransaction(store -> {
            store.setConflictPolicy(kind, policy);
            return null;
        });
    }

    private static List<Session> seriesScope(OperationsStore store, Session original, SeriesEdit scope) {
        if (original.seriesId().isEmpty() || scope == SeriesEdit.THIS_SESSION) {
            return List.of(original);
        }
        List<Session> series = store.seriesSessions(original.seriesId().get());
        if (scope == SeriesEdit.ALL) {
            return series;
        }
        return series.stream().filter(s -> s.id() == original.id() || !s.startInstant().isBefore(original.startInstant()))
                .toList();
    }

    private static Session withSeries(Session session, Optional<Long> seriesId, long eventId) {
        return new Session(0, eventId == 0 ? session.eventId() : eventId, seriesId, session.start(), session.end(),
                session.zone(), session.roomId(), session.virtualLink(), session.facilitatorIds(), Optional.empty());
    }

    private static List<Problem> check(Session session, Event event) {
        List<Problem> problems = new ArrayList<>(OperationsRules.check(session, event));
        if (session.end().isAfter(session.start())
                && Duration.between(session.startInstant(), session.endInstant()).compareTo(LONGEST_SESSION) > 0) {
            problems.add(Problem.of("end", "operations.error.sessionTooLong", LONGEST_SESSION.toHours()));
        }
        return problems;
    }

    private static List<Conflict> conflicts(OperationsStore store, Session candidate, Event event) {
        if (candidate.isCancelled() || event.isCancelled()) {
            return List.of();
        }
        List<Session> others = store.overlappingSessions(candidate.startInstant(), candidate.endInstant());
        Set<Long> eventIds = new HashSet<>();
        eventIds.add(event.id());
        others.forEach(s -> eventIds.add(s.eventId()));
        Map<Long, List<Long>> holders = store.placeHolders(eventIds);
        List<Booking> bookings = others.stream()
                .map(s -> new Booking(s, Set.copyOf(holders.getOrDefault(s.eventId(), List.of())), false)).toList();
        Set<Long> participants = Set.copyOf(holders.getOrDefault(event.id(), List.of()));
        Map<Long, Room> rooms = new HashMap<>();
        candidate.roomId().flatMap(store::room).ifPresent(room -> rooms.put(room.id(), room));
        Set<Long> people = new LinkedHashSet<>(candidate.facilitatorIds());
        people.addAll(participants);
        return ConflictRules.find(candidate, event.capacity(), participants, bookings, rooms, store.personNames(people));
    }

    private static ConflictDecision decide(OperationsStore store, List<Conflict> conflicts, String overrideReason) {
        ConflictDecision decision = ConflictRules.decide(conflicts, store.conflictPolicies(), overrideReason);
        if (!decision.saveable()) {
            throw new ConflictException(decision.refused().stream().map(EventService::problem).toList(),
                    decision.blocking().isEmpty());
        }
        return decision;
    }

    private static Problem problem(Conflict conflict) {
        return Problem.of("conflict", conflict.kind().messageKey(), conflict.subjectName(), conflict.otherSessionId());
    }

    private void logOverride(OperationsStore store, long eventId, long sessionId, ConflictDecision decision,
                             String overrideReason) {
        if (decision.overridden()) {
            log(store, eventId, SESSION, sessionId, AuditAction.CONFLICT_OVERRIDDEN, "",
                    HistoryText.override(overrideReason, decision.needingReason()));
        }
    }

    // --- enrolments and waitlist ---

    /** The event's enrolments with names: holding a place first, then the waitlist in order, then cancelled. */
    public List<EnrolmentLine> enrolments(long eventId) {
        List<EnrolmentLine> lines = repository.inTransaction(store -> store.enrolmentLines(eventId));
        Map<Long, EnrolmentLine> byId = lines.stream()
                .collect(Collectors.toMap(l -> l.enrolment().id(), l -> l));
        List<Enrolment> all = lines.stream().map(EnrolmentLine::enrolment).toList();
        Comparator<Enrolment> byTime = Comparator.comparing(Enrolment::enrolledAt).thenComparingLong(Enrolment::id);
        return Stream.of(
                        all.stream().filter(Enrolment::holdsPlace).sorted(byTime),
                        WaitlistRules.waitlist(all).stream(),
                        all.stream().filter(e -> e.status() == EnrolmentStatus.CANCELLED)
                                .sorted(Comparator.comparing(Enrolment::statusChangedAt).thenComparingLong(Enrolment::id)))
                .flatMap(s -> s).map(e -> byId.get(e.id())).toList();
    }

    /** Enrols the person, or waitlists them at the end when the event is full. Refused when they already have an active enrolment. */
    public Enrolment enrol(long eventId, long personId) {
        return repository.inTransaction(store -> {
            Event event = requireEvent(store, eventId);
            if (event.isCancelled()) {
                refuse(List.of(Problem.of("eventId", "operations.error.eventCancelled")));
            }
            String name = store.person(personId).map(p -> p.name())
                    .orElseThrow(() -> new StudioException("person.error.gone"));
            Enrolment stored = store.insertEnrolment(WaitlistRules.enrol(store.enrolments(eventId), event.capacity(),
                    eventId, personId, now()));
            log(store, eventId, ENROLMENT, stored.id(),
                    stored.status() == EnrolmentStatus.WAITLISTED ? AuditAction.WAITLISTED : AuditAction.ENROLLED, "",
                    HistoryText.enrolment(stored, name));
            return stored;
        });
    }

    /** Cancels an enrolment; if it held a place, the first waitlisted person is promoted. Returns those promoted. */
    public List<Enrolment> cancelEnrolment(long enrolmentId) {
        return repository.inTransaction(store -> {
            Enrolment target = store.enrolment(enrolmentId)
                    .orElseThrow(() -> new StudioException("enrolment.error.gone"));
            Event event = requireEvent(store, target.eventId());
            List<Enrolment> before = store.enrolments(event.id());
            return storeEnrolmentChanges(store, before,
                    WaitlistRules.cancel(before, enrolmentId, event.capacity(), now()));
        });
    }

    /** Moves a waitlisted enrolment to a 1-based position on the waitlist. */
    public void moveOnWaitlist(long enrolmentId, int position) {
        repository.inTransaction(store -> {
            Enrolment target = store.enrolment(enrolmentId)
                    .orElseThrow(() -> new StudioException("enrolment.error.gone"));
            List<Enrolment> changed = WaitlistRules.move(store.enrolments(target.eventId()), enrolmentId, position);
            changed.forEach(store::updateEnrolment);
            changed.stream().filter(e -> e.id() == enrolmentId).findFirst().ifPresent(moved -> log(store,
                    moved.eventId(), ENROLMENT, moved.id(), AuditAction.REORDERED,
                    HistoryText.enrolment(target, name(store, target.personId())),
                    HistoryText.enrolment(moved, name(store, target.personId()))));
            return null;
        });
    }

    /**
     * Stores what a waitlist rule changed and writes the history of status changes (renumbered
     * positions are stored without a line of their own). Returns the people promoted to a place.
     */
    private List<Enrolment> storeEnrolmentChanges(OperationsStore store, List<Enrolment> before, List<Enrolment> changed) {
        Map<Long, Enrolment> old = before.stream().collect(Collectors.toMap(Enrolment::id, e -> e));
        List<Enrolment> promoted = new ArrayList<>();
        for (Enrolment after : changed) {
            store.updateEnrolment(after);
            Enrolment was = old.get(after.id());
            if (was == null || was.status() == after.status()) {
                continue;
            }
            AuditAction action;
            if (was.status() == EnrolmentStatus.WAITLISTED && after.holdsPlace()) {
                action = AuditAction.PROMOTED;
                promoted.add(after);
            } else if (after.status() == EnrolmentStatus.CANCELLED) {
                action = AuditAction.ENROLMENT_CANCELLED;
            } else {
                action = AuditAction.CHANGED;
            }
            String name = name(store, after.personId());
            log(store, after.eventId(), ENROLMENT, after.id(), action, HistoryText.enrolment(was, name),
                    HistoryText.enrolment(after, name));
        }
        return promoted;
    }

    // --- attendance ---

    /** Marks for one session, by person id (people not marked yet are absent from the map). */
    public Map<Long, AttendanceMark> attendance(long sessionId) {
        return repository.inTransaction(store -> store.attendance(sessionId));
    }

    /**
     * Marks several people at once for one session. Their enrolments follow (see
     * {@code AttendanceRules}): attended at least once = ATTENDED, only no-show marks = NO_SHOW.
     */
    public void markAttendance(long sessionId, Collection<Long> personIds, AttendanceMark mark) {
        if (personIds.isEmpty()) {
            return;
        }
        repository.inTransaction(store -> {
            Session session = requireSession(store, sessionId);
            Instant now = now();
            List<Long> people = personIds.stream().distinct().toList();
            Map<Long, AttendanceMark> before = store.attendance(sessionId);
            for (Long personId : people) {
                store.mark(sessionId, personId, mark, now);
            }
            Map<Long, String> names = store.personNames(people);
            String who = people.stream().map(id -> names.getOrDefault(id, "#" + id)).collect(Collectors.joining(", "));
            String was = people.stream().filter(before::containsKey)
                    .map(id -> names.getOrDefault(id, "#" + id) + " " + before.get(id)).collect(Collectors.joining(", "));
            log(store, session.eventId(), SESSION, sessionId, AuditAction.ATTENDANCE_MARKED, was,
                    mark + ": " + who);
            // The enrolments follow the marks: attended once = attended, only no-shows = no-show.
            Map<Long, List<AttendanceMark>> marks = store.eventMarks(session.eventId(), people);
            for (Enrolment enrolment : store.enrolments(session.eventId())) {
                if (!people.contains(enrolment.personId())) {
                    continue;
                }
                EnrolmentStatus status = AttendanceRules.status(enrolment,
                        marks.getOrDefault(enrolment.personId(), List.of()));
                if (status != enrolment.status()) {
                    Enrolment after = enrolment.withStatus(status, now, enrolment.waitlistPosition());
                    store.updateEnrolment(after);
                    String name = names.getOrDefault(enrolment.personId(), "#" + enrolment.personId());
                    log(store, session.eventId(), ENROLMENT, enrolment.id(), AuditAction.CHANGED,
                            HistoryText.enrolment(enrolment, name), HistoryText.enrolment(after, name));
                }
            }
            return null;
        });
    }

    // --- costs ---

    public List<CostLine> costs(long eventId) {
        return repository.inTransaction(store -> store.costs(eventId));
    }

    public CostLine addCost(CostLine cost) {
        refuse(OperationsRules.check(cost));
        return repository.inTransaction(store -> {
            requireEvent(store, cost.eventId());
            CostLine stored = store.insertCost(cost);
            log(store, stored.eventId(), COST, stored.id(), AuditAction.CREATED, "", HistoryText.cost(stored));
            return stored;
        });
    }

    public void saveCost(CostLine cost) {
        refuse(OperationsRules.check(cost));
        repository.inTransaction(store -> {
            CostLine before = store.cost(cost.id()).orElseThrow(() -> new StudioException("cost.error.gone"));
            store.updateCost(new CostLine(cost.id(), before.eventId(), cost.category(), cost.amount(), cost.currency(),
                    cost.note()));
            CostLine after = store.cost(cost.id()).orElseThrow();
            log(store, before.eventId(), COST, cost.id(), AuditAction.CHANGED, HistoryText.cost(before),
                    HistoryText.cost(after));
            return null;
        });
    }

    public void deleteCost(long costId) {
        setCostDeleted(costId, true);
    }

    public void restoreCost(long costId) {
        setCostDeleted(costId, false);
    }

    private void setCostDeleted(long costId, boolean deleted) {
        repository.inTransaction(store -> {
            CostLine cost = store.cost(costId).orElseThrow(() -> new StudioException("cost.error.gone"));
            store.setCostDeleted(costId, deleted);
            String text = HistoryText.cost(cost);
            log(store, cost.eventId(), COST, costId, deleted ? AuditAction.DELETED : AuditAction.RESTORED,
                    deleted ? text : "", deleted ? "" : text);
            return null;
        });
    }

    // --- history ---

    /** The event's history, oldest first. */
    public List<AuditEntry> history(long eventId) {
        return repository.inTransaction(store -> store.history(eventId));
    }

    // --- helpers ---

    private Instant now() {
        return clock.instant();
    }

    private void log(OperationsStore store, long eventId, String recordType, long recordId, AuditAction action,
                     String before, String after) {
        store.append(new AuditEntry(0, now(), user, eventId, recordType, recordId, action, before, after));
    }

    private static Event requireEvent(OperationsStore store, long eventId) {
        return store.event(eventId).orElseThrow(() -> new StudioException("event.error.gone"));
    }

    private static Session requireSession(OperationsStore store, long sessionId) {
        return store.session(sessionId).orElseThrow(() -> new StudioException("session.error.gone"));
    }

    private static void requireCourse(OperationsStore store, long courseId) {
        if (store.course(courseId).isEmpty()) {
            throw new InvalidInputException(List.of(Problem.of("courseId", "operations.error.courseRequired")));
        }
    }

    private static String name(OperationsStore store, long personId) {
        return store.person(personId).map(p -> p.name()).orElse("#" + personId);
    }

    private static String describe(OperationsStore store, Event event) {
        String course = store.course(event.courseId()).map(c -> c.title()).orElse("");
        String coordinator = event.coordinatorId().flatMap(store::person).map(p -> p.name()).orElse("");
        return HistoryText.event(event, course, coordinator);
    }

    private static String describe(OperationsStore store, Session session) {
        String room = session.roomId().flatMap(store::room).map(Room::name).orElse("");
        return HistoryText.session(session, room, store.personNames(session.facilitatorIds()));
    }

    private static void refuse(List<Problem> problems) {
        DirectoryService.refuse(problems);
    }
}
