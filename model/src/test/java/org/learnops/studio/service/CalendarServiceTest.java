package org.learnops.studio.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.domain.operations.AttendanceMark;
import org.learnops.studio.domain.operations.CalendarEntry;
import org.learnops.studio.domain.operations.CalendarFilter;
import org.learnops.studio.domain.operations.Course;
import org.learnops.studio.domain.operations.CourseFormat;
import org.learnops.studio.domain.operations.DueItem;
import org.learnops.studio.domain.operations.DueKind;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.EventStatus;
import org.learnops.studio.domain.operations.Frequency;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.PersonRole;
import org.learnops.studio.domain.operations.Recurrence;
import org.learnops.studio.domain.operations.Room;
import org.learnops.studio.domain.operations.SeriesEdit;
import org.learnops.studio.domain.operations.Session;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.workspace.WorkspaceFile;

/** The calendar, the due list and .ics files, on a real workspace. */
class CalendarServiceTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Monday 2 March 2026, 08:00 in Paris. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T07:00:00Z"), PARIS);

    @TempDir
    Path folder;

    private Workspace workspace;
    private DirectoryService directory;
    private EventService events;
    private CalendarService calendar;
    private Course course;
    private long ana;
    private Room boardroom;

    @BeforeEach
    void open() {
        workspace = new JdbcWorkspaceOpener().create(WorkspaceFile.of(folder.resolve("ops")));
        directory = new DirectoryService(workspace.operations());
        events = new EventService(workspace.operations(), CLOCK, "ana");
        calendar = new CalendarService(workspace.operations(), CLOCK);
        course = directory.addCourse(new Course(0, "Leading hybrid teams", Optional.empty(), CourseFormat.IN_PERSON, 120,
                Optional.empty()));
        ana = directory.addPerson(new Person(0, "Ana", "", "", "", Set.of(PersonRole.FACILITATOR))).id();
        boardroom = directory.addRoom(new Room(0, "Boardroom", "Lyon", 30, false, ""));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Event event(String area, int capacity, int minimum, LocalDate start, LocalDate end) {
        return events.createEvent(new Event(0, course.id(), Optional.empty(), area, "EMEA", capacity, minimum,
                EventStatus.OPEN, start, end, Optional.empty()));
    }

    private Session session(long eventId, LocalDateTime start, Optional<Long> room, List<Long> facilitators) {
        return events.addSession(new Session(0, eventId, Optional.empty(), start, start.plusHours(2), PARIS, room, "",
                facilitators, Optional.empty()), "");
    }

    private long participant(String name) {
        return directory.addPerson(Person.participant(name)).id();
    }

    @Test
    void theCalendarShowsSessionsInTheRangeWithFilters() {
        Event retail = event("Retail", 10, 0, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        Event finance = event("Finance", 10, 0, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        Session withAna = session(retail.id(), LocalDateTime.of(2026, 3, 3, 9, 0), Optional.of(boardroom.id()), List.of(ana));
        Session other = session(finance.id(), LocalDateTime.of(2026, 3, 4, 9, 0), Optional.empty(), List.of());
        session(finance.id(), LocalDateTime.of(2026, 4, 1, 9, 0).minusDays(1), Optional.empty(), List.of());
        Instant from = Instant.parse("2026-03-02T00:00:00Z");
        Instant to = Instant.parse("2026-03-09T00:00:00Z");

        List<CalendarEntry> week = calendar.sessions(CalendarFilter.between(from, to));
        assertEquals(List.of(withAna.id(), other.id()), week.stream().map(e -> e.session().id()).toList());
        assertEquals(List.of("Ana"), week.get(0).facilitatorNames());
        assertEquals(List.of(withAna.id()), ids(new CalendarFilter(from, to, Optional.empty(), Optional.empty(),
                Optional.of(ana), "", false)));
        assertEquals(List.of(withAna.id()), ids(new CalendarFilter(from, to, Optional.empty(), Optional.of(boardroom.id()),
                Optional.empty(), "", false)));
        assertEquals(List.of(other.id()), ids(new CalendarFilter(from, to, Optional.empty(), Optional.empty(),
                Optional.empty(), "finance", false)));

        events.cancelEvent(finance.id(), "Budget freeze");
        assertEquals(List.of(withAna.id()), ids(CalendarFilter.between(from, to)));
        CalendarEntry cancelled = calendar.sessions(new CalendarFilter(from, to, Optional.empty(), Optional.empty(),
                Optional.empty(), "", true)).get(1);
        assertTrue(cancelled.isCancelled());
    }

    private List<Long> ids(CalendarFilter filter) {
        return calendar.sessions(filter).stream().map(e -> e.session().id()).toList();
    }

    @Test
    void theDueListNamesWhatNeedsDoing() {
        // starts tomorrow, minimum 3, one enrolled: upcoming session and below minimum
        Event soon = event("Retail", 1, 1, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 3));
        Session tomorrow = session(soon.id(), LocalDateTime.of(2026, 3, 3, 9, 0), Optional.empty(), List.of());
        events.enrol(soon.id(), participant("Bo"));
        events.enrol(soon.id(), participant("Cy")); // waits: the event is full and starts within the horizon
        Event needsMore = event("Retail", 10, 3, LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 4));
        events.enrol(needsMore.id(), participant("Di"));
        // last week: two enrolled, one marked
        Event past = event("Retail", 10, 0, LocalDate.of(2026, 2, 23), LocalDate.of(2026, 2, 27));
        long eve = participant("Eve");
        long fay = participant("Fay");
        events.enrol(past.id(), eve);
        events.enrol(past.id(), fay);
        Session lastWeek = session(past.id(), LocalDateTime.of(2026, 2, 24, 9, 0), Optional.empty(), List.of());
        events.markAttendance(lastWeek.id(), List.of(eve), AttendanceMark.ATTENDED);
        Session fullyMarked = session(past.id(), LocalDateTime.of(2026, 2, 25, 9, 0), Optional.empty(), List.of());
        events.markAttendance(fullyMarked.id(), List.of(eve, fay), AttendanceMark.NO_SHOW);
        // far away and cancelled things do not show
        Event later = event("Retail", 10, 5, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1));
        session(later.id(), LocalDateTime.of(2026, 6, 1, 9, 0), Optional.empty(), List.of());
        Event cancelled = event("Retail", 10, 5, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 3));
        events.cancelEvent(cancelled.id(), "No trainer");

        List<DueItem> due = calendar.due(Duration.ofDays(7));

        assertEquals(List.of(
                new DueItem(DueKind.ATTENDANCE_NOT_MARKED, past.id(), lastWeek.id(), "Leading hybrid teams",
                        lastWeek.startInstant(), 1),
                new DueItem(DueKind.UPCOMING_SESSION, soon.id(), tomorrow.id(), "Leading hybrid teams",
                        tomorrow.startInstant(), 1),
                new DueItem(DueKind.WAITLIST_WAITING, soon.id(), 0, "Leading hybrid teams", tomorrow.startInstant(), 1),
                new DueItem(DueKind.BELOW_MINIMUM, needsMore.id(), 0, "Leading hybrid teams",
                        LocalDate.of(2026, 3, 4).atStartOfDay(PARIS).toInstant(), 1)), due);
    }

    @Test
    void anEventExportsAsACalendarAClientCanReadWithStableUids() throws Exception {
        Event event = event("Retail", 10, 0, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        List<Session> series = events.addSeries(event.id(), new Recurrence(Frequency.WEEKLY, Set.of(), 3,
                LocalDate.of(2026, 3, 16), LocalTime.of(9, 0), LocalTime.of(11, 0), PARIS),
                new Session(0, event.id(), Optional.empty(), LocalDateTime.of(2026, 3, 16, 9, 0),
                        LocalDateTime.of(2026, 3, 16, 11, 0), PARIS, Optional.of(boardroom.id()), "", List.of(ana),
                        Optional.empty()), "");
        Path target = folder.resolve("hybrid.ics");

        calendar.exportEvent(event.id(), target);
        List<VEvent> first = parse(target);
        events.cancelSession(series.get(2).id(), SeriesEdit.THIS_SESSION, "Holiday");
        calendar.exportEvent(event.id(), target);
        List<VEvent> second = parse(target);

        assertEquals(3, first.size());
        assertEquals(uids(first), uids(second));
        assertEquals("Leading hybrid teams", value(first.get(0), Property.SUMMARY));
        assertEquals("Boardroom", value(first.get(0), Property.LOCATION));
        assertEquals("20260330T070000Z", value(first.get(2), Property.DTSTART), "09:00 Paris in summer time");
        assertEquals("CANCELLED", value(second.get(2), Property.STATUS));
        assertEquals("1", value(second.get(2), Property.SEQUENCE));
        assertEquals("0", value(second.get(0), Property.SEQUENCE));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }

        Path seriesFile = folder.resolve("series.ics");
        calendar.exportSeries(series.get(0).seriesId().orElseThrow(), seriesFile);
        assertEquals(uids(second), uids(parse(seriesFile)));
    }

    @Test
    void aFailedExportLeavesNoFileBehindAndSaysWhy() {
        Event event = event("Retail", 10, 0, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        Path missingFolder = folder.resolve("no-such-folder").resolve("x.ics");

        StudioException failure = assertThrows(StudioException.class, () -> calendar.exportEvent(event.id(), missingFolder));

        assertEquals("calendar.error.exportFailed", failure.messageKey());
        assertFalse(Files.exists(missingFolder));
        assertEquals("event.error.gone", assertThrows(StudioException.class,
                () -> calendar.exportEvent(999, folder.resolve("y.ics"))).messageKey());
    }

    private static List<VEvent> parse(Path file) throws Exception {
        return new CalendarBuilder().build(new StringReader(Files.readString(file))).getComponents("VEVENT");
    }

    private static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).orElseThrow().getValue();
    }

    private static List<String> uids(List<VEvent> events) {
        return events.stream().map(e -> value(e, Property.UID)).toList();
    }
}
