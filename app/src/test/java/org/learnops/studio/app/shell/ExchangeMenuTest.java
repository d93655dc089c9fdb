package org.learnops.studio.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.learnops.studio.app.common.FakeDialogService;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.SyncTaskRunner;
import org.learnops.studio.app.exchange.ExportViewModel;
import org.learnops.studio.export.ExportSection;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.settings.SettingsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → Open demo workspace, Export… and Import workshop file… with the real writers. */
class ExchangeMenuTest {

    @TempDir
    Path dataFolder;

    private final FakeDialogService dialogs = new FakeDialogService();

    private MainViewModel newViewModel() {
        return new MainViewModel(dataFolder, new SettingsFile(dataFolder).load(), new JdbcWorkspaceOpener(),
                new SyncTaskRunner(), dialogs, Messages.load(Locale.ENGLISH), message -> { }, "1.2.3");
    }

    @Test
    void demoThenExportJsonThenImportIntoANewWorkspaceWithPreview() {
        MainViewModel viewModel = newViewModel();
        viewModel.start(Optional.empty(), () -> { });
        viewModel.openDemoWorkspace();
        assertTrue(Files.isRegularFile(dataFolder.resolve("Demo — Northwind.mv.db")));
        assertEquals("LearnOps Studio — Demo — Northwind", viewModel.titleProperty().get());

        ExportViewModel export = viewModel.exportDialog(Runnable::run).orElseThrow();
        export.formatProperty(ExportViewModel.Format.WORKBOOK).set(false);
        export.formatProperty(ExportViewModel.Format.DECK).set(false);
        export.formatProperty(ExportViewModel.Format.WORKSHOP_FILE).set(true);
        export.sectionProperty(ExportSection.NEXT_STEPS).set(false);
        export.export();
        Path json = dataFolder.resolve("Demo — Northwind.json");
        assertTrue(Files.isRegularFile(json), export.statusProperty().get());

        dialogs.chosenFiles.add(Optional.of(dataFolder.resolve("copy.mv.db")));
        viewModel.newWorkspace();
        assertEquals("LearnOps Studio — copy", viewModel.titleProperty().get());
        dialogs.chosenFiles.add(Optional.of(json));
        dialogs.answers.add(true);
        List<Double> shownProgress = new ArrayList<>();
        viewModel.progressProperty().addListener((observable, was, now) -> shownProgress.add(now.doubleValue()));
        viewModel.importWorkshopFile(Runnable::run);
        assertTrue(dialogs.ofKind("ask").get(0).message().contains("Stakeholders: 14 added"),
                dialogs.ofKind("ask").get(0).message());
        assertTrue(dialogs.ofKind("information").get(0).message().startsWith("Imported:"), dialogs.shown.toString());
        // The preview's reading and the import each showed their way to the end, then the indicator spins again.
        assertEquals(2, shownProgress.stream().filter(value -> value == 1.0).count(), shownProgress::toString);
        assertEquals(MainViewModel.UNKNOWN_PROGRESS, viewModel.progressProperty().get());
        viewModel.close(() -> { });
    }
}
