package org.learnops.studio.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.learnops.studio.domain.operations.AttendanceLine;
import org.learnops.studio.domain.operations.AttendanceMark;
import org.learnops.studio.domain.operations.AuditEntry;
import org.learnops.studio.domain.operations.CalendarEntry;
import org.learnops.studio.domain.operations.CalendarFilter;
import org.learnops.studio.domain.operations.ConflictKind;
import org.learnops.studio.domain.operations.ConflictPolicy;
import org.learnops.studio.domain.operations.CostLine;
import org.learnops.studio.domain.operations.Course;
import org.learnops.studio.domain.operations.DueItem;
import org.learnops.studio.domain.operations.Enrolment;
import org.learnops.studio.domain.operations.EnrolmentLine;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.EventFilter;
import org.learnops.studio.domain.operations.EventSummary;
import org.learnops.studio.domain.operations.EventTotals;
import org.learnops.studio.domain.operations.KpiFigures;
import org.learnops.studio.domain.operations.ParticipantLine;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.PersonRole;
import org.learnops.studio.domain.operations.RecordCounts;
import org.learnops.studio.domain.operations.Recurrence;
import org.learnops.studio.domain.operations.Room;
import org.learnops.studio.domain.operations.Session;
import org.learnops.studio.domain.questions.Metric;
import org.learnops.studio.domain.questions.MetricScope;

/**
 * The operation's records as one transaction sees them (see {@link OperationsRepository}). Reads of
 * single records return empty when there is no such row; updates of a row that does not exist
 * throw {@code StudioException} with a "...error.gone" key.
 */
public interface OperationsStore {

    // --- people, rooms, courses ---

    /** People not deleted, by name (then id); only those having {@code role}, if given. */
    List<Person> people(Optional<PersonRole> role);

    /** People not deleted whose name or e-mail contains {@code text} ignoring case, by name, at most {@code limit}. */
    List<Person> findPeople(String text, int limit);

    /** The person, deleted or not. */
    Optional<Person> person(long id);

    /** Names of these people, deleted or not. */
    Map<Long, String> personNames(Collection<Long> ids);

    Person insertPerson(Person person);

    void updatePerson(Person person);

    void setPersonDeleted(long id, boolean deleted);

    /** Enrolments of the person, any status. */
    int enrolmentCount(long personId);

    /** Rooms not deleted, by name. */
    List<Room> rooms();

    /** The room, deleted or not. */
    Optional<Room> room(long id);

    Room insertRoom(Room room);

    void updateRoom(Room room);

    void setRoomDeleted(long id, boolean deleted);

    /** Courses not deleted, by title. */
    List<Course> courses();

    /** The course, deleted or not. */
    Optional<Course> course(long id);

    Course insertCourse(Course course);

    void updateCourse(Course course);

    void setCourseDeleted(long id, boolean deleted);

    // --- events ---

    /** One page of the events list, filtered in the database, by start date then id. */
    List<EventSummary> events(EventFilter filter, int offset, int limit);

    int countEvents(EventFilter filter);

    Optional<EventSummary> eventSummary(long id);

    Optional<Event> event(long id);

    Event insertEvent(Event event);

    /** Stores every column of the event, its cancellation included. */
    void updateEvent(Event event);

    // --- series and sessions ---

    long insertSeries(long eventId, Recurrence recurrence);

    Optional<Recurrence> series(long seriesId);

    void updateSeries(long seriesId, Recurrence recurrence);

    /** The event's sessions, cancelled ones included, by start. */
    List<Session> sessions(long eventId);

    /** The series' sessions, cancelled ones included, by start. */
    List<Session> seriesSessions(long seriesId);

    Optional<Session> session(long id);

    /** Stores a new session (revision 0) with its facilitators. */
    Session insertSession(Session session);

    /** Stores every column of the session (its cancellation included), replaces its facilitators and raises its revision. */
    void updateSession(Session session);

    /** Raises the revision of every session of the event (its cancellation or restoration changes them all in a calendar). */
    void raiseSessionRevisions(long eventId);

    /** The session's revision: the .ics SEQUENCE. */
    int sessionRevision(long sessionId);

    /**
     * Sessions, not cancelled, of events not cancelled, overlapping [from, to): start before
     * {@code to} and end after {@code from} (touching intervals do not overlap).
     */
    List<Session> overlappingSessions(Instant from, Instant to);

    /** For each of the events, the people holding a place on it. */
    Map<Long, List<Long>> placeHolders(Collection<Long> eventIds);

    // --- enrolments and attendance ---

    /** The event's enrolments with the people's names (deleted people included). */
    List<EnrolmentLine> enrolmentLines(long eventId);

    List<Enrolment> enrolments(long eventId);

    Optional<Enrolment> enrolment(long id);

    Enrolment insertEnrolment(Enrolment enrolment);

    /** Stores status, timestamps and position; an enrolment once waitlisted stays marked as such (waitlist conversion). */
    void updateEnrolment(Enrolment enrolment);

