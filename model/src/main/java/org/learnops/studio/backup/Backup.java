package org.learnops.studio.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/** One backup copy of a workspace: a zip made by H2's online backup, in the {@code backups} folder beside it. */
public record Backup(Path file, Instant takenAt, long sizeBytes) {

    public Backup {
        file = Objects.requireNonNull(file).toAbsolutePath().normalize();
        Objects.requireNonNull(takenAt);
    }
}
