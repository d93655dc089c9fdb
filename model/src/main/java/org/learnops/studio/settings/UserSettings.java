package org.learnops.studio.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.nio.file.Path;

/**
 * What the app remembers between runs: recent workspaces (newest first), the theme and the main
 * window's bounds.
 */
public record UserSettings(List<Path> recentWorkspaces, Theme theme, Optional<WindowBounds> window) {

    public static final int MAX_RECENT = 8;

    public enum Theme { LIGHT, DARK }

    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public UserSettings {
        recentWorkspaces = List.copyOf(recentWorkspaces);
        theme = Objects.requireNonNull(theme);
        window = Objects.requireNonNull(window);
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
        return new UserSettings(recent, theme, window);
    }

    public UserSettings withoutRecent(Path workspace) {
        Path normal = workspace.toAbsolutePath().normalize();
        return new UserSettings(recentWorkspaces.stream().filter(p -> !p.equals(normal)).toList(), theme, window);
    }

    public UserSettings withTheme(Theme value) {
        return new UserSettings(recentWorkspaces, value, window);
    }

    public UserSettings withWindow(WindowBounds value) {
        return new UserSettings(recentWorkspaces, theme, Optional.of(value));
    }
}
