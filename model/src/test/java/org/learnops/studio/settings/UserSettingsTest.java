package org.learnops.studio.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UserSettingsTest {

    private static Path workspace(String name) {
        return Path.of("workspaces", name + ".mv.db").toAbsolutePath();
    }

    @Test
    void defaultsAreNoRecentWorkspacesLightThemeAndNoWindow() {
        assertEquals(new UserSettings(List.of(), UserSettings.Theme.LIGHT, Optional.empty()),
                UserSettings.defaults());
    }

    @Test
    void tenBackupsAreKeptUnlessTheUserChoosesOneToAHundred() {
        assertEquals(10, UserSettings.defaults().backupsToKeep());
        UserSettings three = UserSettings.defaults().withBackupsToKeep(3).withTheme(UserSettings.Theme.DARK)
                .withRecent(workspace("a")).withoutRecent(workspace("a"));
        assertEquals(3, three.backupsToKeep());
        assertEquals(100, UserSettings.defaults().withBackupsToKeep(100).backupsToKeep());
        assertThrows(IllegalArgumentException.class, () -> UserSettings.defaults().withBackupsToKeep(0));
        assertThrows(IllegalArgumentException.class, () -> UserSettings.defaults().withBackupsToKeep(101));
    }

    @Test
    void theNewestWorkspaceComesFirst() {
        UserSettings settings = UserSettings.defaults().withRecent(workspace("a")).withRecent(workspace("b"));

        assertEquals(List.of(workspace("b"), workspace("a")), settings.recentWorkspaces());
    }

    @Test
    void reopeningAWorkspaceMovesItToTheFrontWithoutADuplicate() {
        UserSettings settings = UserSettings.defaults()
                .withRecent(workspace("a")).withRecent(workspace("b")).withRecent(workspace("c"))
                .withRecent(workspace("a"));

        assertEquals(List.of(workspace("a"), workspace("c"), workspace("b")), settings.recentWorkspaces());
    }

    @Test
    void theSameWorkspaceSpelledDifferentlyIsOneEntry() {
        UserSettings settings = UserSettings.defaults()
                .withRecent(workspace("a"))
                .withRecent(Path.of("workspaces", "x", "..", "a.mv.db"));

        assertEquals(List.of(workspace("a")), settings.recentWorkspaces());
    }

    @Test
    void atMostEightWorkspacesAreRemembered() {
        UserSettings settings = UserSettings.defaults();
        for (int i = 1; i <= 10; i++) {
            settings = settings.withRecent(workspace("w" + i));
        }

        List<Path> expected = IntStream.iterate(10, i -> i - 1).limit(UserSettings.MAX_RECENT)
                .mapToObj(i -> workspace("w" + i)).toList();
        assertEquals(UserSettings.MAX_RECENT, settings.recentWorkspaces().size());
        assertEquals(expected, settings.recentWorkspaces());
    }

    @Test
    void reopeningTheOldestOfEightKeepsAllEight() {
        UserSettings settings = UserSettings.defaults();
        for (int i = 1; i <= UserSettings.MAX_RECENT; i++) {
            settings = settings.withRecent(workspace("w" + i));
        }

        settings = settings.withRecent(workspace("w1"));

        assertEquals(UserSettings.MAX_RECENT, settings.recentWorkspaces().size());
        assertEquals(workspace("w1"), settings.recentWorkspaces().get(0));
        assertEquals(workspace("w2"), settings.recentWorkspaces().get(UserSettings.MAX_RECENT - 1));
    }

    @Test
    void aWorkspaceCanBeForgotten() {
        UserSettings settings = UserSettings.defaults().withRecent(workspace("a")).withRecent(workspace("b"));

        assertEquals(List.of(workspace("a")), settings.withoutRecent(workspace("b")).recentWorkspaces());
    }

    @Test
    void changingThemeOrWindowKeepsTheRest() {
        UserSettings.WindowBounds bounds = new UserSettings.WindowBounds(10, 20, 800, 600, false);
        UserSettings settings = UserSettings.defaults().withRecent(workspace("a"))
                .withTheme(UserSettings.Theme.DARK).withWindow(bounds);

        assertEquals(new UserSettings(List.of(workspace("a")), UserSettings.Theme.DARK, Optional.of(bounds)),
                settings);
    }
}
