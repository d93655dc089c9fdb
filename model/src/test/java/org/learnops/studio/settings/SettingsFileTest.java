package org.learnops.studio.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.backup.BackupFolder;
import org.slf4j.LoggerFactory;

class SettingsFileTest {

    private static final UserSettings.WindowBounds BOUNDS = new UserSettings.WindowBounds(-12.5, 40, 1280, 720.25, true);

    @TempDir
    Path dataFolder;

    private UserSettings someSettings() {
        return UserSettings.defaults()
                .withRecent(dataFolder.resolve("older plan.mv.db"))
                .withRecent(dataFolder.resolve("Ünïcode plan.mv.db"))
                .withRecent(dataFolder.resolve("newest.mv.db"))
                .withTheme(UserSettings.Theme.DARK)
                .withWindow(BOUNDS)
                .withBackupsToKeep(3);
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dataFolder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    /** Loads the settings, capturing (instead of printing) what SettingsFile logs meanwhile. */
    private UserSettings loadCapturingLog(List<ILoggingEvent> events) {
        Logger logger = (Logger) LoggerFactory.getLogger(SettingsFile.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        logger.setAdditive(false);
        try {
            return new SettingsFile(dataFolder).load();
        } finally {
            logger.setAdditive(true);
            logger.detachAppender(appender);
            events.addAll(appender.list);
        }
    }

    private void assertDefaultsWithOneWarning() {
        List<ILoggingEvent> events = new ArrayList<>();

        assertEquals(UserSettings.defaults(), loadCapturingLog(events));

        assertEquals(1, events.size(), () -> "logged: " + events);
        assertEquals(Level.WARN, events.get(0).getLevel());
    }

    @Test
    void whatIsSavedIsLoadedBack() {
        SettingsFile file = new SettingsFile(dataFolder);
        UserSettings saved = someSettings();

        file.save(saved);

        UserSettings loaded = new SettingsFile(dataFolder).load();
        assertEquals(saved, loaded);
        assertEquals(List.of(dataFolder.resolve("newest.mv.db"), dataFolder.resolve("Ünïcode plan.mv.db"),
                dataFolder.resolve("older plan.mv.db")), loaded.recentWorkspaces());
        assertEquals(UserSettings.Theme.DARK, loaded.theme());
        assertEquals(Optional.of(BOUNDS), loaded.window());
        assertEquals(3, loaded.backupsToKeep());
    }

    @Test
    void aFileFromBeforeBackupsKeepsItsSettingsAndGetsTheDefaultNumberOfBackups() throws IOException {
        // Exactly what the version before issue 7 wrote.
        Files.writeString(dataFolder.resolve(SettingsFile.FILE_NAME), String.join("\n",
                "#LearnOps Studio settings", "recent.0=/plans/a.mv.db", "theme=DARK",
                "window.x=10.0", "window.y=20.0", "window.width=800.0", "window.height=600.0", "window.maximized=false"),
                StandardCharsets.UTF_8);

        UserSettings loaded = new SettingsFile(dataFolder).load();

        assertEquals(new UserSettings(List.of(Path.of("/plans/a.mv.db")), UserSettings.Theme.DARK,
                Optional.of(new UserSettings.WindowBounds(10, 20, 800, 600, false)), BackupFolder.DEFAULT_KEEP), loaded);
    }

    @Test
    void aNumberOfBackupsOutsideOneToAHundredFallsBackToTheDefault() throws IOException {
        for (String value : List.of("0", "-3", "101", "many", "")) {
            Files.writeString(dataFolder.resolve(SettingsFile.FILE_NAME), "theme=DARK\nbackups.keep=" + value + "\n");

            UserSettings loaded = new SettingsFile(dataFolder).load();

            assertEquals(BackupFolder.DEFAULT_KEEP, loaded.backupsToKeep(), value);
            assertEquals(UserSettings.Theme.DARK, loaded.theme(), value);
        }
        Files.writeString(dataFolder.resolve(SettingsFile.FILE_NAME), "backups.keep=100\n");
        assertEquals(100, new SettingsFile(dataFolder).load().backupsToKeep());
    }

    @Test
    void settingsWithoutAWindowStayWithoutOne() {
        SettingsFile file = new SettingsFile(dataFolder);
        UserSettings saved = UserSettings.defaults().withRecent(dataFolder.resolve("plan.mv.db"));

        file.save(saved);

        assertEquals(saved, file.load());
    }

    @Test
    void savingAgainReplacesTheOldSettings() {
        SettingsFile file = new SettingsFile(dataFolder);
        file.save(someSettings());

        file.save(UserSettings.defaults());

        assertEquals(UserSettings.defaults(), file.load());
    }

    @Test
    void theFileLivesInTheDataFolder() {
        assertEquals(dataFolder.resolve(SettingsFile.FILE_NAME), new SettingsFile(dataFolder).path());
    }

    @Test
    void savingCreatesAMissingDataFolder() {
        SettingsFile file = new SettingsFile(dataFolder.resolve("not").resolve("yet"));

        file.save(someSettings());

        assertTrue(Files.isRegularFile(file.path()));
        assertEquals(someSettings(), file.load());
    }

    @Test
    void aMissingFileGivesTheDefaults() {
        assertEquals(UserSettings.defaults(), new SettingsFile(dataFolder).load());
    }

    @Test
    void aFileOfRandomBytesGivesTheDefaults() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        Files.write(dataFolder.resolve(SettingsFile.FILE_NAME), garbage);

        assertDefaultsWithOneWarning();
    }

    @Test
    void aFileWithABrokenEscapeGivesTheDefaults() throws IOException {
        Files.writeString(dataFolder.resolve(SettingsFile.FILE_NAME), "theme=DARK\nrecent.0=\\uZZZZ\n");

        assertDefaultsWithOneWarning();
    }

    @Test
    void nonsenseValuesFallBackOneByOne() throws IOException {
        Files.writeString(dataFolder.resolve(SettingsFile.FILE_NAME), String.join("\n",
                "recent.0=/plans/a.mv.db", "recent.1=", "recent.2=/plans/b.mv.db",
                "theme=PURPLE",
                "window.x=1", "window.y=2", "window.width=wide", "window.height=600"), StandardCharsets.UTF_8);

        UserSettings loaded = new SettingsFile(dataFolder).load();

        assertEquals(List.of(Path.of("/plans/a.mv.db"), Path.of("/plans/b.mv.db")), loaded.recentWorkspaces());
        assertEquals(UserSettings.Theme.LIGHT, loaded.theme());
        assertEquals(Optional.empty(), loaded.window());
    }

    @Test
    void aWindowWithoutAreaIsIgnored() throws IOException {
        Files.writeString(dataFolder.resolve(SettingsFile.FILE_NAME),
                "window.x=0\nwindow.y=0\nwindow.width=0\nwindow.height=600\n");

        assertEquals(Optional.empty(), new SettingsFile(dataFolder).load().window());
    }

    @Test
    void savingLeavesNoTemporaryFileBehind() throws IOException {
        SettingsFile file = new SettingsFile(dataFolder);

        file.save(someSettings());
        file.save(someSettings().withTheme(UserSettings.Theme.LIGHT));

        assertEquals(List.of(), temporaryFiles());
        try (Stream<Path> files = Files.list(dataFolder)) {
            assertEquals(List.of(file.path()), files.toList());
        }
    }
}
