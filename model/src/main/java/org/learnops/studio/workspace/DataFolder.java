package org.learnops.studio.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The folder that holds the default workspace, settings and logs: the OS user-data folder, or
 * {@value #OVERRIDE_VARIABLE} when that environment variable is set.
 */
public final class DataFolder {

    public static final String OVERRIDE_VARIABLE = "LEARNOPS_DATA_DIR";
    public static final String DEFAULT_WORKSPACE_NAME = "My workspace";

    private DataFolder() {
    }

    /** The data folder for this process's environment. */
    public static Path resolve() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path resolve(Map<String, String> env, String osName, String userHome) {
        String override = env.get(OVERRIDE_VARIABLE);
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("LearnOps Studio");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("LearnOps Studio");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("learnops-studio");
    }

    public static WorkspaceFile defaultWorkspace(Path dataFolder) {
        return WorkspaceFile.of(dataFolder.resolve(DEFAULT_WORKSPACE_NAME + WorkspaceFile.SUFFIX));
    }
}
