package org.learnops.studio.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {

    private static final String HOME = Path.of("/home/ada").toAbsolutePath().toString();

    @Test
    void theOverrideVariableWinsOnEverySystem() {
        Map<String, String> env = Map.of(DataFolder.OVERRIDE_VARIABLE, "/data/learnops",
                "XDG_DATA_HOME", "/xdg", "APPDATA", "/appdata");

        for (String os : new String[] {"Linux", "Windows 11", "Mac OS X"}) {
            assertEquals(Path.of("/data/learnops").toAbsolutePath(), DataFolder.resolve(env, os, HOME), os);
        }
    }

    @Test
    void aRelativeOverrideBecomesAbsoluteAndNormal() {
        Path resolved = DataFolder.resolve(Map.of(DataFolder.OVERRIDE_VARIABLE, "a/../data"), "Linux", HOME);

        assertEquals(Path.of("data").toAbsolutePath(), resolved);
    }

    @Test
    void aBlankOverrideIsIgnored() {
        Path resolved = DataFolder.resolve(Map.of(DataFolder.OVERRIDE_VARIABLE, "  "), "Linux", HOME);

        assertEquals(Path.of(HOME, ".local", "share", "learnops-studio"), resolved);
    }

    @Test
    void linuxWithoutXdgDataHomeUsesDotLocalShare() {
        assertEquals(Path.of(HOME, ".local", "share", "learnops-studio"), DataFolder.resolve(Map.of(), "Linux", HOME));
    }

    @Test
    void linuxWithXdgDataHomeUsesIt() {
        Path resolved = DataFolder.resolve(Map.of("XDG_DATA_HOME", "/srv/xdg"), "Linux", HOME);

        assertEquals(Path.of("/srv/xdg", "learnops-studio"), resolved);
    }

    @Test
    void windowsUsesAppData() {
        Path resolved = DataFolder.resolve(Map.of("APPDATA", "/users/ada/roaming"), "Windows 10", HOME);

        assertEquals(Path.of("/users/ada/roaming", "LearnOps Studio"), resolved);
    }

    @Test
    void windowsWithoutAppDataFallsBackToTheRoamingFolderInHome() {
        assertEquals(Path.of(HOME, "AppData", "Roaming", "LearnOps Studio"),
                DataFolder.resolve(Map.of(), "Windows 10", HOME));
    }

    @Test
    void macOsUsesApplicationSupport() {
        Path resolved = DataFolder.resolve(Map.of("XDG_DATA_HOME", "/ignored"), "Mac OS X", HOME);

        assertEquals(Path.of(HOME, "Library", "Application Support", "LearnOps Studio"), resolved);
    }

    @Test
    void theDefaultWorkspaceLivesInTheDataFolder() {
        Path dataFolder = Path.of(HOME, "data");

        assertEquals(dataFolder.resolve("My workspace.mv.db"), DataFolder.defaultWorkspace(dataFolder).path());
    }
}
