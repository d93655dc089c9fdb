package org.learnops.studio.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.demo.DemoWorkspace;
import org.learnops.studio.demo.DemoWorkspace.DemoSize;
import org.learnops.studio.domain.operations.AttendanceMark;
import org.learnops.studio.domain.operations.CostCategory;
import org.learnops.studio.domain.operations.CostLine;
import org.learnops.studio.domain.operations.Course;
import org.learnops.studio.domain.operations.Enrolment;
import org.learnops.studio.domain.operations.EnrolmentStatus;
import org.learnops.studio.domain.operations.Session;
import org.learnops.studio.domain.questions.Metric;
import org.learnops.studio.domain.questions.MetricScope;
import org.learnops.studio.exchange.json.JsonWorkshopFile;
import org.learnops.studio.export.ExportOptions;
import org.learnops.studio.export.ExportProgress;
import org.learnops.studio.export.ExportSection;
import org.learnops.studio.persistence.OperationsStore;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.service.DirectoryService;
import org.learnops.studio.service.EventService;
import org.learnops.studio.workspace.WorkspaceFile;

/**
 * The kept figures (decision 0014) after the writes that bypass the store's single-row hooks: the
 * demo generator's batches, a workshop-file import, and migration V12 of a workspace that has
 * data; each equals the live SQL's figures and a rebuild's tables.
 */
class KeptFiguresWritePathsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path folder;

    private Workspace demo(String name) {
        Workspace workspace = new JdbcWorkspaceOpener().create(WorkspaceFile.of(folder.resolve(name)));
        DemoWorkspace.fill(workspace, DemoSize.LARGE.volume().scaled(0.002), true, CLOCK, ExportProgress.NONE);
        // what the generator leaves out: a second currency, a deleted line, a cancelled event, a course without area
        EventService events = new EventService(workspace.operations(), CLOCK, "test");
        events.addCost(new CostLine(0, 5, CostCategory.TRAVEL, new BigDecimal("99.90"), "USD", ""));
        long withCosts = 6;
        while (events.costs(withCosts).isEmpty()) {
            withCosts++;
        }
        events.deleteCost(events.costs(withCosts).get(0).id());
        events.cancelEvent(7, "Trainer ill");
        DirectoryService directory = new DirectoryService(workspace.operations());
        Course course = directory.courses().get(0);
        directory.saveCourse(new Course(course.id(), course.title(), Optional.empty(), course.format(),
                course.defaultDurationMinutes(), course.ownerId()));
        return workspace;
    }

    @Test
    void theDemoGeneratorsBatchesKeepTheFigures() {
        Workspace workspace = demo("demo");
        try {
            KeptFigures.assertKeptEqualsLive(workspace);
        } finally {
            workspace.close();
        }
    }

    @Test
    void batchesIntoExistingEventsKeepTheFigures() {
        Workspace workspace = demo("batches");
        try {
            LocalDateTime start = LocalDateTime.of(2026, 2, 10, 9, 0);
            Instant at = Instant.parse("2026-02-10T12:00:00Z");
            List<Long> added = workspace.operations().inTransaction(store -> store.insertSessions(List.of(
                    new Session(0, 3, Optional.empty(), start, start.plusHours(2), ZoneId.of("Europe/Berlin"),
                            Optional.empty(), "", List.of(), Optional.empty()))));
            KeptFigures.assertKeptEqualsLive(workspace);
            workspace.operations().inTransaction(store -> {
                store.insertEnrolments(List.of(new Enrolment(0, 4, 1, EnrolmentStatus.WAITLISTED, at, at, 1),
                        new Enrolment(0, 4, 2, EnrolmentStatus.ENROLLED, at, at, 0)));
                store.insertCosts(List.of(new CostLine(0, 8, CostCategory.VENDOR, new BigDecimal("10.00"), "GBP", "")));
                return null;
            });
            KeptFigures.assertKeptEqualsLive(workspace);
            // marks on an event written in an earlier transaction: found through their sessions
            workspace.operations().inTransaction(store -> {
                store.insertMarks(List.of(new OperationsStore.MarkRow(added.get(0), 1, AttendanceMark.ATTENDED, at),
                        new OperationsStore.MarkRow(added.get(0), 2, AttendanceMark.NO_SHOW, at)));
                return null;
            });
            KeptFigures.assertKeptEqualsLive(workspace);
        } finally {
            workspace.close();
        }
    }

    @Test
    void aWorkshopFileImportRebuildsTheFigures() {
        Path json = folder.resolve("demo.json");
        Workspace source = demo("source");
        String figures;
        try {
            figures = KeptFigures.kept(source, KeptFigures.scopes(source));
            new JsonWorkshopFile().write(source, new ExportOptions(EnumSet.allOf(ExportSection.class), true, CLOCK), json,
                    ExportProgress.NONE);
        } finally {
            source.close();
        }
        Workspace imported = new JdbcWorkspaceOpener().create(WorkspaceFile.of(folder.resolve("imported")));
        try {
            new JsonWorkshopFile().importInto(imported, json, ExportProgress.NONE);
            KeptFigures.assertKeptEqualsLive(imported);
            assertEquals(figures, KeptFigures.kept(imported, KeptFigures.scopes(imported)));
        } finally {
            imported.close();
        }
    }

    @Test
    void migrationV12CountsTheFiguresOfAWorkspaceThatHasData() {
        WorkspaceFile file = WorkspaceFile.of(folder.resolve("old"));
        Workspace workspace = demo("old");
        String figures;
        try {
            figures = KeptFigures.kept(workspace, KeptFigures.scopes(workspace));
            // back to V11: the tables of V12 dropped, its line removed from the history
            ((JdbcWorkspace) workspace).database().inTransaction(connection -> {
                try (Statement statement = connection.createStatement()) {
                    for (String table : List.of("event_figures", "event_figure_costs", "event_figure_months",
                            "figure_totals", "figure_attended_costs", "figure_months", "figure_costs")) {
                        statement.execute("DROP TABLE " + table);
                    }
                    assertEquals(1, statement.executeUpdate(
                            "DELETE FROM \"" + SchemaHistory.TABLE + "\" WHERE \"version\" = '12'"));
                }
                return null;
            });
        } finally {
            workspace.close();
        }
        Workspace migrated = new JdbcWorkspaceOpener().open(file);
        try {
            int applied = ((JdbcWorkspace) migrated).database().inTransaction(connection -> {
                try (Statement statement = connection.createStatement();
                     var rows = statement.executeQuery("SELECT COUNT(*) FROM \"" + SchemaHistory.TABLE
                             + "\" WHERE \"version\" = '12' AND \"success\" = TRUE")) {
                    rows.next();
                    return rows.getInt(1);
                }
            });
            assertEquals(1, applied, "V12 ran again");
            KeptFigures.assertKeptEqualsLive(migrated);
            assertEquals(figures, KeptFigures.kept(migrated, KeptFigures.scopes(migrated)));
            assertTrue(migrated.operations().inTransaction(store -> store.totals(MetricScope.EVERYTHING,
                    Metric.EVENT_FILL_RATE)).capacity() > 0, "the migrated workspace has figures");
        } finally {
            migrated.close();
        }
    }
}
