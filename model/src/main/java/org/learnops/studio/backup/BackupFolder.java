package org.learnops.studio.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.learnops.studio.workspace.WorkspaceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code backups} folder beside a workspace and this workspace's copies in it
 * ({@code <name>-yyyyMMdd-HHmmss.zip}, UTC; {@code -2}, {@code -3} … when two are taken in the same
 * second; other workspaces in the same folder have their own names). Plain files only: no database
 * is touched here.
 */
public final class BackupFolder {

    private static final Logger LOG = LoggerFactory.getLogger(BackupFolder.class);

    /** How many copies are kept when the user has not chosen. */
    public static final int DEFAULT_KEEP = 10;
    /** The most copies a user may keep. */
    public static final int MAX_KEEP = 100;

    static final Duration DUE_AFTER = Duration.ofHours(24);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String EXTENSION = ".zip";

    private final WorkspaceFile workspace;
    private final Pattern ownName;
    private final Pattern ownUnfinished;

    public BackupFolder(WorkspaceFile workspace) {
        this.workspace = workspace;
        this.ownName = Pattern.compile(Pattern.quote(workspace.name() + "-") + "(\\d{8}-\\d{6})(?:-(\\d{1,4}))?" + Pattern.quote(EXTENSION));
        this.ownUnfinished = Pattern.compile(ownName.pattern() + Pattern.quote(".part"));
    }

    public Path folder() {
        return workspace.path().resolveSibling("backups");
    }

    /** This workspace's backups, newest first; unreadable or foreign files are left out. */
    public List<Backup> list() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Named> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(file -> named(file).ifPresent(found::add));
        } catch (IOException e) {
            LOG.warn("Cannot list the backups in {}", folder, e);
            return List.of();
        }
        return found.stream()
                .sorted(Comparator.comparing((Named n) -> n.backup.takenAt()).thenComparingInt(n -> n.sequence).reversed())
                .map(n -> n.backup)
                .toList();
    }

    /** A backup of this workspace and its place among those taken in the same second. */
    private record Named(Backup backup, int sequence) {
    }

    private Optional<Named> named(Path file) {
        Matcher matcher = ownName.matcher(file.getFileName().toString());
        if (!matcher.matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Instant takenAt = LocalDateTime.parse(matcher.group(1), STAMP).toInstant(ZoneOffset.UTC);
            int sequence = matcher.group(2) == null ? 1 : Integer.parseInt(matcher.group(2));
            return Optional.of(new Named(new Backup(file, takenAt, Files.size(file)), sequence));
        } catch (DateTimeParseException | IOException e) {
            // A name like plan-20261399-999999.zip, or a file gone meanwhile: not a backup to offer.
            return Optional.empty();
        }
    }

    public Optional<Backup> latest() {
        return list().stream().findFirst();
    }

    /** True when there is no backup yet or the latest is more than a day older than {@code now}. */
    public boolean isDue(Instant now) {
        return latest().map(last -> last.takenAt().plus(DUE_AFTER).isBefore(now)).orElse(true);
    }

    /** A file name for a backup taken at {@code now} that does not exist yet. */
    public Path newBackupPath(Instant now) {
        String base = workspace.name() + "-" + STAMP.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        Path candidate = folder().resolve(base + EXTENSION);
        for (int n = 2; Files.exists(candidate) || Files.exists(partOf(candidate)); n++) {
            candidate = folder().resolve(base + "-" + n + EXTENSION);
        }
        return candidate;
    }

    private static Path partOf(Path zip) {
        return zip.resolveSibling(zip.getFileName() + ".part");
    }

    /**
     * Deletes this workspace's {@code .zip.part} files: backups a crash or a kill interrupted. Call
     * only while the workspace is open here (its lock is held), so no backup of it is running.
     *
     * @return how many were deleted
     */
    public int deleteUnfinished() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        List<Path> unfinished;
        try (Stream<Path> files = Files.list(folder)) {
            unfinished = files.filter(f -> ownUnfinished.matcher(f.getFileName().toString()).matches() && Files.isRegularFile(f)).toList();
        } catch (IOException e) {
            LOG.warn("Cannot list the backups in {}", folder, e);
            return 0;
        }
        int deleted = 0;
        for (Path part : unfinished) {
            try {
                Files.deleteIfExists(part);
                deleted++;
            } catch (IOException e) {
                LOG.warn("Cannot delete the unfinished backup {}", part, e);
            }
        }
        return deleted;
    }

    /**
     * Deletes the oldest backups beyond {@code keep} (at least 1 is always kept); returns what was
     * deleted. One that cannot be deleted is logged and left for the next time.
     */
    public List<Backup> prune(int keep) {
        List<Backup> all = list();
        int kept = Math.max(1, keep);
        if (all.size() <= kept) {
            return List.of();
        }
        List<Backup> deleted = new ArrayList<>();
        for (Backup old : all.subList(kept, all.size())) {
            try {
                Files.delete(old.file());
                deleted.add(old);
            } catch (NoSuchFileException e) {
                // already gone: nothing to do
            } catch (IOException e) {
                // The new copy exists; an old one that cannot go now is tried again next time.
                LOG.warn("Cannot delete the old backup {}", old.file(), e);
            }
        }
        LOG.info("Deleted {} old backup(s) of {}, keeping {}", deleted.size(), workspace.path(), kept);
        return List.copyOf(deleted);
    }
}
