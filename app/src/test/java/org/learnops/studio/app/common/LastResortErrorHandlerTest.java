package org.learnops.studio.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learnops.studio.error.StudioException;
import org.slf4j.LoggerFactory;

/** Issue 7 §7, without a window: what the handler of last resort logs and shows. */
class LastResortErrorHandlerTest {

    private final Messages messages = Messages.load(Locale.ROOT);
    private final FakeDialogService dialogs = new FakeDialogService();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(LastResortErrorHandler.class);

    @BeforeEach
    void captureLog() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(log);
    }

    @Test
    void aFailureOnAnyThreadIsLoggedWithItsStackTraceAndShownWithDetails() {
        LastResortErrorHandler handler = new LastResortErrorHandler(dialogs, messages, Runnable::run);

        handler.uncaughtException(new Thread("started-elsewhere"), new IllegalStateException("boom"));

        assertEquals(List.of(new FakeDialogService.Shown("details", "Something went wrong", messages.get("error.unexpected"))),
                dialogs.shown);
        assertEquals(1, log.list.size());
        ILoggingEvent event = log.list.get(0);
        assertEquals(Level.ERROR, event.getLevel());
        assertTrue(event.getFormattedMessage().contains("started-elsewhere"), event.getFormattedMessage());
        assertEquals(IllegalStateException.class.getName(), event.getThrowableProxy().getClassName(), "logged with its stack trace");
    }

    @Test
    void aModelErrorThatEscapedItsScreenIsShownInItsOwnWords() {
        LastResortErrorHandler handler = new LastResortErrorHandler(dialogs, messages, Runnable::run);

        handler.uncaughtException(Thread.currentThread(), new StudioException("import.error.empty"));

        assertEquals(messages.get("import.error.empty"), dialogs.shown.get(0).message());
    }

    @Test
    void theDialogIsShownLaterOnTheFxThreadNotInsideTheFailingCode() {
        List<Runnable> fxQueue = new ArrayList<>();
        LastResortErrorHandler handler = new LastResortErrorHandler(dialogs, messages, fxQueue::add);

        handler.uncaughtException(Thread.currentThread(), new IllegalStateException("in a layout pulse"));

        assertTrue(dialogs.shown.isEmpty(), "not shown from inside the failing code");
        assertEquals(1, log.list.size(), "but logged at once");
        fxQueue.forEach(Runnable::run);
        assertEquals(1, dialogs.shown.size());
    }

    @Test
    void failuresWhileTheDialogIsOpenAreOnlyLoggedAndTheNextOneIsShownAgain() {
        List<Throwable> shown = new ArrayList<>();
        LastResortErrorHandler[] handler = new LastResortErrorHandler[1];
        DialogService repeating = errorDialog((title, failure) -> {
            shown.add(failure);
            if (shown.size() == 1) {
                // the same bug fires again while the user reads the first dialog
                handler[0].uncaughtException(Thread.currentThread(), new IllegalStateException("again"));
                handler[0].uncaughtException(Thread.currentThread(), new IllegalStateException("and again"));
            }
        });
        handler[0] = new LastResortErrorHandler(repeating, messages, Runnable::run);

        handler[0].uncaughtException(Thread.currentThread(), new IllegalStateException("first"));
        handler[0].uncaughtException(Thread.currentThread(), new IllegalStateException("after closing"));

        assertEquals(List.of("first", "after closing"), shown.stream().map(Throwable::getMessage).toList());
        assertEquals(4, log.list.size(), "every failure is logged");
    }

    @Test
    void aDialogThatCannotBeShownIsLoggedAndDoesNotThrow() {
        DialogService broken = errorDialog((title, failure) -> {
            throw new IllegalStateException("no window");
        });
        LastResortErrorHandler handler = new LastResortErrorHandler(broken, messages, Runnable::run);

        handler.uncaughtException(Thread.currentThread(), new IllegalArgumentException("bug"));
        handler.uncaughtException(Thread.currentThread(), new IllegalArgumentException("next bug"));

        assertEquals(List.of("Uncaught exception in thread {}", "Could not show the error dialog",
                "Uncaught exception in thread {}", "Could not show the error dialog"),
                log.list.stream().map(ILoggingEvent::getMessage).toList(), "the handler keeps working after a failed dialog");
    }

    @Test
    void whenTheFxThreadIsGoneTheFailureIsStillLogged() {
        LastResortErrorHandler handler = new LastResortErrorHandler(dialogs, messages, runnable -> {
            throw new IllegalStateException("Toolkit not initialized");
        });

        handler.uncaughtException(new Thread("closing"), new IllegalStateException("late"));

        assertTrue(dialogs.shown.isEmpty());
        assertEquals(IllegalStateException.class.getName(), log.list.get(0).getThrowableProxy().getClassName());
        assertEquals("Toolkit not initialized", log.list.get(1).getThrowableProxy().getMessage());
    }

    interface ErrorDialog {
        void show(String title, Throwable failure);
    }

    /** A dialog service that only knows the error dialog; anything else is a test bug. */
    private static DialogService errorDialog(ErrorDialog dialog) {
        return (DialogService) Proxy.newProxyInstance(DialogService.class.getClassLoader(), new Class<?>[] {DialogService.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("showErrorDetails")) {
                        dialog.show((String) args[0], (Throwable) args[2]);
                        return null;
                    }
                    throw new AssertionError("unexpected dialog " + method.getName());
                });
    }
}
