package org.learnops.studio.app.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.learnops.studio.app.common.FakeDialogService;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.SyncTaskRunner;
import org.learnops.studio.app.exchange.ExportViewModel.Format;
import org.learnops.studio.error.CancelledException;
import org.learnops.studio.exchange.ImportPreview;
import org.learnops.studio.exchange.WorkshopFile;
import org.learnops.studio.export.DeckExport;
import org.learnops.studio.export.ExportOptions;
import org.learnops.studio.export.ExportProgress;
import org.learnops.studio.export.ExportSection;
import org.learnops.studio.export.WorkbookExport;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.workspace.WorkspaceFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Workspace workspace;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<String> calls = new ArrayList<>();
    private final List<ExportOptions> options = new ArrayList<>();
    private final List<Double> progressSeen = new ArrayList<>();
    private ExportViewModel viewModel;
    /** Set to make the deck writer see a cancel between units. */
    private Runnable duringDeck = () -> { };

    private final class Fake implements WorkbookExport, DeckExport {
        private final String what;

        Fake(String what) {
            this.what = what;
        }

        @Override
        public void write(Workspace ws, ExportOptions chosen, Path target, ExportProgress progress) {
            calls.add(what + ":" + target.getFileName());
            options.add(chosen);
            if (what.equals("deck")) {
                duringDeck.run();
            }
            progress.update(1, 2);
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
            progress.update(2, 2);
            try {
                Files.writeString(target, what);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final class FakeWorkshopFile implements WorkshopFile {
        @Override
        public void write(Workspace ws, ExportOptions chosen, Path target, ExportProgress progress) {
            new Fake("json").write(ws, chosen, target, progress);
        }

        @Override
        public ImportPreview preview(Workspace ws, Path source, ExportProgress progress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ImportPreview importInto(Workspace ws, Path source, ExportProgress progress) {
            throw new UnsupportedOperationException();
        }
    }

    @BeforeEach
    void open() {
        workspace = new JdbcWorkspaceOpener().create(WorkspaceFile.of(folder.resolve("Northwind")));
        viewModel = new ExportViewModel(workspace,
                new FileWriters(new Fake("xlsx"), new Fake("deck"), new FakeWorkshopFile()), CLOCK,
                folder, new SyncTaskRunner(), dialogs, Messages.load(Locale.ENGLISH), Runnable::run);
        viewModel.progressProperty().addListener((o, was, now) -> progressSeen.add(now.doubleValue()));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void defaultsAreWorkbookAndDeckEverySectionNoPersonalData() {
        assertTrue(viewModel.formatProperty(Format.WORKBOOK).get());
        assertTrue(viewModel.formatProperty(Format.DECK).get());
        assertFalse(viewModel.formatProperty(Format.WORKSHOP_FILE).get());
        for (ExportSection section : ExportSection.values()) {
            assertTrue(viewModel.sectionProperty(section).get());
        }
        assertFalse(viewModel.personalDataProperty().get());

        viewModel.export();
        assertEquals(List.of("xlsx:Northwind.xlsx", "deck:Northwind.pptx"), calls);
        assertEquals(EnumSet.allOf(ExportSection.class), options.get(0).sections());
        assertFalse(options.get(0).includePersonalData());
        assertTrue(viewModel.doneProperty().get());
        assertEquals("2 files written to " + folder + ".", viewModel.statusProperty().get());
        assertTrue(progressSeen.contains(0.25) && progressSeen.contains(0.75), progressSeen.toString());
        assertEquals(1.0, viewModel.progressProperty().get());
    }

    @Test
    void chosenFormatsSectionsAndPersonalDataArePassedOn() {
        viewModel.formatProperty(Format.WORKBOOK).set(false);
        viewModel.formatProperty(Format.DECK).set(false);
        viewModel.formatProperty(Format.WORKSHOP_FILE).set(true);
        for (ExportSection section : ExportSection.values()) {
            viewModel.sectionProperty(section).set(section == ExportSection.OPERATIONS);
        }
        viewModel.personalDataProperty().set(true);
        viewModel.export();
        assertEquals(List.of("json:Northwind.json"), calls);
        assertEquals(EnumSet.of(ExportSection.OPERATIONS), options.get(0).sections());
        assertTrue(options.get(0).includePersonalData());
        assertTrue(Files.exists(folder.resolve("Northwind.json")));
    }

    @Test
    void nothingChosenCannotExport() {
        for (Format format : Format.values()) {
            viewModel.formatProperty(format).set(false);
        }
        assertFalse(viewModel.canExportProperty().get());
        viewModel.formatProperty(Format.DECK).set(true);
        assertTrue(viewModel.canExportProperty().get());
        for (ExportSection section : ExportSection.values()) {
            viewModel.sectionProperty(section).set(false);
        }
        assertFalse(viewModel.canExportProperty().get());
        viewModel.export();
        assertTrue(calls.isEmpty());
    }

    @Test
    void cancellingLeavesNoFileOfThisRun() {
        duringDeck = viewModel::cancel;
        viewModel.export();
        assertEquals("Cancelled. No file was written.", viewModel.statusProperty().get());
        assertFalse(Files.exists(folder.resolve("Northwind.xlsx")), "the workbook written before the cancel is removed");
        assertFalse(Files.exists(folder.resolve("Northwind.pptx")));
        assertFalse(viewModel.doneProperty().get());
        assertFalse(viewModel.busyProperty().get());
    }

    @Test
    void chosenFolderIsUsedAndShown() throws IOException {
        Path other = Files.createDirectory(folder.resolve("out"));
        dialogs.chosenFiles.add(Optional.of(other));
        viewModel.chooseFolder();
        assertEquals(other.toString(), viewModel.folderTextProperty().get());
        viewModel.export();
        assertTrue(Files.exists(other.resolve("Northwind.xlsx")));
        viewModel.showFolder();
        assertEquals(other.toString(), dialogs.ofKind("folder").get(0).message());
    }

    @Test
    void aWriterMissingFromTheBuildIsNotOffered() {
        ExportViewModel partial = new ExportViewModel(workspace, new FileWriters(new Fake("xlsx"), null, null),
                CLOCK, folder, new SyncTaskRunner(), dialogs, Messages.load(Locale.ENGLISH), Runnable::run);
        assertFalse(partial.isAvailable(Format.DECK));
        assertFalse(partial.formatProperty(Format.DECK).get());
        partial.export();
        assertEquals(List.of("xlsx:Northwind.xlsx"), calls);
    }

    @Test
    void progressWaitingForTheFxThreadIsReplacedByTheNewestNotQueuedAgain() {
        List<Runnable> fxQueue = new ArrayList<>();
        List<Integer> queuedAfterEachUpdate = new ArrayList<>();
        List<Double> shown = new ArrayList<>();
        WorkbookExport thousandsOfRows = (ws, chosen, target, progress) -> {
            for (int done = 1; done <= 3; done++) {
                progress.update(done, 4);
                queuedAfterEachUpdate.add(fxQueue.size());
            }
            fxQueue.remove(0).run(); // the FX thread gets to it: the newest value, once
            progress.update(4, 4);
            queuedAfterEachUpdate.add(fxQueue.size());
            fxQueue.remove(0).run();
            try {
                Files.writeString(target, "xlsx");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
        ExportViewModel queued = new ExportViewModel(workspace,
                new FileWriters(thousandsOfRows, new Fake("deck"), new FakeWorkshopFile()), CLOCK, folder,
                new SyncTaskRunner(), dialogs, Messages.load(Locale.ENGLISH), fxQueue::add);
        queued.formatProperty(Format.DECK).set(false);
        queued.progressProperty().addListener((o, was, now) -> shown.add(now.doubleValue()));

        queued.export();

        assertEquals(List.of(1, 1, 1, 1), queuedAfterEachUpdate);
        assertEquals(List.of(0.75, 1.0), shown);
        assertTrue(fxQueue.isEmpty());
        assertTrue(queued.doneProperty().get());
    }
}
