package org.learnops.studio.bench;

import javafx.scene.Node;
import org.learnops.studio.app.Launcher;

/**
 * Child process of the start-up figure: the product's own {@link Launcher}, timed until the main
 * window is shown with the workspace open in it (title names the workspace) and the start-up work
 * done (the busy indicator gone) — the moment a user can work.
 *
 * <p>Arguments: the workspace name expected in the title, then the Launcher's arguments.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) {
        String workspaceName = args[0];
        ReadyMarker.watch(stage -> {
            if (stage.getTitle() == null || !stage.getTitle().contains(workspaceName) || stage.getScene() == null) {
                return false;
            }
            Node busy = stage.getScene().lookup("#busyIndicator");
            return busy != null && !busy.isVisible();
        });
        String[] launcherArgs = new String[args.length - 1];
        System.arraycopy(args, 1, launcherArgs, 0, launcherArgs.length);
        Launcher.main(launcherArgs);
    }
}
