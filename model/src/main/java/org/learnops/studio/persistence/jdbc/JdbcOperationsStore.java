package org.learnops.studio.persistence.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.learnops.studio.domain.operations.AttendanceLine;
import org.learnops.studio.domain.operations.AttendanceMark;
import org.learnops.studio.domain.operations.AuditAction;
import org.learnops.studio.domain.operations.AuditEntry;
import org.learnops.studio.domain.operations.CalendarEntry;
import org.learnops.studio.domain.operations.CalendarFilter;
import org.learnops.studio.domain.operations.Cancellation;
import org.learnops.studio.domain.operations.ConflictKind;
import org.learnops.studio.domain.operations.ConflictPolicy;
import org.learnops.studio.domain.operations.CostCategory;
import org.learnops.studio.domain.operations.CostLine;
import org.learnops.studio.domain.operations.Course;
import org.learnops.studio.domain.operations.CourseFormat;
import org.learnops.studio.domain.operations.DueItem;
import org.learnops.studio.domain.operations.DueKind;
import org.learnops.studio.domain.operations.Enrolment;
import org.learnops.studio.domain.operations.EnrolmentLine;
import org.learnops.studio.domain.operations.EnrolmentStatus;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.EventFilter;
import org.learnops.studio.domain.operations.EventStatus;
import org.learnops.studio.domain.operations.EventSummary;
import org.learnops.studio.domain.operations.EventTotals;
import org.learnops.studio.domain.operations.Frequency;
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
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.OperationsStore;

/**
 * The operation's tables on one connection, inside the transaction {@link JdbcOperationsRepository}
 * opened. Instants are stored as UTC TIMESTAMPs.
 */
final class JdbcOperationsStore implements OperationsStore {

    /**
     * No session lasts longer than this (the service refuses longer ones), so an overlap query can
     * bound start_utc from below as well and read a short index range instead of half the table.
     */
    static final Duration LONGEST_SESSION = Duration.ofHours(24);

    private static final String HELD = "('ENROLLED', 'ATTENDED', 'NO_SHOW')";
    private static final String EVENT_COLUMNS = "e.id, e.course_id, e.coordinator_id, e.business_area, e.region,"
            + " e.capacity, e.minimum_enrolment, e.status, e.starts_on, e.ends_on, e.cancel_reason, e.cancelled_at,"
            + " e.cancelled_by";
    private static final String SUMMARY_SELECT = "SELECT " + EVENT_COLUMNS + ", c.title, p.name,"
            + " (SELECT COUNT(*) FROM event_session s WHERE s.event_id = e.id AND s.cancelled_at IS NULL),"
            + " (SELECT COUNT(*) FROM enrolment n WHERE n.event_id = e.id AND n.status IN " + HELD + "),"
            + " (SELECT COUNT(*) FROM enrolment n WHERE n.event_id = e.id AND n.status = 'WAITLISTED')"
            + " FROM training_event e JOIN course c ON c.id = e.course_id LEFT JOIN person p ON p.id = e.coordinator_id";
    private static final String HELD_COUNT = "(SELECT COUNT(*) FROM enrolment n WHERE n.event_id = e.id AND n.status IN "
            + HELD + ")";
    private static final String SESSION_COLUMNS = "s.id, s.event_id, s.series_id, s.local_start, s.local_end, s.zone,"
            + " s.room_id, s.virtual_link, s.cancel_reason, s.cancelled_at, s.cancelled_by";
    private static final String CALENDAR_SELECT = "SELECT " + SESSION_COLUMNS + ", c.title, r.name,"
            + " CASE WHEN e.cancelled_at IS NULL THEN 0 ELSE 1 END, s.revision"
            + " FROM event_session s JOIN training_event e ON e.id = s.event_id JOIN course c ON c.id = e.course_id"
            + " LEFT JOIN room r ON r.id = s.room_id";
    private static final String PERSON_COLUMNS = "id, name, email, business_area, region, is_facilitator, is_participant,"
            + " is_coordinator";
    private static final int IN_CHUNK = 500;

    @FunctionalInterface
    private interface Sql<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private final Connection connection;
    // What this transaction changed, recounted by settleFigures() (decision 0014).
    private final Set<Long> changedEvents = new LinkedHashSet<>();
    private final Set<Long> changedSessions = new LinkedHashSet<>();
    private final Set<Long> changedEnrolments = new LinkedHashSet<>();
    private final Set<Long> changedCosts = new LinkedHashSet<>();
    private final Set<Long> changedCourses = new LinkedHashSet<>();

    JdbcOperationsStore(Connection connection) {
        this.connection = connection;
    }

    // --- people ---

    @Override
    public List<Person> people(Optional<PersonRole> role) {
        String where = role.map(r -> " AND " + roleColumn(r) + " = TRUE").orElse("");
        return query("SELECT " + PERSON_COLUMNS + " FROM person WHERE deleted = FALSE" + where + " ORDER BY name, id",
                List.of(), JdbcOperationsStore::person);
    }

    @Override
    public List<Person> findPeople(String text, int limit) {
        String pattern = likePattern(text);
        return query("SELECT " + PERSON_COLUMNS + " FROM person WHERE deleted = FALSE AND (LOWER(name) LIKE ? ESCAPE '!'"
                        + " OR LOWER(email) LIKE ? ESCAPE '!') ORDER BY name, id LIMIT ?",
                List.of(pattern, pattern, Math.max(0, limit)), JdbcOperationsStore::person);
    }

    @Override
    public Optional<Person> person(long id) {
        return first("SELECT " + PERSON_COLUMNS + " FROM person WHERE id = ?", List.of(id), JdbcOperationsStore::person);
    }

