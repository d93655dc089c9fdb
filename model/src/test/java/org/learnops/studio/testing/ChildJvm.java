package org.learnops.studio.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM running one of the test mains on this test's class path: the only honest way to
 * check what another LearnOps Studio process sees. Its stdout is read line by line; its stderr
 * goes to a file that failure messages quote. Close it in a finally block (or try-with-resources):
 * that kills it if it still runs.
 */
public final class ChildJvm implements AutoCloseable {

    private static final Optional<String> END = Optional.empty();

    private final Process process;
    private final Path errorLog;
    private final BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();

    private ChildJvm(Process process, Path errorLog) {
        this.process = process;
        this.errorLog = errorLog;
        Thread reader = new Thread(this::readOutput, "child-jvm-stdout-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code main} with {@code args}; its stderr goes to {@code errorLog}. */
    public static ChildJvm start(Class<?> main, Path errorLog, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xmx128m",
                "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectError(errorLog.toFile())
                .start();
        return new ChildJvm(process, errorLog);
    }

    private void readOutput() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(Optional.of(line));
            }
        } catch (IOException e) {
            // the stream closes when the process is killed; the END marker below says so
        } finally {
            lines.add(END);
        }
    }

    /** The child's next stdout line; fails the test if none comes in time or the child ends first. */
    public String nextLine(Duration timeout) throws InterruptedException {
        Optional<String> line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            fail("child printed nothing within " + timeout + "; its stderr:\n" + errors());
        }
        if (line.isEmpty()) {
            lines.add(END);
            fail("child ended its output before printing a line; its stderr:\n" + errors());
        }
        return line.get();
    }

    /**
     * Every line the child printed that has not been read yet, up to the end of its output (call it
     * after {@link #kill()}: what a killed child wrote before it died is still in the pipe).
     */
    public List<String> remainingLines(Duration timeout) throws InterruptedException {
        List<String> rest = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<String> line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                fail("the child's output did not end within " + timeout + "; its stderr:\n" + errors());
            }
            if (line.isEmpty()) {
                lines.add(END);
                return rest;
            }
            rest.add(line.get());
        }
    }

    /** Closes the child's stdin, so a child that waits for end of input goes on. */
    public void closeInput() throws IOException {
        process.getOutputStream().close();
    }

    /** Waits for the child to end and returns its exit code; fails the test if it does not end in time. */
    public int exitCode(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            fail("child did not end within " + timeout + "; its stderr:\n" + errors());
        }
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Kills the child at once, as a crash would, and waits until it is gone. What it wrote before
     * it died can still be read: the kill goes through {@link ProcessHandle}, because
     * {@code Process.destroyForcibly()} also closes our end of its stdout and drops the unread lines.
     */
    public void kill() {
        process.toHandle().destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String errors() {
        try {
            return Files.readString(errorLog);
        } catch (IOException e) {
            return "(stderr unreadable: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
