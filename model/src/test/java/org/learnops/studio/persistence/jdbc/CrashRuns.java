package org.learnops.studio.persistence.jdbc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The crash tests' knobs and record: {@code learnops.crash.trials} (per scenario; blank = the
 * scenario's short default), {@code learnops.crash.seed} (blank = new each run). Every summary line
 * is printed and appended to {@code target/crash-summary.txt}.
 */
final class CrashRuns {

    private CrashRuns() {
    }

    static CrashTrials.Summary run(CrashScenario scenario, CrashSettings settings, Path root)
            throws IOException, InterruptedException {
        return run(scenario, settings, trials(scenario.defaultTrials()), root);
    }

    static CrashTrials.Summary run(CrashScenario scenario, CrashSettings settings, int trials, Path root)
            throws IOException, InterruptedException {
        String givenSeed = System.getProperty("learnops.crash.seed", "").strip();
        long seed = givenSeed.isEmpty() ? System.nanoTime() : Long.parseLong(givenSeed);
        System.out.println("CRASH " + scenario + " settings=" + settings + " trials=" + trials + " seed=" + seed
                + " (trial i uses seed + i)");
        CrashTrials.Summary summary = CrashTrials.run(scenario, settings, trials, seed, root.resolve(scenario + "-" + settings));
        System.out.println(summary.line());
        Path record = Path.of("target", "crash-summary.txt");
        Files.createDirectories(record.getParent());
        Files.writeString(record, Instant.now() + " " + summary.line() + System.lineSeparator(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return summary;
    }

    /** {@code learnops.crash.trials} if set, else {@code defaultTrials}. */
    static int trials(int defaultTrials) {
        String given = System.getProperty("learnops.crash.trials", "").strip();
        return given.isEmpty() ? defaultTrials : Integer.parseInt(given);
    }
}
