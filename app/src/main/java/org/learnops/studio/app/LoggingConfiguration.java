package org.learnops.studio.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.Duration;
import ch.qos.logback.core.util.FileSize;

/**
 * The product's logging, set up in code (Logback finds it through
 * {@code META-INF/services/ch.qos.logback.classic.spi.Configurator}) instead of an XML file: reading
 * XML costs Logback some 480 classes and a few hundred milliseconds of start-up.
 *
 * <ul>
 *   <li>{@code <logDir>/learnops-studio.log}, INFO and above, rolled at 5 MB into
 *       {@code learnops-studio.1.log} … {@code .5.log} (the size looked at once a second, not
 *       Logback's default once a minute, in which a failure repeating in a loop could write far
 *       more than 5 MB);</li>
 *   <li>errors also on standard error, for a start from a terminal;</li>
 *   <li>Flyway and Apache POI (through log4j-to-slf4j) only their warnings.</li>
 * </ul>
 *
 * It applies when the log folder is known: the {@link Launcher} and the command line set
 * {@value #LOG_DIR} before anything logs (a logger context may carry it as a property instead).
 * Without it — tests, an embedding — Logback goes on with its usual files ({@code logback-test.xml}).
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LoggingConfiguration extends ContextAwareBase implements Configurator {

    /** The system property (or logger context property) naming the log folder. */
    public static final String LOG_DIR = "learnops.logDir";
    static final String FILE_NAME = "learnops-studio";
    static final String MAX_FILE_SIZE = "5MB";
    static final int FILES_KEPT = 5;

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        String logDir = context.getProperty(LOG_DIR);
        if (logDir == null) {
            logDir = System.getProperty(LOG_DIR);
        }
        if (logDir == null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configure(context, logDir);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static void configure(LoggerContext context, String logDir) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(logDir + "/" + FILE_NAME + ".log");
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(logDir + "/" + FILE_NAME + ".%i.log");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(FILES_KEPT);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> size = new SizeBasedTriggeringPolicy<>();
        size.setContext(context);
        size.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
        size.setCheckIncrement(Duration.buildBySeconds(1));
        size.start();
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(size);
        file.setEncoder(encoder(context, "%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n"));
        file.start();

        ConsoleAppender<ILoggingEvent> standardError = new ConsoleAppender<>();
        standardError.setContext(context);
        standardError.setName("STDERR");
        standardError.setTarget("System.err");
        ThresholdFilter errorsOnly = new ThresholdFilter();
        errorsOnly.setContext(context);
        errorsOnly.setLevel(Level.ERROR.levelStr);
        errorsOnly.start();
        standardError.addFilter(errorsOnly);
        standardError.setEncoder(encoder(context, "%-5level %logger{36} - %msg%n"));
        standardError.start();

        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger("org.learnops").setLevel(Level.INFO);
        context.getLogger("org.apache.poi").setLevel(Level.WARN);
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        root.addAppender(standardError);
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
