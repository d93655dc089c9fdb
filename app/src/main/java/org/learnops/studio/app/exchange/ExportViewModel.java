package org.learnops.studio.app.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.learnops.studio.app.common.DialogService;
import org.learnops.studio.app.common.LatestOnFxThread;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.TaskRunner;
import org.learnops.studio.error.CancelledException;
import org.learnops.studio.export.ExportOptions;
import org.learnops.studio.export.ExportProgress;
import org.learnops.studio.export.ExportSection;
import org.learnops.studio.persistence.Workspace;

/**
 * The Export dialog: which formats, which sections, whether e-mail addresses go in, which folder;
 * the export runs in the background with a progress bar and can be cancelled. File names come
 * from the workspace's name.
 */
public final class ExportViewModel {

    /** The formats, in the order the dialog lists them. */
    public enum Format {
        WORKBOOK("xlsx"), DECK("pptx"), WORKSHOP_FILE("json");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    private final Workspace workspace;
    private final FileWriters writers;
    private final Clock clock;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    /** The bar's newest value, handed to the FX thread. */
    private final LatestOnFxThread shownProgress;

    private final Map<Format, BooleanProperty> formats = new EnumMap<>(Format.class);
    private final Map<ExportSection, BooleanProperty> sections = new EnumMap<>(ExportSection.class);
    private final BooleanProperty personalData = new SimpleBooleanProperty(false);
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper folderText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canExport;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /**
     * @param startFolder where the files go unless the user picks another folder
     * @param fxThread    runs progress updates on the FX thread ({@code Platform::runLater}; tests: at once)
     */
    public ExportViewModel(Workspace workspace, FileWriters writers, Clock clock, Path startFolder, TaskRunner tasks,
                           DialogService dialogs, Messages messages, Executor fxThread) {
        this.workspace = workspace;
        this.writers = writers;
        this.clock = clock;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.shownProgress = new LatestOnFxThread(fxThread, progress::set);
        for (Format format : Format.values()) {
            formats.put(format, new SimpleBooleanProperty(isAvailable(format) && format != Format.WORKSHOP_FILE));
        }
        for (ExportSection section : ExportSection.values()) {
            sections.put(section, new SimpleBooleanProperty(true));
        }
        folder.set(startFolder);
        folderText.bind(Bindings.createStringBinding(() -> folder.get() == null ? "" : folder.get().toString(), folder));
        BooleanBinding anyFormat = Bindings.createBooleanBinding(
                () -> formats.values().stream().anyMatch(BooleanProperty::get), formats.values().toArray(BooleanProperty[]::new));
        BooleanBinding anySection = Bindings.createBooleanBinding(
                () -> sections.values().stream().anyMatch(BooleanProperty::get), sections.values().toArray(BooleanProperty[]::new));
        canExport = busy.not().and(folder.isNotNull()).and(anyFormat).and(anySection);
    }

    public boolean isAvailable(Format format) {
        return switch (format) {
            case WORKBOOK -> writers.workbook() != null;
            case DECK -> writers.deck() != null;
            case WORKSHOP_FILE -> writers.workshopFile() != null;
        };
    }

    public BooleanProperty formatProperty(Format format) {
        return formats.get(format);
    }

    /** A section's check box: its name in the user's language and whether it goes in. */
    public record SectionChoice(String id, String label, BooleanProperty selected) {
    }

    /** The sections in order, for the view (which knows no model types). */
    public List<SectionChoice> sectionChoices() {
        return sections.entrySet().stream()
                .map(e -> new SectionChoice(e.getKey().name(), messages.get(e.getKey().messageKey()), e.getValue()))
                .toList();
    }

    public BooleanProperty sectionProperty(ExportSection section) {
        return sections.get(section);
    }

    public BooleanProperty personalDataProperty() {
        return personalData;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public ReadOnlyStringProperty folderTextProperty() {
        return folderText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 0 to 1 while exporting. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What happened last: the files written, "Cancelled…", or why it failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True once files were written: "Show folder" is offered. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    /** The file a format is written to: the workspace's name in the chosen folder. */
    public Path target(Format format) {
        String name = workspace.file().name().replaceAll("[\\\\/:*?\"<>|]", "_").strip();
        return folder.get().resolve((name.isEmpty() ? "workspace" : name) + "." + format.extension());
    }

    public void chooseFolder() {
        dialogs.chooseFolder(messages.get("exchange.export.chooseFolder"), folder.get()).ifPresent(folder::set);
    }

    public void showFolder() {
        if (folder.get() != null) {
            dialogs.showFolder(folder.get());
        }
    }

    /** Writes the chosen formats in the background; a cancel or a failure leaves none of this run's files. */
    public void export() {
        if (!canExport.get()) {
            return;
        }
        Set<ExportSection> chosen = EnumSet.noneOf(ExportSection.class);
        sections.forEach((section, on) -> {
            if (on.get()) {
                chosen.add(section);
            }
        });
        ExportOptions options = new ExportOptions(chosen, personalData.get(), clock);
        List<Format> chosenFormats = new ArrayList<>();
        formats.forEach((format, on) -> {
            if (on.get() && isAvailable(format)) {
                chosenFormats.add(format);
            }
        });
        Map<Format, Path> targets = new EnumMap<>(Format.class);
        chosenFormats.forEach(format -> targets.put(format, target(format)));
        cancelled.set(false);
        busy.set(true);
        done.set(false);
        progress.set(0);
        status.set(messages.get("exchange.export.running"));
        List<Path> written = new ArrayList<>();
        tasks.run(() -> {
            for (int i = 0; i < chosenFormats.size(); i++) {
                Format format = chosenFormats.get(i);
                Path target = targets.get(format);
                write(format, options, target, new Progress(i, chosenFormats.size()));
                written.add(target);
            }
            return written;
        }, files -> {
            busy.set(false);
            progress.set(1);
            done.set(true);
            status.set(messages.get("exchange.export.written", files.size(), folder.get()));
        }, failure -> {
            busy.set(false);
            progress.set(0);
            removeQuietly(written);
            status.set(failure instanceof CancelledException
                    ? messages.get("export.error.cancelled")
                    : messages.describe(failure));
        });
    }

    /** Asks the running export to stop; it ends with "Cancelled. No file was written." */
    public void cancel() {
        cancelled.set(true);
    }

    private void write(Format format, ExportOptions options, Path target, ExportProgress progress) {
        if (cancelled.get()) {
            throw new CancelledException();
        }
        switch (format) {
            case WORKBOOK -> writers.workbook().write(workspace, options, target, progress);
            case DECK -> writers.deck().write(workspace, options, target, progress);
            case WORKSHOP_FILE -> writers.workshopFile().write(workspace, options, target, progress);
        }
    }

    private static void removeQuietly(List<Path> files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // it stays; the message says the export did not complete
            }
        }
    }

    /** One format's share of the bar; forwards to the FX thread and reports the cancel. */
    private final class Progress implements ExportProgress {
        private final int index;
        private final int count;

        Progress(int index, int count) {
            this.index = index;
            this.count = count;
        }

        @Override
        public void update(long doneUnits, long total) {
            double share = total <= 0 ? 0 : Math.min(1, (double) doneUnits / total);
            double overall = (index + share) / count;
            shownProgress.post(overall);
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }
}
