package org.learnops.studio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.learnops.studio.demo.DemoWorkspace;
import org.learnops.studio.demo.DemoWorkspace.DemoSize;
import org.learnops.studio.export.ExportProgress;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.workspace.WorkspaceFile;

/**
 * The demo generator's LARGE workspace (scaled by {@code bench.scale}), made once and kept under
 * {@code bench.dir}: generating 100,000 events takes many minutes and gigabytes, so the runs after
 * the first reuse it. A {@code ready} marker beside it says the generation finished.
 */
final class LargeWorkspace {

    /** A fixed "today", so every machine generates the same workspace. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneId.of("Europe/Berlin"));

    private LargeWorkspace() {
    }

    static WorkspaceFile ensure(Path benchDir, double scale) throws IOException {
        Path folder = benchDir.resolve(String.format(Locale.ROOT, "large-%s", scale));
        WorkspaceFile file = WorkspaceFile.of(folder.resolve("large.mv.db"));
        Path ready = folder.resolve("ready");
        if (Files.exists(ready) && Files.isRegularFile(file.path())) {
            Bench.say("Reusing the cached workspace " + file.path());
            return file;
        }
        Files.createDirectories(folder);
        Files.deleteIfExists(file.path());
        DemoWorkspace.Volume volume = scale == 1.0 ? DemoSize.LARGE.volume() : DemoSize.LARGE.volume().scaled(scale);
        Bench.say("Generating the demo workspace (" + volume + ") in " + file.path() + " — minutes at full size");
        long start = System.nanoTime();
        try (Workspace workspace = new JdbcWorkspaceOpener().create(file)) {
            DemoWorkspace.fill(workspace, volume, true, CLOCK, new ExportProgress() {
                private long lastPercent = -1;

                @Override
                public void update(long done, long total) {
                    long percent = total == 0 ? 0 : done * 100 / total;
                    if (percent / 10 != lastPercent / 10) {
                        lastPercent = percent;
                        Bench.say("  generated " + percent + "%");
                    }
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        }
        Files.writeString(ready, "generated in " + (System.nanoTime() - start) / 1_000_000_000 + " s\n");
        return file;
    }
}
