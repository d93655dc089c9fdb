package org.learnops.studio.app.backup;

import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.learnops.studio.app.common.DialogService;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.TaskRunner;
import org.learnops.studio.backup.Backup;
import org.learnops.studio.backup.BackupFolder;
import org.learnops.studio.service.BackupService;
import org.learnops.studio.workspace.WorkspaceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File → Restore from backup…: this workspace's backups, newest first, with their local date and
 * time and size; restoring one after a confirmation; how many copies to keep; the backups folder.
 */
public final class BackupsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(BackupsViewModel.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** One line of the list: the backup and how it reads. */
    public record BackupRow(Backup backup, String takenAt, String size) {
    }

    private final BackupService service;
    private final WorkspaceFile workspace;
    private final Consumer<Backup> restorer;
    private final ZoneId zone;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;

    private final ObservableList<BackupRow> backups = FXCollections.observableArrayList();
    private final ObjectProperty<BackupRow> selected = new SimpleObjectProperty<>();
    private final IntegerProperty keep = new SimpleIntegerProperty();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canRestore;

    /**
     * @param keep       how many copies are kept now (1 to {@link BackupFolder#MAX_KEEP})
     * @param keepChosen told each time the user changes it (the settings remember it)
     * @param restorer   closes the workspace, restores {@code backup} and reopens it (the main window does)
     * @param zone       the user's time zone, for the dates shown
     */
    public BackupsViewModel(BackupService service, WorkspaceFile workspace, int keep, IntConsumer keepChosen,
                            Consumer<Backup> restorer, ZoneId zone, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.service = service;
        this.workspace = workspace;
        this.restorer = restorer;
        this.zone = zone;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.keep.set(keep);
        this.keep.addListener((observable, old, now) -> {
            int value = Math.max(1, Math.min(BackupFolder.MAX_KEEP, now.intValue()));
            if (value != now.intValue()) {
                this.keep.set(value);
                return;
            }
            keepChosen.accept(value);
        });
        canRestore = Bindings.createBooleanBinding(() -> selected.get() != null && !busy.get(), selected, busy);
    }

    /** Reads the backups folder (in the background) and selects the newest. */
    public void load() {
        busy.set(true);
        tasks.run(() -> service.list(workspace), list -> {
            busy.set(false);
            backups.setAll(list.stream().map(this::row).toList());
            selected.set(backups.isEmpty() ? null : backups.get(0));
        }, failure -> {
            busy.set(false);
            LOG.error("Could not list the backups of {}", workspace.path(), failure);
            dialogs.showError(messages.get("backup.title"), messages.describe(failure));
        });
    }

    private BackupRow row(Backup backup) {
        String when = WHEN.format(backup.takenAt().atZone(zone));
        long bytes = backup.sizeBytes();
        String size = bytes < 1024 * 1024
                ? messages.get("backup.size.kilobytes", Math.max(1, (bytes + 1023) / 1024))
                : messages.get("backup.size.megabytes", bytes / (1024.0 * 1024.0));
        return new BackupRow(backup, when, size);
    }

    /**
     * Restore: asks first (the current workspace is replaced and kept aside), then hands the chosen
     * backup to the main window.
     *
     * @return true when the restore was started (the dialog closes), false when nothing happened
     */
    public boolean restore() {
        BackupRow row = selected.get();
        if (row == null || busy.get()) {
            return false;
        }
        boolean confirmed = dialogs.ask(messages.get("backup.restore.title"),
                messages.get("backup.restore.confirm", row.takenAt(), workspace.name(), workspace.path().getParent()),
                messages.get("backup.restore.yes"), messages.get("backup.restore.no"));
        if (!confirmed) {
            return false;
        }
        restorer.accept(row.backup());
        return true;
    }

    /** Shows the backups folder in the file manager (created first if no backup was taken yet). */
    public void openFolder() {
        var folder = new BackupFolder(workspace).folder();
        tasks.run(() -> Files.createDirectories(folder), created -> dialogs.showFolder(folder), failure -> {
            LOG.warn("Cannot create the backups folder {}", folder, failure);
            dialogs.showError(messages.get("backup.title"), messages.get("backup.error.cannotWrite", folder));
        });
    }

    public ObservableList<BackupRow> backups() {
        return FXCollections.unmodifiableObservableList(backups);
    }

    public ObjectProperty<BackupRow> selectedProperty() {
        return selected;
    }

    /** How many copies to keep, 1 to {@link BackupFolder#MAX_KEEP}; applies from the next backup. */
    public IntegerProperty keepProperty() {
        return keep;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canRestoreProperty() {
        return canRestore;
    }

    /** The folder the backups are in, as the dialog shows it. */
    public String folderText() {
        return new BackupFolder(workspace).folder().toString();
    }
}
