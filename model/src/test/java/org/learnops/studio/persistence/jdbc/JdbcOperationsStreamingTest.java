package org.learnops.studio.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.domain.operations.AttendanceLine;
import org.learnops.studio.domain.operations.AttendanceMark;
import org.learnops.studio.domain.operations.CalendarEntry;
import org.learnops.studio.domain.operations.Cancellation;
import org.learnops.studio.domain.operations.CostCategory;
import org.learnops.studio.domain.operations.CostLine;
import org.learnops.studio.domain.operations.Course;
import org.learnops.studio.domain.operations.CourseFormat;
import org.learnops.studio.domain.operations.Enrolment;
import org.learnops.studio.domain.operations.EnrolmentStatus;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.EventStatus;
import org.learnops.studio.domain.operations.EventSummary;
import org.learnops.studio.domain.operations.ParticipantLine;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.PersonRole;
import org.learnops.studio.domain.operations.RecordCounts;
import org.learnops.studio.domain.operations.Session;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.workspace.WorkspaceFile;

/** The whole-table reads an export streams: every row, in id order, with the names it shows. */
class JdbcOperationsStreamingTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    @TempDir
    java.nio.file.Path dir;
    private WorkspaceFile file;
    private Workspace workspace;

    @BeforeEach
    void create() {
        file = WorkspaceFile.of(dir.resolve("w"));
        workspace = new JdbcWorkspaceOpener().create(file);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void everyRowOfEachTableInIdOrderWithNamesAndCounts() {
        workspace.operations().inTransaction(s -> {
            Person ana = s.insertPerson(new Person(0, "Ana Lima", "ana@example.com", "", "",
                    Set.of(PersonRole.PARTICIPANT, PersonRole.COORDINATOR)));
            Person bo = s.insertPerson(Person.participant("Bo Chen"));
            Course course = s.insertCourse(new Course(0, "Hybrid teams", Optional.empty(), CourseFormat.VIRTUAL, 60,
                    Optional.empty()));
            // the later event is stored first: id order, not date order
            Event later = s.insertEvent(new Event(0, course.id(), Optional.of(ana.id()), "", "", 5, 0, EventStatus.OPEN,
                    LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1), Optional.empty()));
            Event earlier = s.insertEvent(new Event(0, course.id(), Optional.empty(), "", "", 5, 0, EventStatus.OPEN,
                    LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), Optional.of(new Cancellation("Trainer ill", NOW, "me"))));
            Session session = s.insertSession(new Session(0, earlier.id(), Optional.empty(), LocalDateTime.of(2026, 3, 2, 9, 0),
                    LocalDateTime.of(2026, 3, 2, 10, 0), PARIS, Optional.empty(), "", List.of(), Optional.empty()));
            s.insertEnrolment(new Enrolment(0, later.id(), bo.id(), EnrolmentStatus.WAITLISTED, NOW, NOW, 1));
            s.insertEnrolment(new Enrolment(0, earlier.id(), ana.id(), EnrolmentStatus.ATTENDED, NOW, NOW, 0));
            s.mark(session.id(), ana.id(), AttendanceMark.ATTENDED, NOW);
            CostLine gone = s.insertCost(new CostLine(0, later.id(), CostCategory.ROOM, BigDecimal.TEN, "EUR", ""));
            s.insertCost(new CostLine(0, later.id(), CostCategory.TRAVEL, new BigDecimal("12.50"), "USD", "Taxi"));
            s.setCostDeleted(gone.id(), true);
            return null;
        });
        workspace.close();
        workspace = new JdbcWorkspaceOpener().open(file);

        List<EventSummary> events = new ArrayList<>();
        List<CalendarEntry> sessions = new ArrayList<>();
        List<ParticipantLine> enrolments = new ArrayList<>();
        List<AttendanceLine> marks = new ArrayList<>();
        List<CostLine> costs = new ArrayList<>();
        RecordCounts counts = workspace.operations().inTransaction(s -> {
            s.forEachEvent(events::add);
            s.forEachSession(sessions::add);
            s.forEachEnrolment(enrolments::add);
            s.forEachMark(marks::add);
            s.forEachCost(costs::add);
            return s.counts();
        });

        assertEquals(new RecordCounts(2, 1, 2, 1, 1), counts);
        assertEquals(List.of(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 3, 2)),
                events.stream().map(e -> e.event().startsOn()).toList());
        assertTrue(events.get(0).event().id() < events.get(1).event().id());
        assertEquals("Ana Lima", events.get(0).coordinatorName());
        assertEquals(EventStatus.CANCELLED, events.get(1).shownStatus());
        assertEquals(1, events.get(0).waitlisted());

        assertEquals(1, sessions.size());
        assertEquals("Hybrid teams", sessions.get(0).courseTitle());
        assertTrue(sessions.get(0).eventCancelled());
        assertEquals(LocalDateTime.of(2026, 3, 2, 9, 0), sessions.get(0).session().start());

        assertEquals(List.of("Bo Chen", "Ana Lima"), enrolments.stream().map(ParticipantLine::personName).toList());
        assertEquals("ana@example.com", enrolments.get(1).email());
        assertEquals("Hybrid teams", enrolments.get(0).courseTitle());
        assertEquals(1, enrolments.get(0).enrolment().waitlistPosition());

        assertEquals(AttendanceMark.ATTENDED, marks.get(0).mark());
        assertEquals("Ana Lima", marks.get(0).personName());
        assertEquals(PARIS, marks.get(0).zone());
        assertEquals(NOW, marks.get(0).markedAt());

        assertEquals(List.of("USD"), costs.stream().map(CostLine::currency).toList(), "deleted lines are left out");
    }
}
