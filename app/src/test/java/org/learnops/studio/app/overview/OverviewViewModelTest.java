package org.learnops.studio.app.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.learnops.studio.app.common.FakeDialogService;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.SyncTaskRunner;
import org.learnops.studio.domain.overview.Check;
import org.learnops.studio.domain.overview.Overview;
import org.learnops.studio.domain.overview.StepProgress;
import org.learnops.studio.domain.overview.StrategyStep;
import org.learnops.studio.domain.overview.Warning;
import org.learnops.studio.domain.scope.BuiltInArea;
import org.learnops.studio.error.StudioException;

class OverviewViewModelTest {

    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<StrategyStep> opened = new ArrayList<>();

    private OverviewViewModel viewModel(Overview overview) {
        return new OverviewViewModel(() -> overview, new SyncTaskRunner(), dialogs, Messages.load(Locale.ROOT), opened::add);
    }

    @Test
    void stepsShowTheirProgressAndWhatIsMissingInWords() {
        OverviewViewModel viewModel = viewModel(new Overview(List.of(new StepProgress(StrategyStep.SCOPE, List.of(
                new Check("overview.scope.name", true), new Check("overview.scope.sponsor", false)))), List.of()));
        viewModel.load();

        OverviewViewModel.StepCard card = viewModel.steps().get(0);
        assertEquals("1  Scope".strip(), card.title());
        assertEquals("1 of 2 done", card.progressText());
        assertEquals(0.5, card.progress());
        assertEquals(List.of("A sponsor is named"), card.missing());
        assertEquals("To fix (0)", viewModel.warningsTitleProperty().get());
    }

    @Test
    void aWarningNamesBuiltInThingsInWordsAndOpensItsStep() {
        OverviewViewModel viewModel = viewModel(new Overview(List.of(), List.of(Warning.of(StrategyStep.SCOPE, "area:7",
                "overview.warning.drain", BuiltInArea.VENDOR_MANAGEMENT, 5, 1))));
        viewModel.load();

        OverviewViewModel.WarningLine line = viewModel.warnings().get(0);
        assertEquals("Vendor management is in scope but looks like a drain (effort 5, impact 1).", line.text());
        assertEquals("1  Scope", line.stepTitle());
        viewModel.open(line);
        assertEquals(List.of(StrategyStep.SCOPE), opened);
    }

    @Test
    void aFailedReadIsReported() {
        OverviewViewModel viewModel = new OverviewViewModel(() -> {
            throw new StudioException("workspace.error.storage", "disk");
        }, new SyncTaskRunner(), dialogs, Messages.load(Locale.ROOT), opened::add);
        viewModel.load();
        assertEquals(1, dialogs.ofKind("error").size());
        assertFalse(viewModel.busyProperty().get());
    }
}
