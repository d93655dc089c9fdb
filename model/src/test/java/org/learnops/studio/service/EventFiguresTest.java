package org.learnops.studio.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learnops.studio.domain.operations.AttendanceMark;
import org.learnops.studio.domain.operations.CostCategory;
import org.learnops.studio.domain.operations.CostLine;
import org.learnops.studio.domain.operations.Course;
import org.learnops.studio.domain.operations.CourseFormat;
import org.learnops.studio.domain.operations.Enrolment;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.EventStatus;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.SeriesEdit;
import org.learnops.studio.domain.operations.Session;
import org.learnops.studio.domain.questions.Metric;
import org.learnops.studio.domain.questions.MetricScope;
import org.learnops.studio.domain.questions.OperationalFigures;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.workspace.WorkspaceFile;
import org.junit.jupiter.api.io.TempDir;

/** The event metrics computed from records on a real workspace, for each kind of scope. */
class EventFiguresTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final long RETAIL_AREA = 5;
    private static final long FINANCE_AREA = 9;

    @TempDir
    Path folder;

    private Workspace workspace;
    private DirectoryService directory;
    private EventService events;
    private OperationalFigures figures;

    @BeforeEach
    void open() {
        workspace = new JdbcWorkspaceOpener().create(WorkspaceFile.of(folder.resolve("ops")));
        directory = new DirectoryService(workspace.operations());
        events = new EventService(workspace.operations(), CLOCK, "ana");
        figures = new EventFigures(workspace.operations());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Event event(long area, String businessArea, int capacity, EventStatus status) {
        Course course = directory.addCourse(new Course(0, "Course " + area, Optional.of(area), CourseFormat.IN_PERSON, 60,
                Optional.empty()));
        return events.createEvent(new Event(0, course.id(), Optional.empty(), businessArea, "", capacity, 0, status,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6), Optional.empty()));
    }

    private Session session(long eventId, int day) {
        return events.addSession(new Session(0, eventId, Optional.empty(), LocalDateTime.of(2026, 3, day, 9, 0),
                LocalDateTime.of(2026, 3, day, 11, 0), PARIS, Optional.empty(), "", List.of(), Optional.empty()), "");
    }

    private long person(String name) {
        return directory.addPerson(Person.participant(name)).id();
    }

    private void cost(long eventId, String amount, String currency) {
        events.addCost(new CostLine(0, eventId, CostCategory.CATERING, new BigDecimal(amount), currency, ""));
    }

    private Optional<BigDecimal> value(Metric metric, MetricScope scope) {
        return figures.value(metric, scope);
    }

    @Test
    void withNothingRecordedEveryFigureHasNoData() {
        for (Metric metric : Metric.values()) {
            assertEquals(Optional.empty(), value(metric, MetricScope.EVERYTHING), metric.name());
        }
    }

    @Test
    void figuresAreComputedForExactlyTheScopeAsked() {
        Event retail = event(RETAIL_AREA, "Retail", 4, EventStatus.OPEN);
        Enrolment ana = events.enrol(retail.id(), person("Ana"));
        long bo = person("Bo");
        long cy = person("Cy");
        long di = person("Di");
        long eve = person("Eve");
        events.enrol(retail.id(), bo);
        events.enrol(retail.id(), cy);
        events.enrol(retail.id(), di);
        events.enrol(retail.id(), eve); // waits, then gets Ana's place
        events.cancelEnrolment(ana.id());
        Session first = session(retail.id(), 2);
        events.markAttendance(first.id(), List.of(bo, cy, eve), AttendanceMark.ATTENDED);
        events.markAttendance(first.id(), List.of(di), AttendanceMark.NO_SHOW);
        Session second = session(retail.id(), 3);
        events.cancelSession(second.id(), SeriesEdit.THIS_SESSION, "Room flooded");
        cost(retail.id(), "300.00", "EUR");
        cost(retail.id(), "100.00", "EUR");
        cost(retail.id(), "50.00", "USD");

        Event finance = event(FINANCE_AREA, "Finance", 10, EventStatus.OPEN);
        events.enrol(finance.id(), person("Fay"));
        session(finance.id(), 4);
        cost(finance.id(), "1000.00", "EUR"); // nobody attended yet: not part of the cost per learner
        event(RETAIL_AREA, "Retail", 10, EventStatus.PLANNED); // planned: not selling places yet

        MetricScope everything = MetricScope.EVERYTHING;
        assertEquals(Optional.of(new BigDecimal("35.7")), value(Metric.EVENT_FILL_RATE, everything)); // 5 / 14
        assertEquals(Optional.of(new BigDecimal("75.0")), value(Metric.ATTENDANCE_RATE, everything));
        assertEquals(Optional.of(new BigDecimal("25.0")), value(Metric.NO_SHOW_RATE, everything));
        assertEquals(Optional.of(new BigDecimal("33.3")), value(Metric.SESSIONS_CANCELLED, everything)); // 1 / 3
        assertEquals(Optional.of(new BigDecimal("100.0")), value(Metric.WAITLIST_CONVERSION, everything));
        assertEquals(Optional.of(new BigDecimal("133.33")), value(Metric.COST_PER_ATTENDED_LEARNER, everything)); // 400 EUR / 3
        assertEquals(Optional.empty(), value(Metric.BUDGET_VARIANCE, everything));

        MetricScope retailBusiness = new MetricScope(Optional.empty(), " RETAIL ");
        assertEquals(Optional.of(new BigDecimal("100.0")), value(Metric.EVENT_FILL_RATE, retailBusiness));
        assertEquals(Optional.of(new BigDecimal("50.0")), value(Metric.SESSIONS_CANCELLED, retailBusiness));

        MetricScope financeArea = new MetricScope(Optional.of(FINANCE_AREA), "");
        assertEquals(Optional.of(new BigDecimal("10.0")), value(Metric.EVENT_FILL_RATE, financeArea));
        assertEquals(Optional.of(new BigDecimal("0.0")), value(Metric.SESSIONS_CANCELLED, financeArea));
        assertEquals(Optional.empty(), value(Metric.ATTENDANCE_RATE, financeArea));
        assertEquals(Optional.empty(), value(Metric.WAITLIST_CONVERSION, financeArea));
        assertEquals(Optional.empty(), value(Metric.COST_PER_ATTENDED_LEARNER, financeArea));

        MetricScope mismatch = new MetricScope(Optional.of(FINANCE_AREA), "Retail");
        for (Metric metric : Metric.values()) {
            assertEquals(Optional.empty(), value(metric, mismatch), metric.name());
        }

        deckAgrees(everything, retailBusiness, financeArea, mismatch);

        events.cancelEvent(finance.id(), "Budget freeze");
        assertEquals(Optional.of(new BigDecimal("66.7")), value(Metric.SESSIONS_CANCELLED, everything),
                "sessions of a cancelled event count as cancelled");
        assertEquals(Optional.of(new BigDecimal("100.0")), value(Metric.EVENT_FILL_RATE, everything),
                "a cancelled event has no places to fill");
        deckAgrees(everything, retailBusiness, financeArea, mismatch);
    }

    /** The deck reads some figures from shared passes (charts and conditions): the same values as one by one. */
    private void deckAgrees(MetricScope... scopes) {
        DeckFigures deck = new DeckFigures(workspace.operations());
        for (MetricScope scope : scopes) {
            for (Metric metric : Metric.values()) {
                assertEquals(value(metric, scope), deck.value(metric, scope), metric + " " + scope);
            }
        }
    }
}