    /** Marks for one session, by person id. */
    Map<Long, AttendanceMark> attendance(long sessionId);

    /** For each of the people, their marks on any session of the event. */
    Map<Long, List<AttendanceMark>> eventMarks(long eventId, Collection<Long> personIds);

    /** Sets (or replaces) the person's mark for the session. */
    void mark(long sessionId, long personId, AttendanceMark mark, Instant at);

    // --- costs ---

    /** The event's cost lines not deleted, in the order they were added. */
    List<CostLine> costs(long eventId);

    /** The cost line, deleted or not. */
    Optional<CostLine> cost(long id);

    CostLine insertCost(CostLine cost);

    void updateCost(CostLine cost);

    void setCostDeleted(long id, boolean deleted);

    // --- history ---

    /** Appends a line to the history; nothing ever changes or removes it. */
    AuditEntry append(AuditEntry entry);

    /** The event's history, oldest first. */
    List<AuditEntry> history(long eventId);

    // --- conflict policies and identity ---

    Map<ConflictKind, ConflictPolicy> conflictPolicies();

    void setConflictPolicy(ConflictKind kind, ConflictPolicy policy);

    /** This workspace's random identity (created on first use), the domain of .ics UIDs. */
    String workspaceUid();

    // --- calendar, due list, figures ---

    /** Sessions overlapping the filter's range, with names, by start. */
    List<CalendarEntry> calendar(CalendarFilter filter);

    /** The event's sessions with names, cancelled ones included, by start. */
    List<CalendarEntry> eventCalendar(long eventId);

    /** The series' sessions with names, cancelled ones included, by start. */
    List<CalendarEntry> seriesCalendar(long seriesId);

    /**
     * The "what's due" list at {@code now}: sessions starting before {@code horizonEnd}; events
     * starting from {@code today} to {@code lastDay} below their minimum; waitlists with people
     * waiting while places are free or the event starts by {@code lastDay}; sessions ended since
     * {@code lookBack} whose attendance is not fully marked. Cancelled events and sessions are left out.
     * An item about a whole event is due at its first session's start, or at the start of its first
     * day in {@code zone} while it has no session.
     */
    List<DueItem> due(Instant now, Instant horizonEnd, LocalDate today, LocalDate lastDay, Instant lookBack, ZoneId zone);

    /**
     * The counts {@code metric} is computed from, summed in the database for the scope (an activity
     * area through the event's course, a business area through the event's, ignoring case and outer
     * spaces). Only the counts that metric needs are summed; the others are 0.
     */
    EventTotals totals(MetricScope scope, Metric metric);

    // --- key figures for the stakeholder deck (grouped in the database, a row per group) ---

    /** Sessions per month of their local start, not cancelled, of events not cancelled; by month. */
    default List<KpiFigures.MonthCount> sessionsPerMonth() {
        return KpiFigures.held(sessionsByMonth());
    }

    /** Every session per month of its local start, with those cancelled (themselves or with their event); by month. */
    List<KpiFigures.MonthSessions> sessionsByMonth();

    /** Places held and capacity per activity area, over the events counted for fill rate. */
    List<KpiFigures.AreaFill> fillByActivityArea();

    /** Cost lines not deleted summed per category and currency, by category then currency. */
    List<KpiFigures.CategoryCost> costsByCategory();

    // --- bulk loading (the large demo workspace, imports) ---

    /** One attendance mark to store in bulk. */
    record MarkRow(long sessionId, long personId, AttendanceMark mark, Instant at) {
    }

    /** Stores the people with JDBC batches; returns their new ids in the same order. */
    List<Long> insertPeople(List<Person> people);

    /** Stores the events (every column, cancellation included) in batches; returns their ids in order. */
    List<Long> insertEvents(List<Event> events);

    /** Stores the sessions (revision 0) with their facilitators in batches; returns their ids in order. */
    List<Long> insertSessions(List<Session> sessions);

    /** Stores the enrolments as given (status, timestamps, waitlist position) in batches; returns their ids in order. */
    List<Long> insertEnrolments(List<Enrolment> enrolments);

    /** Stores the attendance marks in batches (no existing mark for the same session and person). */
    void insertMarks(List<MarkRow> marks);

    /** Stores the cost lines in batches; returns their ids in order. */
    List<Long> insertCosts(List<CostLine> costs);

    // --- whole tables, for exports: read row by row in id order, never all in memory ---

    /** How many rows {@code forEach…} will hand over. */
    RecordCounts counts();

    /** Every event, cancelled ones included, with its list figures, by id. */
    void forEachEvent(Consumer<EventSummary> row);

    /** Every session, cancelled ones included, with course and room names (no facilitator names), by id. */
    void forEachSession(Consumer<CalendarEntry> row);

    /** Every enrolment, any status, with course, name and e-mail, by id. */
    void forEachEnrolment(Consumer<ParticipantLine> row);

    /** Every attendance mark, by session then person. */
    void forEachMark(Consumer<AttendanceLine> row);

    /** Every cost line not deleted, by id. */
    void forEachCost(Consumer<CostLine> row);
}
