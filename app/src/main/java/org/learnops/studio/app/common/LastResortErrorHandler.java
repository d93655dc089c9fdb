package org.learnops.studio.app.common;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The handler of last resort for exceptions nobody caught: it logs them and shows one dialog with
 * copyable details; the app stays usable. While that dialog is open, further failures are only
 * logged, so a failure that repeats cannot bury the user in dialogs.
 */
public final class LastResortErrorHandler implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(LastResortErrorHandler.class);

    private final DialogService dialogs;
    private final Messages messages;
    private boolean showing;

    public LastResortErrorHandler(DialogService dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(this);
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        LOG.error("Uncaught exception in thread {}", thread.getName(), failure);
        // Always later: the failure may come from a layout or animation pulse, where a modal
        // dialog may not be shown.
        Platform.runLater(() -> show(failure));
    }

    private void show(Throwable failure) {
        if (showing) {
            return;
        }
        showing = true;
        try {
            dialogs.showErrorDetails(messages.get("error.unexpected.title"), messages.get("error.unexpected"), failure);
        } catch (RuntimeException dialogFailure) {
            LOG.error("Could not show the error dialog", dialogFailure);
        } finally {
            showing = false;
        }
    }
}
