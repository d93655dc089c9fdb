package org.learnops.studio.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.learnops.studio.domain.operations.Enrolment;
import org.learnops.studio.domain.operations.EnrolmentStatus;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.EventFilter;
import org.learnops.studio.domain.operations.EventStatus;
import org.learnops.studio.domain.operations.EventSummary;
import org.learnops.studio.domain.operations.EventTotals;
import org.learnops.studio.domain.operations.Frequency;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.PersonRole;
import org.learnops.studio.domain.operations.Recurrence;
import org.learnops.studio.domain.operations.Room;
import org.learnops.studio.domain.operations.Session;
import org.learnops.studio.domain.questions.Metric;
import org.learnops.studio.domain.questions.MetricScope;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.OperationsStore;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.workspace.WorkspaceFile;

/** The operations tables on a real H2 file. */
class JdbcOperationsRepositoryTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();

    @TempDir
    Path folder;

    private WorkspaceFile file;
    private Workspace workspace;

    @BeforeEach
    void createWorkspace() {
        file = WorkspaceFile.of(folder.resolve("ops"));
        workspace = opener.create(file);
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    private <T> T tx(Function<OperationsStore, T> work) {
        return workspace.operations().inTransaction(work);
    }

    private void reopen() {
        workspace.close();
        workspace = opener.open(file);
    }

    private Event event(long courseId, Optional<Long> coordinator, String area, int capacity, LocalDate start) {
        return new Event(0, courseId, coordinator, area, "EMEA", capacity, 0, EventStatus.OPEN, start, start.plusDays(2),
                Optional.empty());
    }

    private Session session(long eventId, LocalDateTime start, int hours, Optional<Long> room, List<Long> facilitators) {
        return new Session(0, eventId, Optional.empty(), start, start.plusHours(hours), PARIS, room, "", facilitators,
                Optional.empty());
    }

    private Course course(String title) {
        return tx(s -> s.insertCourse(new Course(0, title, Optional.of(5L), CourseFormat.IN_PERSON, 90, Optional.empty())));
    }

    @Test
    void peopleRoomsAndCoursesRoundTripAndSurviveReopening() {
        Person ana = tx(s -> s.insertPerson(new Person(0, " Ana Lima ", "ana@example.com", "Retail", "EMEA",
                Set.of(PersonRole.FACILITATOR, PersonRole.COORDINATOR))));
        Person bo = tx(s -> s.insertPerson(Person.participant("Bo Chen")));
        Room room = tx(s -> s.insertRoom(new Room(0, "Boardroom", "Lyon", 12, false, "")));
        Course course = tx(s -> s.insertCourse(new Course(0, "Hybrid teams", Optional.of(5L), CourseFormat.BLENDED, 90,
                Optional.of(ana.id()))));
        assertEquals("Ana Lima", ana.name());

        reopen();

        assertEquals(List.of(ana, bo), tx(s -> s.people(Optional.empty())));
        assertEquals(List.of(ana), tx(s -> s.people(Optional.of(PersonRole.FACILITATOR))));
        assertEquals(List.of(ana), tx(s -> s.findPeople("EXAMPLE", 10)));
        assertEquals(List.of(room), tx(s -> s.rooms()));
        assertEquals(List.of(course), tx(s -> s.courses()));

        tx(s -> {
            s.setPersonDeleted(bo.id(), true);
            return null;
        });
        assertEquals(List.of(ana), tx(s -> s.people(Optional.empty())));
        assertEquals(Optional.of(bo), tx(s -> s.person(bo.id())));
        assertEquals(Map.of(bo.id(), "Bo Chen"), tx(s -> s.personNames(List.of(bo.id()))));
        assertThrows(StudioException.class, () -> tx(s -> {
            s.updatePerson(bo);
            return null;
        }));
    }

    @Test
    void aFailedActionLeavesNothingBehind() {
        Course course = course("Safety");
        assertThrows(StudioException.class, () -> tx(s -> {
            s.insertEvent(event(course.id(), Optional.empty(), "", 10, LocalDate.of(2026, 3, 2)));
            throw new IllegalStateException("user action failed half-way");
        }));
        assertEquals(0, (int) tx(s -> s.countEvents(EventFilter.ALL)));
    }

    @Test
    void theEventsListFiltersAndCountsInTheDatabase() {
        Person coordinator = tx(s -> s.insertPerson(new Person(0, "Carla Diaz", "", "", "", Set.of(PersonRole.COORDINATOR))));
        Course hybrid = course("Leading hybrid teams");
        Course safety = course("Safety 100%");
        Event first = tx(s -> s.insertEvent(event(hybrid.id(), Optional.of(coordinator.id()), "Retail", 2,
                LocalDate.of(2026, 3, 2))));
        Event second = tx(s -> s.insertEvent(event(safety.id(), Optional.empty(), "Finance", 10, LocalDate.of(2026, 4, 6))));
        Event cancelled = tx(s -> s.insertEvent(event(safety.id(), Optional.empty(), "retail", 10, LocalDate.of(2026, 5, 4))
                .withCancellation(Optional.of(new Cancellation("Trainer ill", NOW, "ana")))));
        Person bo = tx(s -> s.insertPerson(Person.participant("Bo")));
        Person cy = tx(s -> s.insertPerson(Person.participant("Cy")));
        tx(s -> {
            s.insertEnrolment(new Enrolment(0, first.id(), bo.id(), EnrolmentStatus.ENROLLED, NOW, NOW, 0));
            s.insertEnrolment(new Enrolment(0, first.id(), cy.id(), EnrolmentStatus.ENROLLED, NOW, NOW, 0));
            return null;
        });

        List<EventSummary> all = tx(s -> s.events(EventFilter.ALL, 0, 50));
        assertEquals(List.of(first.id(), second.id(), cancelled.id()), all.stream().map(e -> e.event().id()).toList());
        assertEquals(EventStatus.FULL, all.get(0).shownStatus());
        assertEquals("Carla Diaz", all.get(0).coordinatorName());
        assertEquals(2, all.get(0).enrolled());
        assertEquals(EventStatus.CANCELLED, all.get(2).shownStatus());
        assertEquals("Trainer ill", all.get(2).event().cancellation().orElseThrow().reason());

        assertEquals(List.of(second.id(), cancelled.id()), ids(EventFilter.ALL.withText("100%"), 0));
        assertEquals(List.of(first.id()), ids(EventFilter.ALL.withText("carla"), 0));
        assertEquals(List.of(first.id(), cancelled.id()), ids(new EventFilter("", Optional.empty(), true,
                Optional.empty(), "RETAIL", Optional.empty(), Optional.empty()), 0));
        assertEquals(List.of(first.id(), second.id()), ids(new EventFilter("", Optional.empty(), false,
                Optional.empty(), "", Optional.empty(), Optional.empty()), 0));
        assertEquals(List.of(first.id()), ids(status(EventStatus.FULL), 0));
        assertEquals(List.of(second.id()), ids(status(EventStatus.OPEN), 0));
        assertEquals(List.of(cancelled.id()), ids(status(EventStatus.CANCELLED), 0));
        assertEquals(List.of(second.id()), ids(new EventFilter("", Optional.empty(), true, Optional.empty(), "",
                Optional.of(LocalDate.of(2026, 3, 10)), Optional.of(LocalDate.of(2026, 4, 30))), 0));
        assertEquals(List.of(second.id(), cancelled.id()), ids(EventFilter.ALL, 1));
        assertEquals(3, (int) tx(s -> s.countEvents(EventFilter.ALL)));
        assertEquals(1, (int) tx(s -> s.countEvents(EventFilter.ALL.withText("hybrid"))));
    }

    private static EventFilter status(EventStatus status) {
        return new EventFilter("", Optional.of(status), false, Optional.empty(), "", Optional.empty(), Optional.empty());
    }

    private List<Long> ids(EventFilter filter, int offset) {
        return tx(s -> s.events(filter, offset, 50)).stream().map(e -> e.event().id()).toList();
    }

    @Test
    void sessionsKeepLocalTimeZoneFacilitatorsAndCountRevisions() {
        Course course = course("Hybrid");
        Person ana = tx(s -> s.insertPerson(Person.participant("Ana")));
        Person bo = tx(s -> s.insertPerson(Person.participant("Bo")));
        Event event = tx(s -> s.insertEvent(event(course.id(), Optional.empty(), "", 10, LocalDate.of(2026, 3, 27))));
        Recurrence weekly = new Recurrence(Frequency.WEEKDAYS, Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 3,
                LocalDate.of(2026, 3, 27), LocalTime.of(9, 0), LocalTime.of(12, 30), PARIS);
        long seriesId = tx(s -> s.insertSeries(event.id(), weekly));
        Session stored = tx(s -> s.insertSession(new Session(0, event.id(), Optional.of(seriesId),
                LocalDateTime.of(2026, 3, 30, 9, 0), LocalDateTime.of(2026, 3, 30, 12, 30), PARIS, Optional.empty(),
                "https://meet/x", List.of(bo.id(), ana.id()), Optional.empty())));

        reopen();

        assertEquals(Optional.of(weekly), tx(s -> s.series(seriesId)));
        Session read = tx(s -> s.session(stored.id())).orElseThrow();
        assertEquals(stored, read);
        assertEquals(List.of(bo.id(), ana.id()), read.facilitatorIds());
        assertEquals(List.of(read), tx(s -> s.seriesSessions(seriesId)));
        assertEquals(0, (int) tx(s -> s.sessionRevision(read.id())));

        Session cancelled = read.withCancellation(Optional.of(new Cancellation("Strike", NOW, "ana")));
        tx(s -> {
            s.updateSession(new Session(read.id(), read.eventId(), read.seriesId(), read.start(), read.end(), read.zone(),
                    read.roomId(), read.virtualLink(), List.of(ana.id()), cancelled.cancellation()));
            s.raiseSessionRevisions(event.id());
            return null;
        });
        Session changed = tx(s -> s.session(read.id())).orElseThrow();
        assertEquals(List.of(ana.id()), changed.facilitatorIds());
        assertEquals("Strike", changed.cancellation().orElseThrow().reason());
        assertEquals(2, (int) tx(s -> s.sessionRevision(read.id())));
    }

    @Test
    void overlapQueryFindsOnlyLiveSessionsThatReallyOverlap() {
        Course course = course("Hybrid");
        Event event = tx(s -> s.insertEvent(event(course.id(), Optional.empty(), "", 10, LocalDate.of(2026, 3, 2))));
        Event cancelledEvent = tx(s -> s.insertEvent(event(course.id(), Optional.empty(), "", 10, LocalDate.of(2026, 3, 2))
                .withCancellation(Optional.of(new Cancellation("x", NOW, "u")))));
        Session nine = tx(s -> s.insertSession(session(event.id(), LocalDateTime.of(2026, 3, 2, 9, 0), 2,
                Optional.empty(), List.of())));
        tx(s -> s.insertSession(session(event.id(), LocalDateTime.of(2026, 3, 2, 11, 0), 2, Optional.empty(), List.of())
                .withCancellation(Optional.of(new Cancellation("x", NOW, "u")))));
        tx(s -> s.insertSession(session(cancelledEvent.id(), LocalDateTime.of(2026, 3, 2, 9, 0), 2, Optional.empty(),
                List.of())));
        // 09:00-11:00 Paris = 08:00-10:00 UTC
        assertEquals(List.of(nine), tx(s -> s.overlappingSessions(Instant.parse("2026-03-02T09:59:00Z"),
                Instant.parse("2026-03-02T12:00:00Z"))));
        assertEquals(List.of(), tx(s -> s.overlappingSessions(Instant.parse("2026-03-02T10:00:00Z"),
                Instant.parse("2026-03-02T12:00:00Z"))), "touching intervals do not overlap");
        assertEquals(List.of(), tx(s -> s.overlappingSessions(Instant.parse("2026-03-02T06:00:00Z"),
                Instant.parse("2026-03-02T08:00:00Z"))));
    }

    @Test
    void enrolmentsRememberTheyWereWaitlistedAndMarksAreReplaced() {
        Course course = course("Hybrid");
        Event event = tx(s -> s.insertEvent(event(course.id(), Optional.empty(), "", 1, LocalDate.of(2026, 3, 2))));
        Person bo = tx(s -> s.insertPerson(Person.participant("Bo")));
        Enrolment waiting = tx(s -> s.insertEnrolment(new Enrolment(0, event.id(), bo.id(), EnrolmentStatus.WAITLISTED,
                NOW, NOW, 1)));
        Enrolment promoted = waiting.withStatus(EnrolmentStatus.ENROLLED, NOW.plusSeconds(60), 0);
        tx(s -> {
            s.updateEnrolment(promoted);
            return null;
        });
        Session session = tx(s -> s.insertSession(session(event.id(), LocalDateTime.of(2026, 3, 2, 9, 0), 2,
                Optional.empty(), List.of())));
        tx(s -> {
            s.mark(session.id(), bo.id(), AttendanceMark.NO_SHOW, NOW);
            s.mark(session.id(), bo.id(), AttendanceMark.ATTENDED, NOW);
            return null;
        });

        reopen();

        assertEquals(List.of(promoted), tx(s -> s.enrolments(event.id())));
        assertEquals("Bo", tx(s -> s.enrolmentLines(event.id())).get(0).personName());
        assertEquals(Map.of(bo.id(), AttendanceMark.ATTENDED), tx(s -> s.attendance(session.id())));
        assertEquals(1, (int) tx(s -> s.enrolmentCount(bo.id())));
        EventTotals waitlist = tx(s -> s.totals(MetricScope.EVERYTHING, Metric.WAITLIST_CONVERSION));
        assertEquals(1, waitlist.everWaitlisted());
        assertEquals(1, waitlist.waitlistConverted());
        assertEquals(1, tx(s -> s.totals(MetricScope.EVERYTHING, Metric.ATTENDANCE_RATE)).attendedMarks());
    }

    @Test
    void historyIsAppendedAndReadBackInOrderCostsDeleteSoftly() {
        Course course = course("Hybrid");
        Event event = tx(s -> s.insertEvent(event(course.id(), Optional.empty(), "", 10, LocalDate.of(2026, 3, 2))));
        AuditEntry created = tx(s -> s.append(new AuditEntry(0, NOW, "ana", event.id(), "event", event.id(),
                AuditAction.CREATED, "", "capacity 10")));
        AuditEntry changed = tx(s -> s.append(new AuditEntry(0, NOW.plusSeconds(5), "bo", event.id(), "event", event.id(),
                AuditAction.CHANGED, "capacity 10", "capacity 12")));
        CostLine cost = tx(s -> s.insertCost(new CostLine(0, event.id(), CostCategory.CATERING, new BigDecimal("120.50"),
                "eur", "lunch")));
        assertEquals("EUR", cost.currency());
        tx(s -> {
            s.setCostDeleted(cost.id(), true);
            return null;
        });

        reopen();

        assertEquals(List.of(created, changed), tx(s -> s.history(event.id())));
        assertEquals(List.of(), tx(s -> s.costs(event.id())));
        assertTrue(tx(s -> s.cost(cost.id())).isPresent());
    }

    @Test
    void conflictPoliciesStartWithTheDefaultsAndTheWorkspaceIdentityStays() {
        Map<ConflictKind, ConflictPolicy> defaults = tx(OperationsStore::conflictPolicies);
        assertEquals(ConflictPolicy.OVERRIDE_WITH_REASON, defaults.get(ConflictKind.FACILITATOR_OVERLAP));
        assertEquals(ConflictPolicy.OVERRIDE_WITH_REASON, defaults.get(ConflictKind.ROOM_DOUBLE_BOOKED));
        assertEquals(ConflictPolicy.WARN, defaults.get(ConflictKind.ROOM_OVER_CAPACITY));
        assertEquals(ConflictPolicy.WARN, defaults.get(ConflictKind.PARTICIPANT_OVERLAP));
        tx(s -> {
            s.setConflictPolicy(ConflictKind.PARTICIPANT_OVERLAP, ConflictPolicy.BLOCK);
            return null;
        });
        String uid = tx(OperationsStore::workspaceUid);

        reopen();

        assertEquals(ConflictPolicy.BLOCK, tx(OperationsStore::conflictPolicies).get(ConflictKind.PARTICIPANT_OVERLAP));
        assertEquals(uid, tx(OperationsStore::workspaceUid));
        assertFalse(uid.isBlank());
    }

    @Test
    void theCalendarFiltersByRoomFacilitatorCoordinatorAndArea() {
        Person ana = tx(s -> s.insertPerson(new Person(0, "Ana", "", "", "", Set.of(PersonRole.FACILITATOR))));
        Person carla = tx(s -> s.insertPerson(new Person(0, "Carla", "", "", "", Set.of(PersonRole.COORDINATOR))));
        Room room = tx(s -> s.insertRoom(new Room(0, "Boardroom", "Lyon", 12, false, "")));
        Course course = course("Hybrid");
        Event retail = tx(s -> s.insertEvent(event(course.id(), Optional.of(carla.id()), "Retail", 10,
                LocalDate.of(2026, 3, 2))));
        Event finance = tx(s -> s.insertEvent(event(course.id(), Optional.empty(), "Finance", 10, LocalDate.of(2026, 3, 2))));
        Session withAna = tx(s -> s.insertSession(session(retail.id(), LocalDateTime.of(2026, 3, 2, 9, 0), 2,
                Optional.of(room.id()), List.of(ana.id()))));
        Session plain = tx(s -> s.insertSession(session(finance.id(), LocalDateTime.of(2026, 3, 3, 9, 0), 2,
                Optional.empty(), List.of())));
        tx(s -> s.insertSession(session(finance.id(), LocalDateTime.of(2026, 3, 4, 9, 0), 2, Optional.empty(), List.of())
                .withCancellation(Optional.of(new Cancellation("x", NOW, "u")))));
        Instant from = Instant.parse("2026-03-01T00:00:00Z");
        Instant to = Instant.parse("2026-04-01T00:00:00Z");

        List<CalendarEntry> all = tx(s -> s.calendar(CalendarFilter.between(from, to)));
        assertEquals(List.of(withAna.id(), plain.id()), all.stream().map(e -> e.session().id()).toList());
        assertEquals(List.of("Ana"), all.get(0).facilitatorNames());
        assertEquals("Boardroom", all.get(0).roomName());
        assertEquals("Hybrid", all.get(0).courseTitle());
        assertEquals(3, tx(s -> s.calendar(new CalendarFilter(from, to, Optional.empty(), Optional.empty(),
                Optional.empty(), "", true))).size());
        assertEquals(List.of(withAna.id()), calendarIds(new CalendarFilter(from, to, Optional.empty(),
                Optional.of(room.id()), Optional.empty(), "", false)));
        assertEquals(List.of(withAna.id()), calendarIds(new CalendarFilter(from, to, Optional.empty(), Optional.empty(),
                Optional.of(ana.id()), "", false)));
        assertEquals(List.of(withAna.id()), calendarIds(new CalendarFilter(from, to, Optional.of(carla.id()),
                Optional.empty(), Optional.empty(), "", false)));
        assertEquals(List.of(plain.id()), calendarIds(new CalendarFilter(from, to, Optional.empty(), Optional.empty(),
                Optional.empty(), "FINANCE", false)));
        assertEquals(List.of(), calendarIds(CalendarFilter.between(Instant.parse("2026-03-02T10:00:00Z"),
                Instant.parse("2026-03-03T08:00:00Z"))), "touching the range's ends is outside it");
    }

    private List<Long> calendarIds(CalendarFilter filter) {
        return tx(s -> s.calendar(filter)).stream().map(e -> e.session().id()).toList();
    }
}
