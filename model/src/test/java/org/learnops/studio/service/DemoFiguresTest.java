package org.learnops.studio.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.demo.DemoWorkspace;
import org.learnops.studio.demo.DemoWorkspace.DemoSize;
import org.learnops.studio.domain.operations.CostCategory;
import org.learnops.studio.domain.operations.CostLine;
import org.learnops.studio.domain.operations.Course;
import org.learnops.studio.domain.operations.CourseFormat;
import org.learnops.studio.domain.operations.Enrolment;
import org.learnops.studio.domain.operations.EnrolmentLine;
import org.learnops.studio.domain.operations.EnrolmentStatus;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.EventStatus;
import org.learnops.studio.domain.questions.FigureSource;
import org.learnops.studio.domain.questions.Metric;
import org.learnops.studio.domain.questions.MetricScope;
import org.learnops.studio.domain.questions.OperationalFigures;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.export.ExportProgress;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.workspace.WorkspaceFile;

/**
 * Every event figure and key figure of a known workspace (the large demo generator at a small
 * size, with a fixed seed and clock), pinned as they were computed before issue 8 made the deck's
 * queries cheaper: a faster query that gives another answer fails here.
 */
class DemoFiguresTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    static Path folder;

    private static Workspace workspace;

    @BeforeAll
    static void generate() {
        workspace = new JdbcWorkspaceOpener().create(WorkspaceFile.of(folder.resolve("demo")));
        DemoWorkspace.fill(workspace, DemoSize.LARGE.volume().scaled(0.005), true, CLOCK, ExportProgress.NONE);
        // What the generator leaves out: waitlists that moved up, cancelled events, a second
        // currency, a deleted cost line, a course without an activity area.
        EventService events = new EventService(workspace.operations(), CLOCK, "test");
        DirectoryService directory = new DirectoryService(workspace.operations());
        int promoted = 0;
        for (long eventId = 1; eventId <= 120 && promoted < 12; eventId++) {
            List<Enrolment> enrolments = events.enrolments(eventId).stream().map(EnrolmentLine::enrolment).toList();
            boolean waiting = enrolments.stream().anyMatch(e -> e.status() == EnrolmentStatus.WAITLISTED);
            Optional<Enrolment> holder = enrolments.stream().filter(e -> e.status() == EnrolmentStatus.ENROLLED).findFirst();
            if (waiting && holder.isPresent()) {
                events.cancelEnrolment(holder.get().id());
                promoted++;
            }
        }
        events.cancelEvent(130, "Trainer ill");
        events.cancelEvent(131, "Trainer ill");
        for (long eventId = 140; eventId < 150; eventId++) {
            events.addCost(new CostLine(0, eventId, CostCategory.TRAVEL, new BigDecimal("1234.50"), "USD", ""));
        }
        events.deleteCost(events.costs(151).get(0).id());
        Course loose = directory.addCourse(new Course(0, "No area", Optional.empty(), CourseFormat.VIRTUAL, 60,
                Optional.empty()));
        Event event = events.createEvent(new Event(0, loose.id(), Optional.empty(), "Finance", "", 5, 0, EventStatus.OPEN,
                LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 4), Optional.empty()));
        for (int i = 1; i <= 3; i++) {
            events.enrol(event.id(), i);
        }
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    /** Organisation-wide, per activity area of the Scope step, per business area, and both. */
    static List<MetricScope> scopes(Workspace workspace) {
        List<MetricScope> scopes = new ArrayList<>();
        scopes.add(MetricScope.EVERYTHING);
        List<ActivityArea> areas = new ScopeService(workspace.scope()).load().areas();
        for (ActivityArea area : areas) {
            scopes.add(new MetricScope(Optional.of(area.id()), ""));
        }
        for (String business : List.of("Warehousing", " finance ", "Nowhere")) {
            scopes.add(new MetricScope(Optional.empty(), business));
        }
        scopes.add(new MetricScope(Optional.of(areas.get(0).id()), "Transport"));
        return scopes;
    }

    static String metrics(OperationalFigures figures, List<MetricScope> scopes) {
        StringBuilder text = new StringBuilder();
        for (MetricScope scope : scopes) {
            text.append(scope.activityAreaId().map(String::valueOf).orElse("-")).append('/').append(scope.businessArea())
                    .append(':');
            for (Metric metric : Metric.values()) {
                if (metric.source() == FigureSource.EVENTS) {
                    text.append(' ').append(figures.value(metric, scope).map(v -> v.toPlainString()).orElse("none"));
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    static String keyFigures(DeckFigures figures) {
        var marks = figures.totals(Metric.ATTENDANCE_RATE, MetricScope.EVERYTHING);
        var cost = figures.totals(Metric.COST_PER_ATTENDED_LEARNER, MetricScope.EVERYTHING);
        return figures.sessionsPerMonth() + "\n" + figures.fillByActivityArea() + "\n" + figures.costsByCategory()
                + "\nmarks " + marks.attendedMarks() + " attended, " + marks.noShowMarks() + " no-show; cost "
                + cost.cost() + " " + cost.currency() + " over " + cost.attendedLearners() + " learners";
    }

    static String keyFigures(Workspace workspace) {
        return workspace.operations().inTransaction(store -> {
            var marks = store.totals(MetricScope.EVERYTHING, Metric.ATTENDANCE_RATE);
            var cost = store.totals(MetricScope.EVERYTHING, Metric.COST_PER_ATTENDED_LEARNER);
            return store.sessionsPerMonth() + "\n" + store.fillByActivityArea() + "\n" + store.costsByCategory()
                    + "\nmarks " + marks.attendedMarks() + " attended, " + marks.noShowMarks() + " no-show; cost "
                    + cost.cost() + " " + cost.currency() + " over " + cost.attendedLearners() + " learners";
        });
    }

    /** Fill rate, attendance, no-shows, sessions cancelled, waitlist conversion, cost per attended learner. */
    static final String METRICS = """
            -/: 91.3 89.2 10.8 4.2 1.1 118.86
            1/: 92.0 86.9 13.1 8.3 2.3 117.90
            2/: 88.7 87.3 12.7 3.6 2.5 115.51
            3/: 93.1 88.0 12.0 2.1 0.0 118.79
            4/: 89.5 91.0 9.0 5.2 0.0 117.33
            5/: 94.0 92.6 7.4 0.0 0.0 123.08
            6/: 94.1 91.2 8.8 4.8 2.6 107.63
            7/: 89.5 90.1 9.9 2.2 0.0 118.94
            8/: 92.7 87.0 13.0 6.5 0.0 122.02
            9/: 91.1 88.4 11.6 1.9 0.0 119.24
            10/: 90.3 89.0 11.0 7.5 3.1 128.63
            -/Warehousing: 91.1 90.2 9.8 3.8 0.0 121.69
            -/finance: 92.7 86.8 13.2 2.2 0.0 119.63
            -/Nowhere: none none none none none none
            1/Transport: 89.1 82.5 17.5 0.0 0.0 151.91
            """;

    /** Sessions per month, fill by activity area, costs by category. */
    static final String KEY_FIGURES = """
            [MonthCount[month=2025-09, sessions=109], MonthCount[month=2025-10, sessions=127], MonthCount[month=2025-11, sessions=112], MonthCount[month=2025-12, sessions=122], MonthCount[month=2026-01, sessions=119], MonthCount[month=2026-02, sessions=112], MonthCount[month=2026-03, sessions=120], MonthCount[month=2026-04, sessions=126], MonthCount[month=2026-05, sessions=112], MonthCount[month=2026-06, sessions=124], MonthCount[month=2026-07, sessions=127], MonthCount[month=2026-08, sessions=119], MonthCount[month=2026-09, sessions=8]]
            [AreaFill[activityAreaId=Optional.empty, placesHeld=3, capacity=5], AreaFill[activityAreaId=Optional[1], placesHeld=370, capacity=402], AreaFill[activityAreaId=Optional[2], placesHeld=456, capacity=514], AreaFill[activityAreaId=Optional[3], placesHeld=389, capacity=418], AreaFill[activityAreaId=Optional[4], placesHeld=460, capacity=514], AreaFill[activityAreaId=Optional[5], placesHeld=420, capacity=447], AreaFill[activityAreaId=Optional[6], placesHeld=336, capacity=357], AreaFill[activityAreaId=Optional[7], placesHeld=365, capacity=408], AreaFill[activityAreaId=Optional[8], placesHeld=355, capacity=383], AreaFill[activityAreaId=Optional[9], placesHeld=449, capacity=493], AreaFill[activityAreaId=Optional[10], placesHeld=390, capacity=432]]
            [CategoryCost[category=CATERING, currency=EUR, amount=87936.00], CategoryCost[category=FACILITATOR, currency=EUR, amount=335950.00], CategoryCost[category=MATERIALS, currency=EUR, amount=17662.50], CategoryCost[category=TRAVEL, currency=USD, amount=12345.00]]
            marks 7878 attended, 954 no-show; cost 312134.50 EUR over 2626 learners
            """;

    @Test
    void eachMetricPerScopeIsAsBefore() {
        assertEquals(METRICS, metrics(new EventFigures(workspace.operations()), scopes(workspace)));
    }

    @Test
    void keyFiguresAreAsBefore() {
        assertEquals(KEY_FIGURES, keyFigures(workspace) + "\n");
    }

    @Test
    void theDeckReadsTheSameFiguresOnce() {
        DeckFigures figures = new DeckFigures(workspace.operations());
        assertEquals(METRICS, metrics(figures, scopes(workspace)));
        assertEquals(KEY_FIGURES, keyFigures(figures) + "\n");
        // asked again (the overview's warnings after the questions' slide): the same answers
        assertEquals(METRICS, metrics(figures, scopes(workspace)));
    }
}
