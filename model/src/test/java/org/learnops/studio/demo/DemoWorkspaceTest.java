package org.learnops.studio.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.learnops.studio.demo.DemoWorkspace.DemoSize;
import org.learnops.studio.demo.DemoWorkspace.Volume;
import org.learnops.studio.domain.operations.EnrolmentLine;
import org.learnops.studio.domain.operations.EnrolmentStatus;
import org.learnops.studio.domain.operations.EventFilter;
import org.learnops.studio.domain.operations.EventSummary;
import org.learnops.studio.domain.overview.StepProgress;
import org.learnops.studio.domain.questions.Evaluation;
import org.learnops.studio.error.CancelledException;
import org.learnops.studio.export.ExportProgress;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.service.ArtefactsService;
import org.learnops.studio.service.ChampionService;
import org.learnops.studio.service.DeliverableService;
import org.learnops.studio.service.DirectoryService;
import org.learnops.studio.service.EventFigures;
import org.learnops.studio.service.EventService;
import org.learnops.studio.service.GovernanceService;
import org.learnops.studio.service.KeyQuestionsService;
import org.learnops.studio.service.NeedsAnalysisService;
import org.learnops.studio.service.OverviewService;
import org.learnops.studio.service.ScopeService;
import org.learnops.studio.service.StakeholderService;
import org.learnops.studio.workspace.WorkspaceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoWorkspaceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void smallDemoFillsEveryStepAndAYearOfOperations() {
        WorkspaceFile file = WorkspaceFile.of(folder.resolve("demo"));
        try (Workspace workspace = new JdbcWorkspaceOpener().create(file)) {
            DemoWorkspace.fill(workspace, DemoSize.SMALL, CLOCK, ExportProgress.NONE);
        }
        try (Workspace workspace = new JdbcWorkspaceOpener().open(file)) {
            var scope = new ScopeService(workspace.scope()).load();
            assertEquals("Northwind Learning Operations 2026", scope.strategy().name());
            assertTrue(scope.areas().stream().anyMatch(a -> !a.inScope()), "some areas out of scope");
            assertTrue(scope.areas().stream().allMatch(a -> a.builtIn() == null || !a.rationale().isBlank()));
            assertEquals(14, new StakeholderService(workspace.stakeholders()).list().size());
            assertTrue(new DeliverableService(workspace.deliverables()).list().stream()
                    .allMatch(d -> d.ownerId().isPresent() && d.dueDate().isPresent()));
            var needs = new NeedsAnalysisService(workspace.needsAnalysis(), workspace.scope()).load();
            assertEquals(6, needs.sessions().size());
            assertEquals(10, needs.findings().size());
            assertEquals(5, new ChampionService(workspace.champions()).list().size());
            assertEquals(15, new ChampionService(workspace.champions()).engagements().size());
            GovernanceService governance = new GovernanceService(workspace.governance());
            assertTrue(governance.loadModel().isPresent());
            assertEquals(2, governance.bodies().size());
            assertEquals(7, governance.loadMatrix().processes().size());
            var artefacts = new ArtefactsService(workspace.artefacts()).load();
            assertEquals(6, artefacts.glossary().size());
            assertEquals(4, artefacts.policies().size());
            assertEquals(4, artefacts.communications().size());
            assertEquals(5, artefacts.systems().size());
            assertEquals(4, artefacts.integrations().size());

            assertEquals(150, new DirectoryService(workspace.operations()).people().size());
            EventService events = new EventService(workspace.operations(), CLOCK, "test");
            assertEquals(120, events.countEvents(EventFilter.ALL));
            Map<EnrolmentStatus, Integer> statuses = new EnumMap<>(EnrolmentStatus.class);
            int sessions = 0;
            for (EventSummary event : events.events(EventFilter.ALL, 0, 200)) {
                sessions += events.sessions(event.event().id()).size();
                for (EnrolmentLine line : events.enrolments(event.event().id())) {
                    statuses.merge(line.enrolment().status(), 1, Integer::sum);
                }
            }
            assertEquals(240, sessions);
            for (EnrolmentStatus status : EnrolmentStatus.values()) {
                assertTrue(statuses.getOrDefault(status, 0) > 0, "some enrolments " + status + ": " + statuses);
            }

            KeyQuestionsService questions = new KeyQuestionsService(workspace.keyQuestions(),
                    new EventFigures(workspace.operations()), CLOCK);
            assertEquals(4, questions.answers().values().stream().filter(a -> !a.isBlank()).count());
            List<Evaluation> evaluations = questions.evaluateAll();
            assertEquals(6, evaluations.size());
            assertTrue(evaluations.stream().allMatch(e -> e.value().isPresent()), "live figures: " + evaluations);
            for (StepProgress step : new OverviewService(workspace, CLOCK).load().steps()) {
                assertTrue(step.done() > 0, "something done in " + step.step());
            }
        }
    }

    @Test
    void largeShapeInBatchesGivesTheVolumeAsked() {
        Volume volume = DemoSize.LARGE.volume().scaled(0.01);
        assertEquals(100, volume.people());
        assertEquals(1000, volume.events());
        try (Workspace workspace = new JdbcWorkspaceOpener().create(WorkspaceFile.of(folder.resolve("large")))) {
            DemoWorkspace.fill(workspace, volume, true, CLOCK, ExportProgress.NONE);
            assertEquals(100, new DirectoryService(workspace.operations()).people().size());
            EventService events = new EventService(workspace.operations(), CLOCK, "test");
            assertEquals(1000, events.countEvents(EventFilter.ALL));
            int sessions = 0;
            int enrolments = 0;
            int waitlisted = 0;
            int cancelled = 0;
            for (EventSummary event : events.events(EventFilter.ALL, 0, 2000)) {
                sessions += events.sessions(event.event().id()).size();
                List<EnrolmentLine> lines = events.enrolments(event.event().id());
                enrolments += lines.size();
                waitlisted += (int) lines.stream().filter(l -> l.enrolment().status() == EnrolmentStatus.WAITLISTED).count();
                cancelled += (int) lines.stream().filter(l -> l.enrolment().status() == EnrolmentStatus.CANCELLED).count();
            }
            assertEquals(3000, sessions);
            assertEquals(10_000, enrolments);
            // A cancelled event keeps a status a coordinator can set (the workshop file's import checks it).
            List<EventSummary> all = events.events(EventFilter.ALL, 0, 2000);
            assertTrue(all.stream().anyMatch(e -> e.event().isCancelled()));
            assertTrue(all.stream().allMatch(e -> e.event().status().isSettable()), "no stored FULL or CANCELLED status");
            assertTrue(waitlisted > 0);
            assertTrue(cancelled > 0);
            assertTrue(new KeyQuestionsService(workspace.keyQuestions(), new EventFigures(workspace.operations()), CLOCK)
                    .evaluateAll().stream().allMatch(e -> e.value().isPresent()));
        }
    }

    @Test
    void cancellingStopsTheGenerator() {
        ExportProgress cancelled = new ExportProgress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        try (Workspace workspace = new JdbcWorkspaceOpener().create(WorkspaceFile.of(folder.resolve("c")))) {
            assertThrows(CancelledException.class,
                    () -> DemoWorkspace.fill(workspace, DemoSize.SMALL, CLOCK, cancelled));
            assertFalse(new DirectoryService(workspace.operations()).people().isEmpty());
        }
    }
}
