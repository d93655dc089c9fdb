package org.learnops.studio.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.nio.file.Path;
import org.learnops.studio.backup.BackupFolder;

/**
 * What the app remembers between runs: recent workspaces (newest first), the theme, the main
 * window's bounds and how many backups of a workspace to keep.
 */
public record UserSettings(List<Path> recentWorkspaces, Theme theme, Optional<WindowBounds> window, int backupsToKeep) {

    public static final int MAX_RECENT = 8;

    public enum Theme { LIGHT, DARK }

    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public UserSettings {
        recentWorkspaces = List.copyOf(recentWorkspaces);
        theme = Objects.requireNonNull(theme);
        window = Objects.requireNonNull(window);
        if (backupsToKeep < 1 || backupsToKeep > BackupFolder.MAX_KEEP) {
            throw new IllegalArgumentException("backupsToKeep must be 1.." + BackupFolder.MAX_KEEP + ": " + backupsToKeep);
        }
    }

    /** Settings without a choice of how many backups to keep: {@link BackupFolder#DEFAULT_KEEP}. */
    public UserSettings(List<Path> recentWorkspaces, Theme theme, Optional<WindowBounds> window) {
        this(recentWorkspaces, theme, window, BackupFolder.DEFAULT_KEEP);
    }

    public static UserSettings defaults() {
        return new UserSettings(List.of(), Theme.LIGHT, Optional.empty());
    }

    /** Puts {@code workspace} first in the recent list, without duplicates, at most {@link #MAX_RECENT}. */
    public UserSettings withRecent(Path workspace) {
        Path normal = workspace.toAbsolutePath().normalize();
        List<Path> recent = new ArrayList<>();
        recent.add(normal);
        recentWorkspaces.stream().filter(p -> !p.equals(normal)).limit(MAX_RECENT - 1L).forEach(recent::add);
        return new UserSettings(recent, theme, window, backupsToKeep);
    }

    public UserSettings withoutRecent(Path workspace) {
        Path normal = workspace.toAbsolutePath().normalize();
        return new UserSettings(recentWorkspaces.stream().filter(p -> !p.equals(normal)).toList(), theme, window, backupsToKeep);
    }

    public UserSettings withTheme(Theme value) {
        return new UserSettings(recentWorkspaces, value, window, backupsToKeep);
    }

    public UserSettings withWindow(WindowBounds value) {
        return new UserSettings(recentWorkspaces, theme, Optional.of(value), backupsToKeep);
    }

    public UserSettings withBackupsToKeep(int value) {
        return new UserSettings(recentWorkspaces, theme, window, value);
    }
}
