package org.learnops.studio.app.common;

import java.util.concurrent.Executor;
import javafx.application.Platform;
import org.learnops.studio.error.StudioException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The handler of last resort for exceptions nobody caught — on the FX thread (an event handler, a
 * task's success callback), on the background worker (a failure callback that itself failed, or
 * none) and on any thread started elsewhere: it logs them (to the log file) and shows one dialog
 * with copyable details; the app stays usable. While that dialog is open, further failures are
 * only logged, so a failure that repeats cannot bury the user in dialogs.
 */
public final class LastResortErrorHandler implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(LastResortErrorHandler.class);

    private final DialogService dialogs;
    private final Messages messages;
    private final Executor fxThread;
    private boolean showing;

    public LastResortErrorHandler(DialogService dialogs, Messages messages) {
        this(dialogs, messages, Platform::runLater);
    }

    /** For tests: {@code fxThread} runs the dialog (the app uses {@link Platform#runLater}). */
    LastResortErrorHandler(DialogService dialogs, Messages messages, Executor fxThread) {
        this.dialogs = dialogs;
        this.messages = messages;
        this.fxThread = fxThread;
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
        try {
            // Always later: the failure may come from a layout or animation pulse, where a modal
            // dialog may not be shown.
            fxThread.execute(() -> show(failure));
        } catch (RuntimeException toolkitGone) {
            LOG.error("Could not show the error dialog (is the window closing?)", toolkitGone);
        }
    }

    private void show(Throwable failure) {
        if (showing) {
            return;
        }
        showing = true;
        try {
            // A model error that escaped its screen still has words the user can act on.
            String message = failure instanceof StudioException ? messages.describe(failure) : messages.get("error.unexpected");
            dialogs.showErrorDetails(messages.get("error.unexpected.title"), message, failure);
        } catch (RuntimeException dialogFailure) {
            LOG.error("Could not show the error dialog", dialogFailure);
        } finally {
            showing = false;
        }
    }
}