    @Override
    public Map<Long, String> personNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            for (Object[] row : query("SELECT id, name FROM person WHERE id IN (" + placeholders(chunk.size()) + ")",
                    new ArrayList<>(chunk), rows -> new Object[] {rows.getLong(1), rows.getString(2)})) {
                names.put((Long) row[0], (String) row[1]);
            }
        }
        return names;
    }

    @Override
    public Person insertPerson(Person person) {
        long id = insert("INSERT INTO person (name, email, business_area, region, is_facilitator, is_participant,"
                + " is_coordinator) VALUES (?, ?, ?, ?, ?, ?, ?)", personValues(person));
        return person(id).orElseThrow();
    }

    @Override
    public void updatePerson(Person person) {
        List<Object> values = personValues(person);
        values.add(person.id());
        update("UPDATE person SET name = ?, email = ?, business_area = ?, region = ?, is_facilitator = ?,"
                + " is_participant = ?, is_coordinator = ? WHERE id = ? AND deleted = FALSE", values, "person.error.gone");
    }

    @Override
    public void setPersonDeleted(long id, boolean deleted) {
        update("UPDATE person SET deleted = ? WHERE id = ?", List.of(deleted, id), "person.error.gone");
    }

    @Override
    public int enrolmentCount(long personId) {
        return count("SELECT COUNT(*) FROM enrolment WHERE person_id = ?", List.of(personId));
    }

    static List<Object> personValues(Person person) {
        return new ArrayList<>(List.of(person.name().strip(), person.email().strip(), person.businessArea().strip(),
                person.region().strip(), person.has(PersonRole.FACILITATOR), person.has(PersonRole.PARTICIPANT),
                person.has(PersonRole.COORDINATOR)));
    }

    private static Person person(ResultSet rows) throws SQLException {
        Set<PersonRole> roles = EnumSet.noneOf(PersonRole.class);
        if (rows.getBoolean(6)) {
            roles.add(PersonRole.FACILITATOR);
        }
        if (rows.getBoolean(7)) {
            roles.add(PersonRole.PARTICIPANT);
        }
        if (rows.getBoolean(8)) {
            roles.add(PersonRole.COORDINATOR);
        }
        return new Person(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                roles);
    }

    private static String roleColumn(PersonRole role) {
        return switch (role) {
            case FACILITATOR -> "is_facilitator";
            case PARTICIPANT -> "is_participant";
            case COORDINATOR -> "is_coordinator";
        };
    }

    // --- rooms ---

    @Override
    public List<Room> rooms() {
        return query("SELECT id, name, site, capacity, is_virtual, link FROM room WHERE deleted = FALSE ORDER BY name, id",
                List.of(), JdbcOperationsStore::room);
    }

    @Override
    public Optional<Room> room(long id) {
        return first("SELECT id, name, site, capacity, is_virtual, link FROM room WHERE id = ?", List.of(id),
                JdbcOperationsStore::room);
    }

    @Override
    public Room insertRoom(Room room) {
        long id = insert("INSERT INTO room (name, site, capacity, is_virtual, link) VALUES (?, ?, ?, ?, ?)", roomValues(room));
        return room(id).orElseThrow();
    }

    @Override
    public void updateRoom(Room room) {
        List<Object> values = roomValues(room);
        values.add(room.id());
        update("UPDATE room SET name = ?, site = ?, capacity = ?, is_virtual = ?, link = ? WHERE id = ? AND deleted = FALSE",
                values, "room.error.gone");
    }

    @Override
    public void setRoomDeleted(long id, boolean deleted) {
        update("UPDATE room SET deleted = ? WHERE id = ?", List.of(deleted, id), "room.error.gone");
    }

    private static List<Object> roomValues(Room room) {
        return new ArrayList<>(List.of(room.name().strip(), room.site().strip(), room.capacity(), room.virtual(),
                room.link().strip()));
    }

    private static Room room(ResultSet rows) throws SQLException {
        return new Room(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getInt(4), rows.getBoolean(5),
                rows.getString(6));
    }

    // --- courses ---

    private static final String COURSE_COLUMNS = "id, title, activity_area_id, format, default_duration_minutes, owner_id";

    @Override
    public List<Course> courses() {
        return query("SELECT " + COURSE_COLUMNS + " FROM course WHERE deleted = FALSE ORDER BY title, id", List.of(),
                JdbcOperationsStore::course);
    }

    @Override
    public Optional<Course> course(long id) {
        return first("SELECT " + COURSE_COLUMNS + " FROM course WHERE id = ?", List.of(id), JdbcOperationsStore::course);
    }

    @Override
    public Course insertCourse(Course course) {
        long id = insert("INSERT INTO course (title, activity_area_id, format, default_duration_minutes, owner_id)"
                + " VALUES (?, ?, ?, ?, ?)", courseValues(course));
        return course(id).orElseThrow();
    }

    @Override
    public void updateCourse(Course course) {
        List<Object> values = courseValues(course);
        values.add(course.id());
        if (!course(course.id()).map(Course::activityAreaId).equals(Optional.of(course.activityAreaId()))) {
            changedCourses.add(course.id()); // its events move to another area's figures
        }
        update("UPDATE course SET title = ?, activity_area_id = ?, format = ?, default_duration_minutes = ?, owner_id = ?"
                + " WHERE id = ? AND deleted = FALSE", values, "course.error.gone");
    }

    @Override
    public void setCourseDeleted(long id, boolean deleted) {
        update("UPDATE course SET deleted = ? WHERE id = ?", List.of(deleted, id), "course.error.gone");
    }

    private static List<Object> courseValues(Course course) {
        List<Object> values = new ArrayList<>();
        values.add(course.title().strip());
        values.add(nullable(course.activityAreaId()));
        values.add(course.format().name());
        values.add(course.defaultDurationMinutes());
        values.add(nullable(course.ownerId()));
        return values;
    }

    private static Course course(ResultSet rows) throws SQLException {
        return new Course(rows.getLong(1), rows.getString(2), optionalLong(rows, 3), CourseFormat.valueOf(rows.getString(4)),
                rows.getInt(5), optionalLong(rows, 6));
    }

    // --- events ---

    @Override
    public List<EventSummary> events(EventFilter filter, int offset, int limit) {
        List<Object> values = new ArrayList<>();
        String where = eventWhere(filter, values);
        values.add(Math.max(0, limit));
        values.add(Math.max(0, offset));
        return query(SUMMARY_SELECT + where + " ORDER BY e.starts_on, e.id LIMIT ? OFFSET ?", values,
                JdbcOperationsStore::summary);
    }

    @Override
    public int countEvents(EventFilter filter) {
        List<Object> values = new ArrayList<>();
        String where = eventWhere(filter, values);
        return count("SELECT COUNT(*) FROM training_event e" + where, values);
    }

    private static String eventWhere(EventFilter filter, List<Object> values) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (!filter.text().isEmpty()) {
            String pattern = likePattern(filter.text());
            // Courses and coordinators are matched once in their own (small) tables, not once per event
            // through the joins: per keystroke, the 100,000 events are read once, without lookups.
            where.append(" AND (e.course_id IN (SELECT id FROM course WHERE LOWER(title) LIKE ? ESCAPE '!')"
                    + " OR LOWER(e.business_area) LIKE ? ESCAPE '!' OR LOWER(e.region) LIKE ? ESCAPE '!'"
                    + " OR e.coordinator_id IN (SELECT id FROM person WHERE LOWER(name) LIKE ? ESCAPE '!'))");
            values.addAll(List.of(pattern, pattern, pattern, pattern));
        }
        if (filter.status().isPresent()) {
            EventStatus status = filter.status().get();
            switch (status) {
                case CANCELLED -> where.append(" AND e.cancelled_at IS NOT NULL");
                case FULL -> where.append(" AND e.cancelled_at IS NULL AND e.status = 'OPEN' AND " + HELD_COUNT
                        + " >= e.capacity");
                case OPEN -> where.append(" AND e.cancelled_at IS NULL AND e.status = 'OPEN' AND " + HELD_COUNT
                        + " < e.capacity");
                default -> {
                    where.append(" AND e.cancelled_at IS NULL AND e.status = ?");
                    values.add(status.name());
                }
            }
        } else if (!filter.includeCancelled()) {
            where.append(" AND e.cancelled_at IS NULL");
        }
        filter.coordinatorId().ifPresent(id -> {
            where.append(" AND e.coordinator_id = ?");
            values.add(id);
        });
        if (!filter.businessArea().isEmpty()) {
            where.append(" AND LOWER(e.business_area) = ?");
            values.add(filter.businessArea().toLowerCase(Locale.ROOT));
        }
        filter.from().ifPresent(day -> {
            where.append(" AND e.ends_on >= ?");
            values.add(day);
        });
        filter.to().ifPresent(day -> {
            where.append(" AND e.starts_on <= ?");
            values.add(day);
        });
        return where.toString();
    }

    @Override
    public Optional<EventSummary> eventSummary(long id) {
        return first(SUMMARY_SELECT + " WHERE e.id = ?", List.of(id), JdbcOperationsStore::summary);
    }

    @Override
    public Optional<Event> event(long id) {
        return first("SELECT " + EVENT_COLUMNS + " FROM training_event e WHERE e.id = ?", List.of(id),
                JdbcOperationsStore::event);
    }

    @Override
    public Event insertEvent(Event event) {
        long id = insert("INSERT INTO training_event (course_id, coordinator_id, business_area, region, capacity,"
                + " minimum_enrolment, status, starts_on, ends_on, cancel_reason, cancelled_at, cancelled_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", eventValues(event));
        changedEvents.add(id);
        return event(id).orElseThrow();
    }

    @Override
    public void updateEvent(Event event) {
        List<Object> values = eventValues(event);
        values.add(event.id());
        update("UPDATE training_event SET course_id = ?, coordinator_id = ?, business_area = ?, region = ?, capacity = ?,"
                + " minimum_enrolment = ?, status = ?, starts_on = ?, ends_on = ?, cancel_reason = ?, cancelled_at = ?,"
                + " cancelled_by = ? WHERE id = ?", values, "event.error.gone");
        changedEvents.add(event.id());
    }

    static List<Object> eventValues(Event event) {
        List<Object> values = new ArrayList<>();
        values.add(event.courseId());
        values.add(nullable(event.coordinatorId()));
        values.add(event.businessArea().strip());
        values.add(event.region().strip());
        values.add(event.capacity());
        values.add(event.minimumEnrolment());
        values.add(event.status().name());
        values.add(event.startsOn());
        values.add(event.endsOn());
        addCancellation(values, event.cancellation());
        return values;
    }

    private static Event event(ResultSet rows) throws SQLException {
        return new Event(rows.getLong(1), rows.getLong(2), optionalLong(rows, 3), rows.getString(4), rows.getString(5),
                rows.getInt(6), rows.getInt(7), EventStatus.valueOf(rows.getString(8)), rows.getObject(9, LocalDate.class),
                rows.getObject(10, LocalDate.class), cancellation(rows, 11));
    }

    private static EventSummary summary(ResultSet rows) throws SQLException {
        return new EventSummary(event(rows), rows.getString(14), rows.getString(15), rows.getInt(16), rows.getInt(17),
                rows.getInt(18));
    }

    // --- series ---

    @Override
    public long insertSeries(long eventId, Recurrence recurrence) {
        List<Object> values = new ArrayList<>();
        values.add(eventId);
        values.addAll(seriesValues(recurrence));
        return insert("INSERT INTO session_series (event_id, frequency, weekdays, session_count, first_date, start_time,"
                + " end_time, zone) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", values);
    }

    @Override
    public Optional<Recurrence> series(long seriesId) {
        return first("SELECT frequency, weekdays, session_count, first_date, start_time, end_time, zone"
                + " FROM session_series WHERE id = ?", List.of(seriesId), rows -> new Recurrence(
                Frequency.valueOf(rows.getString(1)), weekdays(rows.getString(2)), rows.getInt(3),
                rows.getObject(4, LocalDate.class), rows.getObject(5, LocalTime.class), rows.getObject(6, LocalTime.class),
                ZoneId.of(rows.getString(7))));
    }

    @Override
    public void updateSeries(long seriesId, Recurrence recurrence) {
        List<Object> values = seriesValues(recurrence);
        values.add(seriesId);
        update("UPDATE session_series SET frequency = ?, weekdays = ?, session_count = ?, first_date = ?, start_time = ?,"
                + " end_time = ?, zone = ? WHERE id = ?", values, "series.error.gone");
    }

    private static List<Object> seriesValues(Recurrence recurrence) {
        String weekdays = recurrence.weekdays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        return new ArrayList<>(List.of(recurrence.frequency().name(), weekdays, recurrence.count(), recurrence.firstDate(),
                recurrence.startTime(), recurrence.endTime(), recurrence.zone().getId()));
    }

    private static Set<DayOfWeek> weekdays(String text) {
        return text.isBlank() ? Set.of()
                : Arrays.stream(text.split(",")).map(DayOfWeek::valueOf).collect(Collectors.toSet());
    }

    // --- sessions ---

    @Override
    public List<Session> sessions(long eventId) {
        return withFacilitators(query("SELECT " + SESSION_COLUMNS + " FROM event_session s WHERE s.event_id = ?"
                + " ORDER BY s.start_utc, s.id", List.of(eventId), JdbcOperationsStore::sessionWithoutFacilitators));
    }

    @Override
    public List<Session> seriesSessions(long seriesId) {
        return withFacilitators(query("SELECT " + SESSION_COLUMNS + " FROM event_session s WHERE s.series_id = ?"
                + " ORDER BY s.start_utc, s.id", List.of(seriesId), JdbcOperationsStore::sessionWithoutFacilitators));
    }

    @Override
    public Optional<Session> session(long id) {
        return withFacilitators(query("SELECT " + SESSION_COLUMNS + " FROM event_session s WHERE s.id = ?", List.of(id),
                JdbcOperationsStore::sessionWithoutFacilitators)).stream().findFirst();
    }

    @Override
    public Session insertSession(Session session) {
        List<Object> values = new ArrayList<>();
        values.add(session.eventId());
        values.addAll(sessionValues(session));
        long id = insert("INSERT INTO event_session (event_id, series_id, local_start, local_end, zone, start_utc, end_utc,"
                + " room_id, virtual_link, cancel_reason, cancelled_at, cancelled_by, revision)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", values);
        changedEvents.add(session.eventId());
        writeFacilitators(id, session.facilitatorIds());
        return session(id).orElseThrow();
    }

    @Override
    public void updateSession(Session session) {
        List<Object> values = sessionValues(session);
        values.add(session.id());
        update("UPDATE event_session SET series_id = ?, local_start = ?, local_end = ?, zone = ?, start_utc = ?, end_utc = ?,"
                + " room_id = ?, virtual_link = ?, cancel_reason = ?, cancelled_at = ?, cancelled_by = ?,"
                + " revision = revision + 1 WHERE id = ?", values, "session.error.gone");
        changedSessions.add(session.id());
        execute("DELETE FROM session_facilitator WHERE session_id = ?", List.of(session.id()));
        writeFacilitators(session.id(), session.facilitatorIds());
    }

    @Override
    public void raiseSessionRevisions(long eventId) {
        execute("UPDATE event_session SET revision = revision + 1 WHERE event_id = ?", List.of(eventId));
    }

    @Override
    public int sessionRevision(long sessionId) {
        return first("SELECT revision FROM event_session WHERE id = ?", List.of(sessionId), rows -> rows.getInt(1))
                .orElseThrow(() -> new StudioException("session.error.gone"));
    }

    @Override
    public List<Session> overlappingSessions(Instant from, Instant to) {
        // The event table is only probed per session found, so the start_utc index drives the query.
        return withFacilitators(query("SELECT " + SESSION_COLUMNS + " FROM event_session s"
                        + " WHERE s.start_utc < ? AND s.start_utc > ? AND s.end_utc > ? AND s.cancelled_at IS NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM training_event e WHERE e.id = s.event_id"
                        + " AND e.cancelled_at IS NOT NULL) ORDER BY s.start_utc, s.id",
                List.of(utc(to), utc(from.minus(LONGEST_SESSION)), utc(from)),
                JdbcOperationsStore::sessionWithoutFacilitators));
    }

    @Override
    public Map<Long, List<Long>> placeHolders(Collection<Long> eventIds) {
        Map<Long, List<Long>> holders = new HashMap<>();
        for (List<Long> chunk : chunks(eventIds)) {
            for (long[] row : query("SELECT event_id, person_id FROM enrolment WHERE status IN " + HELD
                    + " AND event_id IN (" + placeholders(chunk.size()) + ") ORDER BY event_id, id", new ArrayList<>(chunk),
                    rows -> new long[] {rows.getLong(1), rows.getLong(2)})) {
                holders.computeIfAbsent(row[0], id -> new ArrayList<>()).add(row[1]);
            }
        }
        return holders;
    }

    static List<Object> sessionValues(Session session) {
        List<Object> values = new ArrayList<>();
        values.add(nullable(session.seriesId()));
        values.add(session.start());
        values.add(session.end());
        values.add(session.zone().getId());
        values.add(utc(session.startInstant()));
        values.add(utc(session.endInstant()));
        values.add(nullable(session.roomId()));
        values.add(session.virtualLink().strip());
        addCancellation(values, session.cancellation());
        return values;
    }

    private void writeFacilitators(long sessionId, List<Long> facilitatorIds) {
        int ordinal = 0;
        for (Long personId : facilitatorIds.stream().distinct().toList()) {
            execute("INSERT INTO session_facilitator (session_id, person_id, ordinal) VALUES (?, ?, ?)",
                    List.of(sessionId, personId, ordinal++));
        }
    }

    /** Sessions read without facilitators carry an empty list; this fills them in (one query per 500 sessions). */
    private List<Session> withFacilitators(List<Session> sessions) {
        if (sessions.isEmpty()) {
            return sessions;
        }
        Map<Long, List<Long>> facilitators = facilitators(sessions.stream().map(Session::id).toList());
        return sessions.stream().map(s -> new Session(s.id(), s.eventId(), s.seriesId(), s.start(), s.end(), s.zone(),
                s.roomId(), s.virtualLink(), facilitators.getOrDefault(s.id(), List.of()), s.cancellation())).toList();
    }

    private Map<Long, List<Long>> facilitators(Collection<Long> sessionIds) {
        Map<Long, List<Long>> facilitators = new HashMap<>();
        for (List<Long> chunk : chunks(sessionIds)) {
            for (long[] row : query("SELECT session_id, person_id FROM session_facilitator WHERE session_id IN ("
                    + placeholders(chunk.size()) + ") ORDER BY session_id, ordinal", new ArrayList<>(chunk),
                    rows -> new long[] {rows.getLong(1), rows.getLong(2)})) {
                facilitators.computeIfAbsent(row[0], id -> new ArrayList<>()).add(row[1]);
            }
        }
        return facilitators;
    }

    private static Session sessionWithoutFacilitators(ResultSet rows) throws SQLException {
        return new Session(rows.getLong(1), rows.getLong(2), optionalLong(rows, 3), rows.getObject(4, LocalDateTime.class),
                rows.getObject(5, LocalDateTime.class), ZoneId.of(rows.getString(6)), optionalLong(rows, 7),
                rows.getString(8), List.of(), cancellation(rows, 9));
    }

    // --- enrolments ---

    private static final String ENROLMENT_COLUMNS = "n.id, n.event_id, n.person_id, n.status, n.enrolled_at,"
            + " n.status_changed_at, n.waitlist_position";

    @Override
    public List<EnrolmentLine> enrolmentLines(long eventId) {
        return query("SELECT " + ENROLMENT_COLUMNS + ", p.name FROM enrolment n JOIN person p ON p.id = n.person_id"
                        + " WHERE n.event_id = ? ORDER BY n.id", List.of(eventId),
                rows -> new EnrolmentLine(enrolment(rows), rows.getString(8)));
    }

    @Override
    public List<Enrolment> enrolments(long eventId) {
        return query("SELECT " + ENROLMENT_COLUMNS + " FROM enrolment n WHERE n.event_id = ? ORDER BY n.id",
                List.of(eventId), JdbcOperationsStore::enrolment);
    }

    @Override
    public Optional<Enrolment> enrolment(long id) {
        return first("SELECT " + ENROLMENT_COLUMNS + " FROM enrolment n WHERE n.id = ?", List.of(id),
                JdbcOperationsStore::enrolment);
    }

    @Override
    public Enrolment insertEnrolment(Enrolment enrolment) {
        long id = insert("INSERT INTO enrolment (event_id, person_id, status, enrolled_at, status_changed_at,"
                        + " waitlist_position, was_waitlisted) VALUES (?, ?, ?, ?, ?, ?, ?)",
                List.of(enrolment.eventId(), enrolment.personId(), enrolment.status().name(), utc(enrolment.enrolledAt()),
                        utc(enrolment.statusChangedAt()), enrolment.waitlistPosition(),
                        enrolment.status() == EnrolmentStatus.WAITLISTED));
        changedEvents.add(enrolment.eventId());
        return enrolment(id).orElseThrow();
    }

    @Override
    public void updateEnrolment(Enrolment enrolment) {
        update("UPDATE enrolment SET status = ?, status_changed_at = ?, waitlist_position = ?,"
                        + " was_waitlisted = CASE WHEN ? THEN TRUE ELSE was_waitlisted END WHERE id = ?",
                List.of(enrolment.status().name(), utc(enrolment.statusChangedAt()), enrolment.waitlistPosition(),
                        enrolment.status() == EnrolmentStatus.WAITLISTED, enrolment.id()),
                "enrolment.error.gone");
        changedEnrolments.add(enrolment.id());
    }

    private static Enrolment enrolment(ResultSet rows) throws SQLException {
        return new Enrolment(rows.getLong(1), rows.getLong(2), rows.getLong(3), EnrolmentStatus.valueOf(rows.getString(4)),
                instant(rows, 5), instant(rows, 6), rows.getInt(7));
    }

    // --- attendance ---

    @Override
    public Map<Long, AttendanceMark> attendance(long sessionId) {
        Map<Long, AttendanceMark> marks = new LinkedHashMap<>();
        for (Object[] row : query("SELECT person_id, mark FROM attendance WHERE session_id = ? ORDER BY person_id",
                List.of(sessionId), rows -> new Object[] {rows.getLong(1), AttendanceMark.valueOf(rows.getString(2))})) {
            marks.put((Long) row[0], (AttendanceMark) row[1]);
        }
        return marks;
    }

    @Override
    public Map<Long, List<AttendanceMark>> eventMarks(long eventId, Collection<Long> personIds) {
        Map<Long, List<AttendanceMark>> marks = new HashMap<>();
        for (List<Long> chunk : chunks(personIds)) {
            List<Object> values = new ArrayList<>();
            values.add(eventId);
            values.addAll(chunk);
            for (Object[] row : query("SELECT a.person_id, a.mark FROM attendance a JOIN event_session s ON s.id = a.session_id"
                    + " WHERE s.event_id = ? AND a.person_id IN (" + placeholders(chunk.size()) + ")", values,
                    rows -> new Object[] {rows.getLong(1), AttendanceMark.valueOf(rows.getString(2))})) {
                marks.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((AttendanceMark) row[1]);
            }
        }
        return marks;
    }

    @Override
    public void mark(long sessionId, long personId, AttendanceMark mark, Instant at) {
        int changed = execute("UPDATE attendance SET mark = ?, marked_at = ? WHERE session_id = ? AND person_id = ?",
                List.of(mark.name(), utc(at), sessionId, personId));
        if (changed == 0) {
            execute("INSERT INTO attendance (session_id, person_id, mark, marked_at) VALUES (?, ?, ?, ?)",
                    List.of(sessionId, personId, mark.name(), utc(at)));
        }
        changedSessions.add(sessionId);
    }

    // --- costs ---

    private static final String COST_COLUMNS = "id, event_id, category, amount, currency, note";

    @Override
    public List<CostLine> costs(long eventId) {
        return query("SELECT " + COST_COLUMNS + " FROM cost_line WHERE event_id = ? AND deleted = FALSE ORDER BY id",
                List.of(eventId), JdbcOperationsStore::cost);
    }

    @Override
    public Optional<CostLine> cost(long id) {
        return first("SELECT " + COST_COLUMNS + " FROM cost_line WHERE id = ?", List.of(id), JdbcOperationsStore::cost);
    }

    @Override
    public CostLine insertCost(CostLine cost) {
        long id = insert("INSERT INTO cost_line (event_id, category, amount, currency, note) VALUES (?, ?, ?, ?, ?)",
                List.of(cost.eventId(), cost.category().name(), cost.amount(), cost.currency().strip().toUpperCase(Locale.ROOT),
                        cost.note().strip()));
        changedEvents.add(cost.eventId());
        return cost(id).orElseThrow();
    }

    @Override
    public void updateCost(CostLine cost) {
        update("UPDATE cost_line SET category = ?, amount = ?, currency = ?, note = ? WHERE id = ? AND deleted = FALSE",
                List.of(cost.category().name(), cost.amount(), cost.currency().strip().toUpperCase(Locale.ROOT),
                        cost.note().strip(), cost.id()), "cost.error.gone");
        changedCosts.add(cost.id());
    }

    @Override
    public void setCostDeleted(long id, boolean deleted) {
        update("UPDATE cost_line SET deleted = ? WHERE id = ?", List.of(deleted, id), "cost.error.gone");
        changedCosts.add(id);
    }

    private static CostLine cost(ResultSet rows) throws SQLException {
        return new CostLine(rows.getLong(1), rows.getLong(2), CostCategory.valueOf(rows.getString(3)),
                rows.getBigDecimal(4), rows.getString(5), rows.getString(6));
    }

    // --- history ---

    @Override
    public AuditEntry append(AuditEntry entry) {
        long id = insert("INSERT INTO audit_entry (happened_at, user_name, event_id, record_type, record_id, action,"
                        + " before_text, after_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                List.of(utc(entry.at()), clip(entry.user(), 200), entry.eventId(), entry.recordType(), entry.recordId(),
                        entry.action().name(), clip(entry.before(), 20000), clip(entry.after(), 20000)));
        return history("WHERE id = ?", id).get(0);
    }

    @Override
    public List<AuditEntry> history(long eventId) {
        return history("WHERE event_id = ?", eventId);
    }

    private List<AuditEntry> history(String where, long value) {
        return query("SELECT id, happened_at, user_name, event_id, record_type, record_id, action, before_text, after_text"
                        + " FROM audit_entry " + where + " ORDER BY id", List.of(value),
                rows -> new AuditEntry(rows.getLong(1), instant(rows, 2), rows.getString(3), rows.getLong(4),
                        rows.getString(5), rows.getLong(6), AuditAction.valueOf(rows.getString(7)), rows.getString(8),
                        rows.getString(9)));
    }

    // --- policies and identity ---

    @Override
    public Map<ConflictKind, ConflictPolicy> conflictPolicies() {
        Map<ConflictKind, ConflictPolicy> policies = new EnumMap<>(ConflictKind.class);
        for (String[] row : query("SELECT kind, policy FROM conflict_policy", List.of(),
                rows -> new String[] {rows.getString(1), rows.getString(2)})) {
            policies.put(ConflictKind.valueOf(row[0]), ConflictPolicy.valueOf(row[1]));
        }
        for (ConflictKind kind : ConflictKind.values()) {
            policies.putIfAbsent(kind, ConflictPolicy.WARN);
        }
        return policies;
    }

    @Override
    public void setConflictPolicy(ConflictKind kind, ConflictPolicy policy) {
        if (execute("UPDATE conflict_policy SET policy = ? WHERE kind = ?", List.of(policy.name(), kind.name())) == 0) {
            execute("INSERT INTO conflict_policy (kind, policy) VALUES (?, ?)", List.of(kind.name(), policy.name()));
        }
    }

    @Override
    public String workspaceUid() {
        Optional<String> uid = first("SELECT uid_domain FROM workspace_identity WHERE id = 1", List.of(),
                rows -> rows.getString(1));
        if (uid.isPresent()) {
            return uid.get();
        }
        String created = UUID.randomUUID().toString();
        execute("INSERT INTO workspace_identity (id, uid_domain) VALUES (1, ?)", List.of(created));
        return created;
    }

    // --- calendar ---

    @Override
    public List<CalendarEntry> calendar(CalendarFilter filter) {
        StringBuilder where = new StringBuilder(" WHERE s.start_utc < ? AND s.start_utc > ? AND s.end_utc > ?");
        List<Object> values = new ArrayList<>(List.of(utc(filter.to()), utc(filter.from().minus(LONGEST_SESSION)),
                utc(filter.from())));
        filter.coordinatorId().ifPresent(id -> {
            where.append(" AND e.coordinator_id = ?");
            values.add(id);
        });
        filter.roomId().ifPresent(id -> {
            where.append(" AND s.room_id = ?");
            values.add(id);
        });
        filter.facilitatorId().ifPresent(id -> {
            where.append(" AND EXISTS (SELECT 1 FROM session_facilitator f WHERE f.session_id = s.id AND f.person_id = ?)");
            values.add(id);
        });
        if (!filter.businessArea().isEmpty()) {
            where.append(" AND LOWER(e.business_area) = ?");
            values.add(filter.businessArea().toLowerCase(Locale.ROOT));
        }
        if (!filter.includeCancelled()) {
            where.append(" AND s.cancelled_at IS NULL AND e.cancelled_at IS NULL");
        }
        return calendarEntries(CALENDAR_SELECT + where + " ORDER BY s.start_utc, s.id", values);
    }

    @Override
    public List<CalendarEntry> eventCalendar(long eventId) {
        return calendarEntries(CALENDAR_SELECT + " WHERE s.event_id = ? ORDER BY s.start_utc, s.id", List.of(eventId));
    }

    @Override
    public List<CalendarEntry> seriesCalendar(long seriesId) {
        return calendarEntries(CALENDAR_SELECT + " WHERE s.series_id = ? ORDER BY s.start_utc, s.id", List.of(seriesId));
    }

    private record CalendarRow(Session session, String title, String room, boolean eventCancelled, int revision) {
    }

    private List<CalendarEntry> calendarEntries(String sql, List<Object> values) {
        List<CalendarRow> rows = query(sql, values, r -> new CalendarRow(sessionWithoutFacilitators(r), r.getString(12),
                r.getString(13), r.getInt(14) == 1, r.getInt(15)));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> facilitators = facilitators(rows.stream().map(r -> r.session().id()).toList());
        Map<Long, String> names = personNames(facilitators.values().stream().flatMap(List::stream).distinct().toList());
        List<CalendarEntry> entries = new ArrayList<>();
        for (CalendarRow row : rows) {
            List<Long> ids = facilitators.getOrDefault(row.session().id(), List.of());
            Session s = row.session();
            Session session = new Session(s.id(), s.eventId(), s.seriesId(), s.start(), s.end(), s.zone(), s.roomId(),
                    s.virtualLink(), ids, s.cancellation());
            entries.add(new CalendarEntry(session, row.title(), row.room(),
                    ids.stream().map(id -> names.getOrDefault(id, "")).toList(), row.eventCancelled(), row.revision()));
        }
        return entries;
    }

    // --- due list ---

    @Override
    public List<DueItem> due(Instant now, Instant horizonEnd, LocalDate today, LocalDate lastDay, Instant lookBack,
                             ZoneId zone) {
        List<DueItem> items = new ArrayList<>();
        String live = " s.cancelled_at IS NULL AND e.cancelled_at IS NULL";
        items.addAll(query("SELECT s.event_id, s.id, c.title, s.start_utc, " + HELD_COUNT
                        + " FROM event_session s JOIN training_event e ON e.id = s.event_id JOIN course c ON c.id = e.course_id"
                        + " WHERE s.start_utc >= ? AND s.start_utc < ? AND" + live,
                List.of(utc(now), utc(horizonEnd)), rows -> new DueItem(DueKind.UPCOMING_SESSION, rows.getLong(1),
                        rows.getLong(2), rows.getString(3), instant(rows, 4), rows.getInt(5))));
        String firstSession = "(SELECT MIN(s.start_utc) FROM event_session s WHERE s.event_id = e.id AND s.cancelled_at IS NULL)";
        Row<DueItem> belowMinimum = rows -> new DueItem(DueKind.BELOW_MINIMUM, rows.getLong(1), 0, rows.getString(2),
                eventMoment(rows, 3, 4, zone), rows.getInt(5));
        items.addAll(query("SELECT e.id, c.title, " + firstSession + ", e.starts_on, " + HELD_COUNT
                        + " FROM training_event e JOIN course c ON c.id = e.course_id"
                        + " WHERE e.cancelled_at IS NULL AND e.starts_on >= ? AND e.starts_on <= ?"
                        + " AND e.minimum_enrolment > " + HELD_COUNT,
                List.of(today, lastDay), belowMinimum));
        // Driven by the waiting enrolments (index by status), not by every event still to come.
        items.addAll(query("SELECT e.id, c.title, " + firstSession + ", e.starts_on, COUNT(*)"
                        + " FROM enrolment w JOIN training_event e ON e.id = w.event_id JOIN course c ON c.id = e.course_id"
                        + " WHERE w.status = 'WAITLISTED' AND e.cancelled_at IS NULL AND e.status <> 'COMPLETED'"
                        + " AND e.ends_on >= ? AND (" + HELD_COUNT + " < e.capacity OR e.starts_on <= ?)"
                        + " GROUP BY e.id, c.title, e.starts_on",
                List.of(today, lastDay), rows -> new DueItem(DueKind.WAITLIST_WAITING, rows.getLong(1), 0,
                        rows.getString(2), eventMoment(rows, 3, 4, zone), rows.getInt(5))));
        String unmarked = "(SELECT COUNT(*) FROM enrolment n WHERE n.event_id = s.event_id AND n.status IN " + HELD
                + " AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id AND a.person_id = n.person_id))";
        items.addAll(query("SELECT s.event_id, s.id, c.title, s.start_utc, " + unmarked
                        + " FROM event_session s JOIN training_event e ON e.id = s.event_id JOIN course c ON c.id = e.course_id"
                        + " WHERE s.end_utc >= ? AND s.end_utc <= ? AND s.start_utc > ? AND" + live,
                List.of(utc(lookBack), utc(now), utc(lookBack.minus(LONGEST_SESSION))),
                rows -> new DueItem(DueKind.ATTENDANCE_NOT_MARKED, rows.getLong(1), rows.getLong(2), rows.getString(3),
                        instant(rows, 4), rows.getInt(5)))
                .stream().filter(item -> item.count() > 0).toList());
        items.sort(Comparator.comparing(DueItem::when).thenComparing(DueItem::kind).thenComparingLong(DueItem::eventId)
                .thenComparingLong(DueItem::sessionId));
        return items;
    }

    private static Instant eventMoment(ResultSet rows, int firstSession, int startsOn, ZoneId zone) throws SQLException {
        LocalDateTime first = rows.getObject(firstSession, LocalDateTime.class);
        return first != null ? first.toInstant(ZoneOffset.UTC)
                : rows.getObject(startsOn, LocalDate.class).atStartOfDay(zone).toInstant();
    }

    // --- figures: read from the sums kept by JdbcFigureBook (decision 0014) ---

    @Override
    public EventTotals totals(MetricScope scope, Metric metric) {
        settleFigures();
        List<Object> scoped = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        scope.activityAreaId().ifPresent(id -> {
            where.append(" AND area_key = ?");
            scoped.add(id);
        });
        if (!scope.businessArea().isEmpty()) {
            where.append(" AND business_key = ?");
            scoped.add(scope.businessArea().toLowerCase(Locale.ROOT));
        }
        switch (metric) {
            case EVENT_FILL_RATE -> {
                long[] fill = sums("places_held", "capacity", where, scoped);
                return new EventTotals(fill[0], fill[1], 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, "", 0);
            }
            case ATTENDANCE_RATE, NO_SHOW_RATE -> {
                long[] marks = sums("attended_marks", "no_show_marks", where, scoped);
                return new EventTotals(0, 0, marks[0], marks[1], 0, 0, 0, 0, BigDecimal.ZERO, "", 0);
            }
            case SESSIONS_CANCELLED -> {
                long[] sessions = sums("sessions", "cancelled_sessions", where, scoped);
                return new EventTotals(0, 0, 0, 0, sessions[0], sessions[1], 0, 0, BigDecimal.ZERO, "", 0);
            }
            case WAITLIST_CONVERSION -> {
                long[] waitlist = sums("ever_waitlisted", "waitlist_converted", where, scoped);
                return new EventTotals(0, 0, 0, 0, 0, 0, waitlist[0], waitlist[1], BigDecimal.ZERO, "", 0);
            }
            case COST_PER_ATTENDED_LEARNER -> {
                // The cost of the events someone attended, in the currency of most of their lines.
                record Currency(String code, long lines, BigDecimal amount) {
                }
                Optional<Currency> main = query("SELECT currency, SUM(lines), SUM(amount) FROM figure_attended_costs"
                                + where + " GROUP BY currency", scoped,
                        rows -> new Currency(rows.getString(1), rows.getLong(2), rows.getBigDecimal(3))).stream()
                        .min(Comparator.comparingLong(Currency::lines).reversed().thenComparing(Currency::code));
                if (main.isEmpty()) {
                    return EventTotals.NONE;
                }
                long learners = sums("attended_learners", "events", where, scoped)[0];
                return new EventTotals(0, 0, 0, 0, 0, 0, 0, 0, main.get().amount(), main.get().code(), learners);
            }
            default -> {
                return EventTotals.NONE;
            }
        }
    }

    private long[] sums(String first, String second, CharSequence where, List<Object> values) {
        return first("SELECT COALESCE(SUM(" + first + "), 0), COALESCE(SUM(" + second + "), 0) FROM figure_totals" + where,
                values, rows -> new long[] {rows.getLong(1), rows.getLong(2)}).orElseThrow();
    }

    // --- key figures ---

    @Override
    public List<KpiFigures.MonthSessions> sessionsByMonth() {
        settleFigures();
        return query("SELECT session_year, session_month, sessions, cancelled FROM figure_months"
                        + " ORDER BY session_year, session_month", List.of(),
                rows -> new KpiFigures.MonthSessions(java.time.YearMonth.of(rows.getInt(1), rows.getInt(2)),
                        rows.getLong(3), rows.getLong(4)));
    }

    @Override
    public List<KpiFigures.AreaFill> fillByActivityArea() {
        settleFigures();
        // the courses without area (key -1) first, as the live query's NULL sorted first
        return query("SELECT area_key, SUM(capacity), SUM(places_held) FROM figure_totals GROUP BY area_key"
                        + " HAVING SUM(fillable_events) > 0 ORDER BY area_key", List.of(),
                rows -> new KpiFigures.AreaFill(rows.getLong(1) == JdbcFigureBook.NO_AREA ? Optional.empty()
                        : Optional.of(rows.getLong(1)), rows.getLong(3), rows.getLong(2)));
    }

    @Override
    public List<KpiFigures.CategoryCost> costsByCategory() {
        settleFigures();
        return query("SELECT category, currency, amount FROM figure_costs ORDER BY category, currency", List.of(),
                rows -> new KpiFigures.CategoryCost(CostCategory.valueOf(rows.getString(1)), rows.getString(2),
                        rows.getBigDecimal(3)));
    }

    // --- keeping the figures (decision 0014) ---

    /**
     * Recounts the figures of every event this transaction changed, before it commits and before
     * any figure is read in it: an edit marks its event (or course) and the recount runs once per
     * event, however many sessions, marks or lines the edit wrote.
     */
    void settleFigures() {
        if (changedEvents.isEmpty() && changedSessions.isEmpty() && changedEnrolments.isEmpty()
                && changedCosts.isEmpty() && changedCourses.isEmpty()) {
            return;
        }
        Set<Long> events = new LinkedHashSet<>(changedEvents);
        events.addAll(eventsOf("event_session", changedSessions));
        events.addAll(eventsOf("enrolment", changedEnrolments));
        events.addAll(eventsOf("cost_line", changedCosts));
        JdbcFigureBook book = new JdbcFigureBook(connection);
        sql(() -> {
            // events first: an event that moved to a course recounted below has its row already
            book.eventsChanged(events);
            for (long course : changedCourses) {
                book.courseChanged(course);
            }
            return null;
        });
        changedEvents.clear();
        changedSessions.clear();
        changedEnrolments.clear();
        changedCosts.clear();
        changedCourses.clear();
    }

    private Set<Long> eventsOf(String table, Collection<Long> ids) {
        Set<Long> events = new LinkedHashSet<>();
        for (List<Long> chunk : chunks(ids)) {
            events.addAll(query("SELECT DISTINCT event_id FROM " + table + " WHERE id IN (" + placeholders(chunk.size())
                    + ")", new ArrayList<>(chunk), rows -> rows.getLong(1)));
        }
        return events;
    }

    // --- whole tables, for exports ---

    /** Rows the driver fetches at a time while an export streams a table. */
    private static final int STREAM_FETCH = 1000;

    // The whole-table reads start from the table they stream and reach the names with LEFT JOINs.
    // Every column they join on is NOT NULL with a foreign key, so a LEFT JOIN gives exactly the
    // rows of an inner join; but H2 keeps outer joins in the order written, so it reads the table
    // in its key order and needs no sort, where an inner join let it start from the smallest table
    // (courses) and then sort every row, on disk beyond 40,000 rows.
    private static final String EXPORT_EVENTS = "SELECT " + EVENT_COLUMNS + ", c.title, p.name,"
            + " (SELECT COUNT(*) FROM event_session s WHERE s.event_id = e.id AND s.cancelled_at IS NULL),"
            + " (SELECT COUNT(*) FROM enrolment n WHERE n.event_id = e.id AND n.status IN " + HELD + "),"
            + " (SELECT COUNT(*) FROM enrolment n WHERE n.event_id = e.id AND n.status = 'WAITLISTED')"
            + " FROM training_event e LEFT JOIN course c ON c.id = e.course_id"
            + " LEFT JOIN person p ON p.id = e.coordinator_id ORDER BY e.id";
    private static final String EXPORT_SESSIONS = "SELECT " + SESSION_COLUMNS + ", c.title, r.name,"
            + " CASE WHEN e.cancelled_at IS NULL THEN 0 ELSE 1 END, s.revision"
            + " FROM event_session s LEFT JOIN training_event e ON e.id = s.event_id"
            + " LEFT JOIN course c ON c.id = e.course_id LEFT JOIN room r ON r.id = s.room_id ORDER BY s.id";
    private static final String EXPORT_ENROLMENTS = "SELECT " + ENROLMENT_COLUMNS + ", c.title, p.name, p.email"
            + " FROM enrolment n LEFT JOIN person p ON p.id = n.person_id"
            + " LEFT JOIN training_event e ON e.id = n.event_id LEFT JOIN course c ON c.id = e.course_id ORDER BY n.id";
    /** In the order of attendance's primary key (session, person): H2 walks that index instead of sorting. */
    private static final String EXPORT_MARKS = "SELECT a.session_id, s.event_id, c.title, s.local_start, s.zone,"
            + " p.name, a.mark, a.marked_at FROM attendance a LEFT JOIN event_session s ON s.id = a.session_id"
            + " LEFT JOIN training_event e ON e.id = s.event_id LEFT JOIN course c ON c.id = e.course_id"
            + " LEFT JOIN person p ON p.id = a.person_id ORDER BY a.session_id, a.person_id";

    @Override
    public RecordCounts counts() {
        return first("SELECT (SELECT COUNT(*) FROM training_event), (SELECT COUNT(*) FROM event_session),"
                        + " (SELECT COUNT(*) FROM enrolment), (SELECT COUNT(*) FROM attendance),"
                        + " (SELECT COUNT(*) FROM cost_line WHERE deleted = FALSE)", List.of(),
                rows -> new RecordCounts(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4),
                        rows.getLong(5))).orElseThrow();
    }

    @Override
    public void forEachEvent(Consumer<EventSummary> row) {
        each(EXPORT_EVENTS, JdbcOperationsStore::summary, row);
    }

    @Override
    public void forEachSession(Consumer<CalendarEntry> row) {
        each(EXPORT_SESSIONS, r -> new CalendarEntry(sessionWithoutFacilitators(r), r.getString(12),
                r.getString(13), List.of(), r.getInt(14) == 1, r.getInt(15)), row);
    }

    @Override
    public void forEachEnrolment(Consumer<ParticipantLine> row) {
        each(EXPORT_ENROLMENTS, r -> new ParticipantLine(enrolment(r), r.getString(8), r.getString(9), r.getString(10)),
                row);
    }

    @Override
    public void forEachMark(Consumer<AttendanceLine> row) {
        each(EXPORT_MARKS, r -> new AttendanceLine(r.getLong(1), r.getLong(2), r.getString(3),
                r.getObject(4, LocalDateTime.class), ZoneId.of(r.getString(5)), r.getString(6),
                AttendanceMark.valueOf(r.getString(7)), instant(r, 8)), row);
    }

    @Override
    public void forEachCost(Consumer<CostLine> row) {
        each("SELECT " + COST_COLUMNS + " FROM cost_line WHERE deleted = FALSE ORDER BY id", JdbcOperationsStore::cost, row);
    }

    private <T> void each(String sql, Row<T> reader, Consumer<T> consumer) {
        sql(() -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(STREAM_FETCH);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        consumer.accept(reader.read(rows));
                    }
                }
            }
            return null;
        });
    }

    // --- JDBC plumbing ---

    private <T> T sql(Sql<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StudioException("workspace.error.storage", e, e.getMessage());
        }
    }

    private <T> List<T> query(String sql, List<?> values, Row<T> row) {
        return sql(() -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, values);
                List<T> result = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        result.add(row.read(rows));
                    }
                }
                return result;
            }
        });
    }

    private <T> Optional<T> first(String sql, List<?> values, Row<T> row) {
        List<T> rows = query(sql, values, row);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private int count(String sql, List<?> values) {
        return first(sql, values, rows -> rows.getInt(1)).orElse(0);
    }

    private int execute(String sql, List<?> values) {
        return sql(() -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, values);
                return statement.executeUpdate();
            }
        });
    }

    private void update(String sql, List<?> values, String goneKey) {
        if (execute(sql, values) != 1) {
            throw new StudioException(goneKey);
        }
    }

    private long insert(String sql, List<?> values) {
        return sql(() -> {
            try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
                bind(statement, values);
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    static void bind(PreparedStatement statement, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            int index = i + 1;
            if (value == null) {
                statement.setNull(index, Types.NULL);
            } else if (value instanceof String text) {
                statement.setString(index, text);
            } else if (value instanceof Long number) {
                statement.setLong(index, number);
            } else if (value instanceof Integer number) {
                statement.setInt(index, number);
            } else if (value instanceof Boolean flag) {
                statement.setBoolean(index, flag);
            } else if (value instanceof BigDecimal amount) {
                statement.setBigDecimal(index, amount);
            } else {
                statement.setObject(index, value); // LocalDate, LocalTime, LocalDateTime
            }
        }
    }

    private static void addCancellation(List<Object> values, Optional<Cancellation> cancellation) {
        values.add(cancellation.map(Cancellation::reason).orElse(null));
        values.add(cancellation.map(c -> utc(c.at())).orElse(null));
        values.add(cancellation.map(Cancellation::by).orElse(null));
    }

    private static Optional<Cancellation> cancellation(ResultSet rows, int first) throws SQLException {
        LocalDateTime at = rows.getObject(first + 1, LocalDateTime.class);
        return at == null ? Optional.empty()
                : Optional.of(new Cancellation(rows.getString(first), at.toInstant(ZoneOffset.UTC), rows.getString(first + 2)));
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static Object nullable(Optional<Long> value) {
        return value.orElse(null);
    }

    private static Optional<Long> optionalLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? Optional.empty() : Optional.of(value);
    }

    /** A LIKE pattern for "contains", lower case, with %, _ and ! escaped by '!'. */
    private static String likePattern(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + IN_CHUNK)));
        }
        return chunks;
    }
    // --- bulk loading ---

    @Override
    public List<Long> insertPeople(List<Person> people) {
        return new JdbcBatchLoader(connection).people(people);
    }

    @Override
    public List<Long> insertEvents(List<Event> events) {
        List<Long> ids = new JdbcBatchLoader(connection).events(events);
        changedEvents.addAll(ids);
        return ids;
    }

    @Override
    public List<Long> insertSessions(List<Session> sessions) {
        sessions.forEach(session -> changedEvents.add(session.eventId()));
        return new JdbcBatchLoader(connection).sessions(sessions);
    }

    @Override
    public List<Long> insertEnrolments(List<Enrolment> enrolments) {
        enrolments.forEach(enrolment -> changedEvents.add(enrolment.eventId()));
        return new JdbcBatchLoader(connection).enrolments(enrolments);
    }

    @Override
    public void insertMarks(List<MarkRow> marks) {
        marks.forEach(mark -> changedSessions.add(mark.sessionId()));
        new JdbcBatchLoader(connection).marks(marks);
    }

    @Override
    public List<Long> insertCosts(List<CostLine> costs) {
        costs.forEach(cost -> changedEvents.add(cost.eventId()));
        return new JdbcBatchLoader(connection).costs(costs);
    }
}
