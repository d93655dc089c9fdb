package org.learnops.studio.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.learnops.studio.backup.BackupFolder;
import org.learnops.studio.error.StudioException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link UserSettings} in a properties file in the data folder. A damaged or missing file gives
 * the defaults (settings are a convenience, never a reason not to start); writes go to a temporary
 * file that then replaces the old one, so a crash mid-write leaves the previous settings.
 */
public final class SettingsFile {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);
    public static final String FILE_NAME = "settings.properties";

    private final Path file;

    public SettingsFile(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    public Path path() {
        return file;
    }

    public UserSettings load() {
        if (!Files.isRegularFile(file)) {
            return UserSettings.defaults();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Settings file {} is unreadable; using defaults", file, e);
            return UserSettings.defaults();
        }
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < UserSettings.MAX_RECENT; i++) {
            String value = properties.getProperty("recent." + i);
            if (value != null && !value.isBlank()) {
                recent.add(Path.of(value));
            }
        }
        UserSettings.Theme theme = "DARK".equals(properties.getProperty("theme")) ? UserSettings.Theme.DARK : UserSettings.Theme.LIGHT;
        return new UserSettings(recent, theme, readWindow(properties), readBackupsToKeep(properties));
    }

    /** Files written before backups existed have no such line: the default, as for a bad value. */
    private static int readBackupsToKeep(Properties properties) {
        try {
            int keep = Integer.parseInt(properties.getProperty("backups.keep", "").trim());
            return keep >= 1 && keep <= BackupFolder.MAX_KEEP ? keep : BackupFolder.DEFAULT_KEEP;
        } catch (NumberFormatException e) {
            return BackupFolder.DEFAULT_KEEP;
        }
    }

    private static Optional<UserSettings.WindowBounds> readWindow(Properties properties) {
        try {
            double x = Double.parseDouble(properties.getProperty("window.x"));
            double y = Double.parseDouble(properties.getProperty("window.y"));
            double width = Double.parseDouble(properties.getProperty("window.width"));
            double height = Double.parseDouble(properties.getProperty("window.height"));
            boolean maximized = Boolean.parseBoolean(properties.getProperty("window.maximized"));
            if (width <= 0 || height <= 0 || !Double.isFinite(x + y + width + height)) {
                return Optional.empty();
            }
            return Optional.of(new UserSettings.WindowBounds(x, y, width, height, maximized));
        } catch (NullPointerException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void save(UserSettings settings) {
        Properties properties = new Properties();
        for (int i = 0; i < settings.recentWorkspaces().size(); i++) {
            properties.setProperty("recent." + i, settings.recentWorkspaces().get(i).toString());
        }
        properties.setProperty("theme", settings.theme().name());
        properties.setProperty("backups.keep", Integer.toString(settings.backupsToKeep()));
        settings.window().ifPresent(w -> {
            properties.setProperty("window.x", Double.toString(w.x()));
            properties.setProperty("window.y", Double.toString(w.y()));
            properties.setProperty("window.width", Double.toString(w.width()));
            properties.setProperty("window.height", Double.toString(w.height()));
            properties.setProperty("window.maximized", Boolean.toString(w.maximized()));
        });
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "settings", ".tmp");
            try {
                try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    properties.store(writer, "LearnOps Studio settings");
                }
                try {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                // a full disk: the half-written copy goes, the settings file keeps its last good state
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new StudioException("settings.error.cannotSave", e, file.toString());
        }
    }
}
