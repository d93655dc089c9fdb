package org.learnops.studio.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.operations.AttendanceMark;
import org.learnops.studio.domain.operations.AuditAction;
import org.learnops.studio.domain.operations.AuditEntry;
import org.learnops.studio.domain.operations.Conflict;
import org.learnops.studio.domain.operations.ConflictKind;
import org.learnops.studio.domain.operations.ConflictPolicy;
import org.learnops.studio.domain.operations.CostCategory;
import org.learnops.studio.domain.operations.CostLine;
import org.learnops.studio.domain.operations.Course;
import org.learnops.studio.domain.operations.CourseFormat;
import org.learnops.studio.domain.operations.Enrolment;
import org.learnops.studio.domain.operations.EnrolmentLine;
import org.learnops.studio.domain.operations.EnrolmentStatus;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.EventStatus;
import org.learnops.studio.domain.operations.Frequency;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.PersonRole;
import org.learnops.studio.domain.operations.Recurrence;
import org.learnops.studio.domain.operations.Room;
import org.learnops.studio.domain.operations.SeriesEdit;
import org.learnops.studio.domain.operations.Session;
import org.learnops.studio.error.ConflictException;
import org.learnops.studio.error.InvalidInputException;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.workspace.WorkspaceFile;

/** Events, sessions, enrolments, conflicts and the history, on a real workspace. */
class EventServiceTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Every enrolment in these tests happens at the same instant: the order must still be stable. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private WorkspaceFile file;
    private Workspace workspace;
    private DirectoryService directory;
    private EventService events;
    private Course course;

    @BeforeEach
    void open() {
        file = WorkspaceFile.of(folder.resolve("ops"));
        workspace = new JdbcWorkspaceOpener().create(file);
        wire();
        course = directory.addCourse(new Course(0, "Leading hybrid teams", Optional.empty(), CourseFormat.IN_PERSON, 120,
                Optional.empty()));
    }

    private void wire() {
        directory = new DirectoryService(workspace.operations());
        events = new EventService(workspace.operations(), CLOCK, "ana");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Event newEvent(int capacity) {
        return events.createEvent(new Event(0, course.id(), Optional.empty(), "Retail", "EMEA", capacity, 0,
                EventStatus.OPEN, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 30), Optional.empty()));
    }

    private long person(String name) {
        return directory.addPerson(new Person(0, name, "", "", "", Set.of(PersonRole.PARTICIPANT,
                PersonRole.FACILITATOR))).id();
    }

    private static Session session(long eventId, int day, int fromHour, int toHour, Optional<Long> room, List<Long> facilitators) {
        return new Session(0, eventId, Optional.empty(), LocalDateTime.of(2026, 3, day, fromHour, 0),
                LocalDateTime.of(2026, 3, day, toHour, 0), PARIS, room, "", facilitators, Optional.empty());
    }

    private List<String> names(long eventId, EnrolmentStatus status) {
        return events.enrolments(eventId).stream().filter(l -> l.enrolment().status() == status)
                .map(EnrolmentLine::personName).toList();
    }

    @Test
    void enrollingBeyondCapacityWaitlistsAndACancellationPromotesTheFirstWaiting() {
        Event event = newEvent(2);
        long ana = person("Ana");
        long bo = person("Bo");
        long cy = person("Cy");
        long di = person("Di");
        Enrolment first = events.enrol(event.id(), ana);
        events.enrol(event.id(), bo);
        Enrolment waitingCy = events.enrol(event.id(), cy);
        Enrolment waitingDi = events.enrol(event.id(), di);
        assertEquals(EnrolmentStatus.ENROLLED, first.status());
        assertEquals(EnrolmentStatus.WAITLISTED, waitingCy.status());
        assertEquals(1, waitingCy.waitlistPosition());
        assertEquals(2, waitingDi.waitlistPosition());
        assertEquals(EventStatus.FULL, events.event(event.id()).shownStatus());
        assertThrows(InvalidInputException.class, () -> events.enrol(event.id(), cy), "already waiting");

        List<Enrolment> promoted = events.cancelEnrolment(first.id());

        assertEquals(List.of(waitingCy.id()), promoted.stream().map(Enrolment::id).toList());
        assertEquals(List.of("Bo", "Cy"), names(event.id(), EnrolmentStatus.ENROLLED));
        assertEquals(List.of("Di"), names(event.id(), EnrolmentStatus.WAITLISTED));
        assertEquals(List.of("Ana"), names(event.id(), EnrolmentStatus.CANCELLED));
        assertEquals(List.of("Bo", "Cy", "Di", "Ana"), events.enrolments(event.id()).stream()
                .map(EnrolmentLine::personName).toList(), "places first, then the line, then cancelled");
        List<AuditAction> actions = events.history(event.id()).stream().map(AuditEntry::action).toList();
        assertEquals(List.of(AuditAction.CREATED, AuditAction.ENROLLED, AuditAction.ENROLLED, AuditAction.WAITLISTED,
                AuditAction.WAITLISTED, AuditAction.ENROLMENT_CANCELLED, AuditAction.PROMOTED), actions);
    }

    @Test
    void aReorderedWaitlistPromotesInItsNewOrderAndSurvivesReopening() {
        Event event = newEvent(1);
        Enrolment holder = events.enrol(event.id(), person("Ana"));
        events.enrol(event.id(), person("Bo"));
        events.enrol(event.id(), person("Cy"));
        Enrolment di = events.enrol(event.id(), person("Di"));

        events.moveOnWaitlist(di.id(), 1);
        workspace.close();
        workspace = new JdbcWorkspaceOpener().open(file);
        wire();

        assertEquals(List.of("Di", "Bo", "Cy"), names(event.id(), EnrolmentStatus.WAITLISTED));
        assertEquals(List.of(1, 2, 3), events.enrolments(event.id()).stream()
                .filter(l -> l.enrolment().status() == EnrolmentStatus.WAITLISTED)
                .map(l -> l.enrolment().waitlistPosition()).toList());
        events.cancelEnrolment(holder.id());
        assertEquals(List.of("Di"), names(event.id(), EnrolmentStatus.ENROLLED));
        assertTrue(events.history(event.id()).stream().anyMatch(e -> e.action() == AuditAction.REORDERED));
    }

    @Test
    void raisingTheCapacityPromotesAsManyAsFit() {
        Event event = newEvent(1);
        events.enrol(event.id(), person("Ana"));
        events.enrol(event.id(), person("Bo"));
        events.enrol(event.id(), person("Cy"));
        events.enrol(event.id(), person("Di"));

        List<Enrolment> promoted = events.saveEvent(event.withCapacity(3));

        assertEquals(2, promoted.size());
        assertEquals(List.of("Ana", "Bo", "Cy"), names(event.id(), EnrolmentStatus.ENROLLED));
        assertEquals(List.of("Di"), names(event.id(), EnrolmentStatus.WAITLISTED));
        AuditEntry change = events.history(event.id()).stream().filter(e -> e.action() == AuditAction.CHANGED)
                .findFirst().orElseThrow();
        assertTrue(change.before().contains("capacity 1"), change.before());
        assertTrue(change.after().contains("capacity 3"), change.after());
        assertEquals(List.of(), events.saveEvent(event.withCapacity(2)), "a decrease un-enrols no one");
        assertEquals(3, names(event.id(), EnrolmentStatus.ENROLLED).size());
    }

    @Test
    void cancellingAnEventNeedsAReasonKeepsEnrolmentsAndRestoringBringsItBack() {
        Event event = newEvent(5);
        events.enrol(event.id(), person("Ana"));
        Session session = events.addSession(session(event.id(), 2, 9, 12, Optional.empty(), List.of()), "");

        InvalidInputException blank = assertThrows(InvalidInputException.class, () -> events.cancelEvent(event.id(), "  "));
        assertEquals("reason", blank.problems().get(0).field());

        events.cancelEvent(event.id(), "Trainer ill");
        assertEquals(EventStatus.CANCELLED, events.event(event.id()).shownStatus());
        assertEquals("Trainer ill", events.event(event.id()).event().cancellation().orElseThrow().reason());
        assertEquals("ana", events.event(event.id()).event().cancellation().orElseThrow().by());
        assertEquals(List.of("Ana"), names(event.id(), EnrolmentStatus.ENROLLED));
        assertEquals(1, events.sessions(event.id()).size());

        events.restoreEvent(event.id());
        assertEquals(EventStatus.OPEN, events.event(event.id()).shownStatus());
        assertEquals(List.of("Ana"), names(event.id(), EnrolmentStatus.ENROLLED));
        int revision = workspace.operations().inTransaction(store -> store.sessionRevision(session.id()));
        assertEquals(2, revision, "cancel and restore each change the session in a calendar");
        assertEquals(session.id(), events.sessions(event.id()).get(0).id());
    }

    @Test
    void aDoubleBookedFacilitatorNeedsAReasonByDefaultAndTheOverrideIsLogged() {
        Event event = newEvent(5);
        long bo = person("Bo");
        Session first = events.addSession(session(event.id(), 2, 9, 12, Optional.empty(), List.of(bo)), "");
        Session clash = session(event.id(), 2, 11, 13, Optional.empty(), List.of(bo));
        Session touching = session(event.id(), 2, 12, 13, Optional.empty(), List.of(bo));

        assertEquals(List.of(new Conflict(ConflictKind.FACILITATOR_OVERLAP, 0, first.id(), bo, "Bo")),
                events.checkConflicts(clash));
        assertEquals(List.of(), events.checkConflicts(touching));
        ConflictException refused = assertThrows(ConflictException.class, () -> events.addSession(clash, " "));
        assertTrue(refused.reasonWouldAllow());
        assertEquals(List.of(Problem.of("conflict", "conflictKind.facilitatorOverlap", "Bo", first.id())),
                refused.conflicts());
        assertEquals(1, events.sessions(event.id()).size(), "nothing saved");

        Session saved = events.addSession(clash, "Bo covers both rooms");

        AuditEntry override = events.history(event.id()).stream()
                .filter(e -> e.action() == AuditAction.CONFLICT_OVERRIDDEN).findFirst().orElseThrow();
        assertEquals(saved.id(), override.recordId());
        assertTrue(override.after().startsWith("Bo covers both rooms"), override.after());
        assertTrue(override.after().contains("FACILITATOR_OVERLAP Bo"), override.after());
    }

    @Test
    void blockRefusesEvenWithAReasonAndWarnSavesWithoutAnOverrideLine() {
        Event event = newEvent(20);
        Room small = directory.addRoom(new Room(0, "Small room", "Lyon", 8, false, ""));
        events.setConflictPolicy(ConflictKind.ROOM_OVER_CAPACITY, ConflictPolicy.BLOCK);
        assertEquals(ConflictPolicy.BLOCK, events.conflictPolicies().get(ConflictKind.ROOM_OVER_CAPACITY));

        ConflictException blocked = assertThrows(ConflictException.class, () -> events.addSession(
                session(event.id(), 2, 9, 12, Optional.of(small.id()), List.of()), "we will squeeze"));
        assertFalse(blocked.reasonWouldAllow());
        assertEquals(List.of(Problem.of("conflict", "conflictKind.roomOverCapacity", "Small room", 0L)),
                blocked.conflicts());

        events.setConflictPolicy(ConflictKind.ROOM_OVER_CAPACITY, ConflictPolicy.WARN);
        events.addSession(session(event.id(), 2, 9, 12, Optional.of(small.id()), List.of()), "");
        assertEquals(1, events.sessions(event.id()).size());
        assertTrue(events.history(event.id()).stream().noneMatch(e -> e.action() == AuditAction.CONFLICT_OVERRIDDEN));
    }

    @Test
    void aParticipantOnTwoEventsAtOnceIsAWarning() {
        Event morning = newEvent(5);
        Event other = newEvent(5);
        long cy = person("Cy");
        events.enrol(morning.id(), cy);
        events.enrol(other.id(), cy);
        Session booked = events.addSession(session(morning.id(), 3, 9, 12, Optional.empty(), List.of()), "");
        Session candidate = session(other.id(), 3, 10, 11, Optional.empty(), List.of());

        assertEquals(List.of(new Conflict(ConflictKind.PARTICIPANT_OVERLAP, 0, booked.id(), cy, "Cy")),
                events.checkConflicts(candidate));
        events.addSession(candidate, "");
        events.cancelSession(booked.id(), SeriesEdit.THIS_SESSION, "Moved online");
        assertEquals(List.of(), events.checkConflicts(candidate), "cancelled sessions book nothing");
    }

    @Test
    void aWeeklySeriesStaysAtNineLocalAcrossTheSpringChange() {
        Event event = newEvent(5);
        Recurrence weekly = new Recurrence(Frequency.WEEKLY, Set.of(), 3, LocalDate.of(2026, 3, 23), LocalTime.of(9, 0),
                LocalTime.of(11, 0), PARIS);
        Session template = session(event.id(), 23, 9, 11, Optional.empty(), List.of(person("Bo")));

        List<Session> series = events.addSeries(event.id(), weekly, template, "");

        assertEquals(3, series.size());
        assertEquals(List.of(LocalDateTime.of(2026, 3, 23, 9, 0), LocalDateTime.of(2026, 3, 30, 9, 0),
                LocalDateTime.of(2026, 4, 6, 9, 0)), events.sessions(event.id()).stream().map(Session::start).toList());
        assertEquals(Instant.parse("2026-03-23T08:00:00Z"), series.get(0).startInstant());
        assertEquals(Instant.parse("2026-03-30T07:00:00Z"), series.get(1).startInstant());
        assertTrue(series.stream().allMatch(s -> s.seriesId().equals(series.get(0).seriesId())));
        assertEquals(3, events.history(event.id()).stream().filter(e -> e.action() == AuditAction.CREATED
                && e.recordType().equals("session")).count());
    }

    @Test
    void aSeriesEditForAllMovesEveryTimeAndCancellingThisAndFollowingSparesEarlierOnes() {
        Event event = newEvent(5);
        Recurrence daily = new Recurrence(Frequency.DAILY, Set.of(), 3, LocalDate.of(2026, 3, 10), LocalTime.of(9, 0),
                LocalTime.of(11, 0), PARIS);
        List<Session> series = events.addSeries(event.id(), daily,
                session(event.id(), 10, 9, 11, Optional.empty(), List.of()), "");
        Session second = series.get(1);

        events.saveSession(second.withTimes(second.start().withHour(14), second.end().withHour(16), PARIS), SeriesEdit.ALL, "");

        assertEquals(List.of(14, 14, 14), events.sessions(event.id()).stream().map(s -> s.start().getHour()).toList());
        events.cancelSession(second.id(), SeriesEdit.THIS_AND_FOLLOWING, "Room closed");
        assertEquals(List.of(false, true, true), events.sessions(event.id()).stream().map(Session::isCancelled).toList());
        events.restoreSession(second.id());
        assertEquals(List.of(false, false, true), events.sessions(event.id()).stream().map(Session::isCancelled).toList());
    }

    @Test
    void badSessionsAreRefusedWithTheField() {
        Event event = newEvent(5);
        InvalidInputException backwards = assertThrows(InvalidInputException.class,
                () -> events.addSession(session(event.id(), 2, 12, 9, Optional.empty(), List.of()), ""));
        assertEquals("end", backwards.problems().get(0).field());
        InvalidInputException outside = assertThrows(InvalidInputException.class, () -> events.addSession(
                new Session(0, event.id(), Optional.empty(), LocalDateTime.of(2026, 5, 2, 9, 0),
                        LocalDateTime.of(2026, 5, 2, 10, 0), PARIS, Optional.empty(), "", List.of(), Optional.empty()), ""));
        assertEquals("start", outside.problems().get(0).field());
        InvalidInputException tooLong = assertThrows(InvalidInputException.class, () -> events.addSession(
                new Session(0, event.id(), Optional.empty(), LocalDateTime.of(2026, 3, 2, 9, 0),
                        LocalDateTime.of(2026, 3, 3, 10, 0), PARIS, Optional.empty(), "", List.of(), Optional.empty()), ""));
        assertEquals("operations.error.sessionTooLong", tooLong.problems().get(0).messageKey());
        events.addSession(session(event.id(), 20, 9, 10, Optional.empty(), List.of()), "");
        InvalidInputException shrink = assertThrows(InvalidInputException.class, () -> events.saveEvent(new Event(
                event.id(), course.id(), Optional.empty(), "Retail", "EMEA", 5, 0, EventStatus.OPEN,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 10), Optional.empty())));
        assertEquals("startsOn", shrink.problems().get(0).field());
    }

    @Test
    void everyChangeAppendsToTheHistoryAndNothingEarlierChanges() {
        Event event = newEvent(2);
        long bo = person("Bo");
        Session session = events.addSession(session(event.id(), 2, 9, 12, Optional.empty(), List.of()), "");
        Enrolment enrolment = events.enrol(event.id(), bo);
        List<AuditEntry> before = events.history(event.id());

        events.markAttendance(session.id(), List.of(bo), AttendanceMark.ATTENDED);
        CostLine cost = events.addCost(new CostLine(0, event.id(), CostCategory.CATERING, new BigDecimal("80.00"), "EUR", ""));
        events.saveCost(new CostLine(cost.id(), event.id(), CostCategory.CATERING, new BigDecimal("95.50"), "EUR", "lunch"));
        events.deleteCost(cost.id());
        events.cancelEnrolment(enrolment.id());
        events.cancelEvent(event.id(), "Low demand");

        List<AuditEntry> after = events.history(event.id());
        assertEquals(before, after.subList(0, before.size()));
        assertEquals(List.of(AuditAction.ATTENDANCE_MARKED, AuditAction.CHANGED, AuditAction.CREATED, AuditAction.CHANGED,
                AuditAction.DELETED, AuditAction.ENROLMENT_CANCELLED, AuditAction.CANCELLED),
                after.subList(before.size(), after.size()).stream().map(AuditEntry::action).toList());
        assertEquals("Bo, ENROLLED", after.get(before.size() + 1).before());
        assertEquals("Bo, ATTENDED", after.get(before.size() + 1).after(), "the enrolment follows the mark");
        assertTrue(after.stream().allMatch(e -> e.user().equals("ana") && e.eventId() == event.id()));
        AuditEntry costChange = after.get(before.size() + 3);
        assertEquals("CATERING 80.00 EUR", costChange.before());
        assertEquals("CATERING 95.50 EUR, lunch", costChange.after());
        assertEquals(Map.of(bo, AttendanceMark.ATTENDED), events.attendance(session.id()));
        assertEquals(List.of(), events.costs(event.id()));
    }

    @Test
    void aDeletedPersonKeepsTheirEnrolmentsAndName() {
        Event event = newEvent(2);
        long bo = person("Bo");
        events.enrol(event.id(), bo);
        assertEquals(1, directory.enrolmentCount(bo));

        directory.deletePerson(bo);

        assertTrue(directory.people().isEmpty());
        assertEquals(List.of("Bo"), names(event.id(), EnrolmentStatus.ENROLLED));
        directory.restorePerson(bo);
        assertEquals(1, directory.people().size());
    }

    @Test
    void enrolmentsFollowTheirAttendanceMarksAcrossSessions() {
        Event event = newEvent(5);
        long bo = person("Bo");
        long cy = person("Cy");
        long di = person("Di");
        events.enrol(event.id(), bo);
        events.enrol(event.id(), cy);
        events.enrol(event.id(), di);
        Session monday = events.addSession(session(event.id(), 2, 9, 12, Optional.empty(), List.of()), "");
        Session tuesday = events.addSession(session(event.id(), 3, 9, 12, Optional.empty(), List.of()), "");

        events.markAttendance(monday.id(), List.of(bo, cy), AttendanceMark.NO_SHOW);
        events.markAttendance(tuesday.id(), List.of(bo), AttendanceMark.ATTENDED);

        assertEquals(List.of("Bo"), names(event.id(), EnrolmentStatus.ATTENDED));
        assertEquals(List.of("Cy"), names(event.id(), EnrolmentStatus.NO_SHOW));
        assertEquals(List.of("Di"), names(event.id(), EnrolmentStatus.ENROLLED));
        assertEquals(3, events.event(event.id()).enrolled(), "attended and no-show still hold their places");
        assertEquals(Map.of(bo, AttendanceMark.NO_SHOW, cy, AttendanceMark.NO_SHOW), events.attendance(monday.id()));
    }
}
