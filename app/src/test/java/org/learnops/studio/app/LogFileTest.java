package org.learnops.studio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/**
 * Issue 7 §7: the production logging configuration ({@link LoggingConfiguration}, in code since
 * issue 8; not the tests' own {@code logback-test.xml}) writes errors with their stack traces to {@code <logDir>/learnops-studio.log}, the
 * folder the Launcher sets in {@code learnops.logDir}, and rotates the file at 5 MB. It runs in a
 * logger context of its own, so the rest of the test JVM keeps its logging.
 */
class LogFileTest {

    @TempDir
    Path logDir;

    private final LoggerContext context = new LoggerContext();

    @AfterEach
    void stopLogging() {
        context.stop();
    }

    private Logger production() {
        context.setMDCAdapter(new LogbackMDCAdapter()); // the global context gets one from the SLF4J binding
        context.putProperty(LoggingConfiguration.LOG_DIR, logDir.toString());
        LoggingConfiguration configuration = new LoggingConfiguration();
        configuration.setContext(context);
        assertEquals(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, configuration.configure(context));
        assertNoLogbackErrors();
        // Errors also go to standard error (for a start from a terminal); megabytes of them would flood the test output.
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender("STDERR");
        return context.getLogger("org.learnops.studio.app.common.LastResortErrorHandler");
    }

    private void assertNoLogbackErrors() {
        assertFalse(context.getStatusManager().getCopyOfStatusList().stream().anyMatch(s -> s.getLevel() >= 2),
                () -> "logback reported errors: " + context.getStatusManager().getCopyOfStatusList());
    }

    @Test
    void withoutALogFolderLogbackGoesOnWithItsOwnFiles() {
        LoggingConfiguration configuration = new LoggingConfiguration();
        configuration.setContext(context);
        String launcherSet = System.getProperty(LoggingConfiguration.LOG_DIR);
        System.clearProperty(LoggingConfiguration.LOG_DIR);
        try {
            assertEquals(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY, configuration.configure(context));
        } finally {
            if (launcherSet != null) {
                System.setProperty(LoggingConfiguration.LOG_DIR, launcherSet);
            }
        }
        assertFalse(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext(),
                "nothing configured: the next configurator (logback-test.xml in tests) decides");
    }

    @Test
    void infoGoesToTheFileOnlyAndQuietLibrariesOnlyWarn() throws Exception {
        Logger log = production();
        log.info("Main window shown");
        context.getLogger("org.flywaydb.core.Flyway").info("flyway chatter");
        context.getLogger("org.apache.poi.Something").warn("poi warning");
        context.getLogger("org.learnops.studio.Debugging").debug("debug detail");
        context.stop();

        String written = Files.readString(logDir.resolve("learnops-studio.log"), StandardCharsets.UTF_8);
        assertTrue(written.contains(" INFO  [") && written.contains("Main window shown"), written);
        assertTrue(written.contains("WARN  [") && written.contains("poi warning"), written);
        assertFalse(written.contains("flyway chatter"), written);
        assertFalse(written.contains("debug detail"), written);
    }

    @Test
    void errorsWithTheirStackTraceGoToTheLogFileInTheDataFolder() throws Exception {
        Logger log = production();

        log.error("Uncaught exception in thread {}", "learnops-worker", new IllegalStateException("boom in the background"));
        assertNoLogbackErrors();
        context.stop(); // flushes and closes the file

        List<String> lines = Files.readAllLines(logDir.resolve("learnops-studio.log"), StandardCharsets.UTF_8);
        assertTrue(lines.get(0).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} ERROR \\[.*\\] "
                + "o\\.l\\.s\\.a\\.c\\.LastResortErrorHandler - Uncaught exception in thread learnops-worker"), lines.get(0));
        assertEquals("java.lang.IllegalStateException: boom in the background", lines.get(1));
        assertTrue(lines.get(2).strip().startsWith("at org.learnops.studio.app.LogFileTest"), "with the stack trace: " + lines.get(2));
    }

    @Test
    void theLogFileRotatesAtFiveMegabytes() throws Exception {
        Logger log = production();
        Path current = logDir.resolve("learnops-studio.log");
        Path rotated = logDir.resolve("learnops-studio.1.log");
        String line = "x".repeat(1000);

        // Logback checks the size at most once a second (LoggingConfiguration): write past 5 MB, give it
        // that second, and the next line rolls the file.
        for (int i = 0; i < 5_500; i++) {
            log.error("filler {} {}", i, line);
        }
        assertTrue(Files.size(current) > 5L * 1024 * 1024, "more than 5 MB written");
        for (int attempt = 0; attempt < 30 && !Files.exists(rotated); attempt++) {
            Thread.sleep(1_100);
            log.error("after the check interval {}", attempt);
        }
        assertNoLogbackErrors();
        context.stop();

        assertTrue(Files.exists(rotated), "rolled to learnops-studio.1.log");
        assertTrue(Files.size(rotated) > 5L * 1024 * 1024, "the rolled file holds the 5 MB written");
        assertTrue(Files.size(current) < 10_000, "a fresh file goes on: " + Files.size(current));
        assertTrue(Files.readString(current).contains("ERROR"), "errors still reach the current file");
    }
}
