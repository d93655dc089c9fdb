package org.learnops.studio.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.domain.expectations.Deliverable;
import org.learnops.studio.domain.expectations.DeliverableStatus;
import org.learnops.studio.domain.overview.Overview;
import org.learnops.studio.domain.overview.StrategyStep;
import org.learnops.studio.domain.overview.Warning;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.scope.BuiltInArea;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.workspace.WorkspaceFile;

/** The overview read from a real workspace file. */
class OverviewServiceTest {

    @TempDir
    Path folder;

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private final Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @Test
    void aNewWorkspaceHasEveryStepToDoAndNothingToFix() {
        try (Workspace workspace = new JdbcWorkspaceOpener().create(WorkspaceFile.of(folder.resolve("w")))) {
            Overview overview = new OverviewService(workspace, clock).load();
            assertEquals(List.of(StrategyStep.SCOPE, StrategyStep.EXPECTATIONS, StrategyStep.NEEDS_ANALYSIS,
                    StrategyStep.CHAMPIONS, StrategyStep.GOVERNANCE, StrategyStep.KEY_QUESTIONS, StrategyStep.ARTEFACTS), overview.steps().stream().map(s -> s.step()).toList());
            assertTrue(overview.steps().stream().allMatch(step -> step.done() == 0));
            assertEquals(List.of(), overview.warnings());
        }
    }

    @Test
    void warningsComeFromEveryStepInStepOrder() {
        try (Workspace workspace = new JdbcWorkspaceOpener().create(WorkspaceFile.of(folder.resolve("w")))) {
            ActivityArea vendors = workspace.scope().loadAreas().get(BuiltInArea.VENDOR_MANAGEMENT.ordinal());
            new ScopeService(workspace.scope()).saveArea(vendors.withInScope(true).withEffort(5).withImpact(1));
            DeliverableService deliverables = new DeliverableService(workspace.deliverables());
            Deliverable glossary = deliverables.list().get(4);
            deliverables.save(new Deliverable(glossary.id(), glossary.kind(), "", true, "", "", Optional.empty(),
                    Optional.of(TODAY.minusDays(2)), DeliverableStatus.IN_PROGRESS, ""));

            List<Warning> warnings = new OverviewService(workspace, clock).load().warnings();

            assertEquals(List.of("overview.warning.drain", "overview.warning.overdue", "champions.gap.deliverable"),
                    warnings.stream().map(Warning::messageKey).toList());
            assertEquals(List.of(StrategyStep.SCOPE, StrategyStep.EXPECTATIONS, StrategyStep.EXPECTATIONS),
                    warnings.stream().map(Warning::step).toList());
            assertEquals("area:" + vendors.id(), warnings.get(0).locator());
        }
    }
}
