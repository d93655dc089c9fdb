package org.learnops.studio.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.domain.operations.CostCategory;
import org.learnops.studio.domain.operations.CostLine;
import org.learnops.studio.domain.operations.Course;
import org.learnops.studio.domain.operations.CourseFormat;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.EventStatus;
import org.learnops.studio.domain.operations.KpiFigures;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.SeriesEdit;
import org.learnops.studio.domain.operations.Session;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.service.DirectoryService;
import org.learnops.studio.service.EventService;
import org.learnops.studio.workspace.WorkspaceFile;

/** The deck's grouped figures, summed by H2 on a real file, after close and reopen. */
class JdbcKpiFiguresTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    Path folder;

    private WorkspaceFile file;
    private Workspace workspace;

    @BeforeEach
    void open() {
        file = WorkspaceFile.of(folder.resolve("kpi"));
        workspace = new JdbcWorkspaceOpener().create(file);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void figuresAreGroupedInTheDatabaseLeavingOutWhatIsCancelledOrDeleted() {
        DirectoryService directory = new DirectoryService(workspace.operations());
        EventService events = new EventService(workspace.operations(), CLOCK, "ana");
        Course area5 = directory.addCourse(new Course(0, "Coaching", Optional.of(5L), CourseFormat.IN_PERSON, 60, Optional.empty()));
        Course none = directory.addCourse(new Course(0, "Welcome", Optional.empty(), CourseFormat.IN_PERSON, 60, Optional.empty()));
        Event open = event(events, area5, 4, EventStatus.OPEN, LocalDate.of(2026, 3, 2));
        Event noArea = event(events, none, 10, EventStatus.COMPLETED, LocalDate.of(2026, 1, 20));
        Event cancelled = event(events, area5, 6, EventStatus.OPEN, LocalDate.of(2026, 3, 10));
        for (String name : List.of("Ana", "Bo", "Cy")) {
            events.enrol(open.id(), directory.addPerson(Person.participant(name)).id());
        }
        events.enrol(noArea.id(), directory.addPerson(Person.participant("Di")).id());
        session(events, open.id(), LocalDateTime.of(2026, 3, 2, 9, 0));
        Session dropped = session(events, open.id(), LocalDateTime.of(2026, 3, 3, 9, 0));
        events.cancelSession(dropped.id(), SeriesEdit.THIS_SESSION, "Trainer ill");
        session(events, noArea.id(), LocalDateTime.of(2026, 1, 20, 9, 0));
        session(events, noArea.id(), LocalDateTime.of(2026, 1, 21, 9, 0));
        session(events, cancelled.id(), LocalDateTime.of(2026, 3, 10, 9, 0));
        events.cancelEvent(cancelled.id(), "Budget freeze");
        events.addCost(new CostLine(0, open.id(), CostCategory.ROOM, new BigDecimal("100.00"), "EUR", ""));
        events.addCost(new CostLine(0, noArea.id(), CostCategory.ROOM, new BigDecimal("50.50"), "EUR", ""));
        events.addCost(new CostLine(0, open.id(), CostCategory.CATERING, new BigDecimal("70.00"), "USD", ""));
        CostLine removed = events.addCost(new CostLine(0, open.id(), CostCategory.TRAVEL, new BigDecimal("999.00"), "EUR", ""));
        events.deleteCost(removed.id());

        workspace.close();
        workspace = new JdbcWorkspaceOpener().open(file);

        workspace.operations().inTransaction(store -> {
            assertEquals(List.of(new KpiFigures.MonthCount(YearMonth.of(2026, 1), 2), new KpiFigures.MonthCount(YearMonth.of(2026, 3), 1)),
                    store.sessionsPerMonth());
            List<KpiFigures.AreaFill> fill = store.fillByActivityArea();
            assertEquals(2, fill.size(), "the cancelled event is not counted: " + fill);
            assertEquals(new KpiFigures.AreaFill(Optional.of(5L), 3, 4),
                    fill.stream().filter(f -> f.activityAreaId().isPresent()).findFirst().orElseThrow());
            assertEquals(new KpiFigures.AreaFill(Optional.empty(), 1, 10),
                    fill.stream().filter(f -> f.activityAreaId().isEmpty()).findFirst().orElseThrow());
            assertEquals(Optional.of(new BigDecimal("75.0")), new KpiFigures.AreaFill(Optional.of(5L), 3, 4).percent());
            List<KpiFigures.CategoryCost> costs = store.costsByCategory();
            assertEquals(List.of(new KpiFigures.CategoryCost(CostCategory.CATERING, "USD", new BigDecimal("70.00")),
                    new KpiFigures.CategoryCost(CostCategory.ROOM, "EUR", new BigDecimal("150.50"))), costs);
            assertEquals("EUR", KpiFigures.mainCurrency(costs));
            return null;
        });
    }

    private static Event event(EventService events, Course course, int capacity, EventStatus status, LocalDate day) {
        return events.createEvent(new Event(0, course.id(), Optional.empty(), "Retail", "", capacity, 0, status, day, day.plusDays(4),
                Optional.empty()));
    }

    private static Session session(EventService events, long eventId, LocalDateTime start) {
        return events.addSession(new Session(0, eventId, Optional.empty(), start, start.plusHours(2), PARIS,
                Optional.empty(), "", List.of(), Optional.empty()), "");
    }
}
