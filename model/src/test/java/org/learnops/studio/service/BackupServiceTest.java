package org.learnops.studio.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.backup.Backup;
import org.learnops.studio.backup.BackupFolder;
import org.learnops.studio.demo.DemoWorkspace;
import org.learnops.studio.exchange.json.JsonWorkshopFile;
import org.learnops.studio.export.ExportOptions;
import org.learnops.studio.export.ExportProgress;
import org.learnops.studio.export.ExportSection;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.error.WorkspaceLockedException;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.testing.FileFingerprint;
import org.learnops.studio.workspace.WorkspaceFile;
import org.slf4j.LoggerFactory;

class BackupServiceTest {

    private static final Instant START = Instant.parse("2026-11-29T09:00:00Z");

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();
    private final MovableClock clock = new MovableClock(START);
    private final BackupService service = new BackupService(opener, clock);

    @TempDir
    Path folder;

    private WorkspaceFile file;

    @BeforeEach
    void nameTheWorkspace() {
        file = WorkspaceFile.of(folder.resolve("plan"));
    }

    /** A clock the test moves on, as days pass between openings. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private static ActivityArea area(String name) {
        return new ActivityArea(0, null, name, true, "", 3, 3);
    }

    private static List<String> customAreas(Workspace workspace) {
        return workspace.scope().loadAreas().stream().filter(a -> a.builtIn() == null).map(ActivityArea::customName).toList();
    }

    private List<String> customAreasOnFile() {
        try (Workspace workspace = opener.open(file)) {
            return customAreas(workspace);
        }
    }

    /** Every file in the workspace's folder (not the backups folder), by name. */
    private List<String> workspaceFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private Backup backupWithAreas(String... names) {
        try (Workspace workspace = opener.create(file)) {
            for (String name : names) {
                workspace.scope().addCustomArea(area(name));
            }
            return service.backUp(workspace, BackupFolder.DEFAULT_KEEP);
        }
    }

    /** A backup zip made by hand, as someone swapping files in the backups folder could. */
    private Backup handMadeZip(String name, Entry... entries) throws IOException {
        Path zip = folder.resolve("backups").resolve(name);
        Files.createDirectories(zip.getParent());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Entry entry : entries) {
                out.putNextEntry(new ZipEntry(entry.name));
                out.write(entry.bytes);
                out.closeEntry();
            }
        }
        return new Backup(zip, START, Files.size(zip));
    }

    private record Entry(String name, byte[] bytes) {
    }

    /**
     * Restoring {@code backup} fails with {@code key}; the workspace keeps every byte and nothing
     * is left beside it.
     */
    private StudioException assertRefusedLeavingTheWorkspaceAlone(Backup backup, String key) throws IOException {
        String before = FileFingerprint.sha256(file.path());
        List<String> filesBefore = workspaceFolder();

        StudioException e = assertThrows(StudioException.class, () -> service.restore(file, backup));

        assertEquals(key, e.messageKey(), e::toString);
        assertEquals(before, FileFingerprint.sha256(file.path()));
        // The lock file restore takes may stay behind, as after any opening; nothing else may.
        List<String> filesAfter = workspaceFolder();
        assertEquals(filesBefore.stream().filter(n -> !n.endsWith(".lock")).toList(),
                filesAfter.stream().filter(n -> !n.endsWith(".lock")).toList(), "no temporary file is left");
        return e;
    }

    @Test
    void backUpWritesAZipOfTheWorkspaceIntoTheBackupsFolder() throws IOException {
        Backup backup = backupWithAreas("Onboarding");

        assertEquals(folder.resolve("backups").resolve("plan-20261129-090000.zip").toAbsolutePath(), backup.file());
        assertEquals(START, backup.takenAt());
        assertEquals(Files.size(backup.file()), backup.sizeBytes());
        assertEquals(List.of(backup), service.list(file));
        try (ZipFile zip = new ZipFile(backup.file().toFile())) {
            assertEquals(List.of("plan.mv.db"), Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList());
        }
        assertFalse(Files.exists(backup.file().resolveSibling(backup.file().getFileName() + ".part")));
    }

    @Test
    void restoreBringsBackTheBackupAndKeepsTheReplacedFileAside() throws IOException {
        Backup backup = backupWithAreas("Onboarding");
        try (Workspace workspace = opener.open(file)) {
            workspace.scope().addCustomArea(area("Added after the backup"));
        }
        String replacedBytes = FileFingerprint.sha256(file.path());
        clock.advance(Duration.ofMinutes(5));

        Optional<Path> aside = service.restore(file, backup);

        assertEquals(Optional.of(folder.resolve("plan.replaced-20261129-090500.mv.db").toAbsolutePath()), aside);
        assertEquals(replacedBytes, FileFingerprint.sha256(aside.orElseThrow()), "the replaced file is kept as it was");
        assertEquals(List.of("plan.lock", "plan.mv.db", "plan.replaced-20261129-090500.mv.db"), workspaceFolder(),
                "nothing else is left beside the workspace");
        assertEquals(List.of("Onboarding"), customAreasOnFile());
        try (Workspace replaced = opener.open(WorkspaceFile.of(aside.get()))) {
            assertEquals(List.of("Onboarding", "Added after the backup"), customAreas(replaced));
        }
        assertTrue(Files.exists(backup.file()), "the backup itself stays");
    }

    @Test
    void restoreWhenTheWorkspaceIsGoneReturnsEmpty() throws IOException {
        Backup backup = backupWithAreas("Onboarding");
        Files.move(file.path(), folder.resolve("plan.damaged-20261129-090000.mv.db"));

        assertEquals(Optional.empty(), service.restore(file, backup));

        assertEquals(List.of("Onboarding"), customAreasOnFile());
    }

    @Test
    void restoreRefusesAnOpenWorkspace() throws IOException {
        Backup backup = backupWithAreas("Onboarding");

        try (Workspace open = opener.open(file)) {
            open.scope().addCustomArea(area("Still open"));
            assertThrows(WorkspaceLockedException.class, () -> service.restore(file, backup));
            assertEquals(List.of("Onboarding", "Still open"), customAreas(open));
        }
        assertFalse(workspaceFolder().stream().anyMatch(n -> n.contains("restoring")));
    }

    @Test
    void aDamagedBackupIsRefusedAndTheWorkspaceIsUnchanged() throws IOException {
        Backup good = backupWithAreas("Onboarding");
        byte[] bytes = Files.readAllBytes(good.file());

        // Truncated: the zip's directory at the end is gone.
        Path truncated = folder.resolve("backups").resolve("plan-20261128-090000.zip");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertRefusedLeavingTheWorkspaceAlone(new Backup(truncated, START, bytes.length / 2), "backup.error.damaged");

        // Bytes overwritten inside the compressed workspace: the zip reads, its content does not.
        byte[] overwritten = bytes.clone();
        for (int i = 200; i < Math.min(overwritten.length - 200, 1200); i++) {
            overwritten[i] = (byte) 0x5A;
        }
        Path garbled = folder.resolve("backups").resolve("plan-20261127-090000.zip");
        Files.write(garbled, overwritten);
        assertRefusedLeavingTheWorkspaceAlone(new Backup(garbled, START, overwritten.length), "backup.error.damaged");

        // Not a zip at all.
        Path text = folder.resolve("backups").resolve("plan-20261126-090000.zip");
        Files.writeString(text, "these are my notes, not a backup");
        assertRefusedLeavingTheWorkspaceAlone(new Backup(text, START, 32), "backup.error.damaged");

        // A zip holding a file that is not an H2 database.
        assertRefusedLeavingTheWorkspaceAlone(handMadeZip("plan-20261125-090000.zip",
                new Entry("plan.mv.db", "H:2,block:2,format:3 — not really".getBytes())), "backup.error.damaged");
        assertEquals(List.of("Onboarding"), customAreasOnFile());
    }

    @Test
    void aZipThatIsNotALearnOpsBackupIsRefused() throws IOException {
        backupWithAreas("Onboarding");
        byte[] workspaceBytes = Files.readAllBytes(file.path());

        assertRefusedLeavingTheWorkspaceAlone(handMadeZip("a.zip"), "backup.error.notABackup");
        assertRefusedLeavingTheWorkspaceAlone(handMadeZip("b.zip",
                new Entry("plan.mv.db", workspaceBytes), new Entry("readme.txt", new byte[10])), "backup.error.notABackup");
        assertRefusedLeavingTheWorkspaceAlone(handMadeZip("c.zip", new Entry("../plan.mv.db", workspaceBytes)), "backup.error.notABackup");
        assertRefusedLeavingTheWorkspaceAlone(handMadeZip("d.zip", new Entry("/tmp/plan.mv.db", workspaceBytes)), "backup.error.notABackup");
        assertRefusedLeavingTheWorkspaceAlone(handMadeZip("e.zip", new Entry("sub/plan.mv.db", workspaceBytes)), "backup.error.notABackup");
        assertRefusedLeavingTheWorkspaceAlone(handMadeZip("f.zip", new Entry("plan.txt", workspaceBytes)), "backup.error.notABackup");
        assertRefusedLeavingTheWorkspaceAlone(
                new Backup(folder.resolve("backups").resolve("gone.zip"), START, 1), "backup.error.notFound");
        assertEquals(List.of("Onboarding"), customAreasOnFile());
    }

    @Test
    void aZipBombIsStoppedAtItsLimitAndTheWorkspaceIsUnchanged() throws IOException {
        backupWithAreas("Onboarding");
        // 64 MB of zeros pack into a zip of some 64 KB: more than 20 times its size plus the test's 1 MB.
        Path zip = folder.resolve("backups").resolve("plan-20261128-090000.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("plan.mv.db"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        BackupService smallLimit = new BackupService(opener, clock, 1 << 20);
        String before = FileFingerprint.sha256(file.path());

        StudioException e = assertThrows(StudioException.class,
                () -> smallLimit.restore(file, new Backup(zip, START, Files.size(zip))));

        assertEquals("backup.error.tooLarge", e.messageKey());
        assertEquals(before, FileFingerprint.sha256(file.path()));
        assertFalse(workspaceFolder().stream().anyMatch(n -> n.contains("restoring")));
    }

    @Test
    void aBackupOfAnOlderVersionIsMigratedWhenRestored() throws IOException {
        Backup older;
        try (Workspace v9 = JdbcWorkspaceOpener.upToVersion("9").create(file)) {
            v9.scope().addCustomArea(area("From version 9"));
            assertThrows(StudioException.class, () -> v9.recordTables().count("training_event", false),
                    "a version 9 workspace has no operations tables");
            older = service.backUp(v9, BackupFolder.DEFAULT_KEEP);
        }
        try (Workspace current = opener.open(file)) {
            current.scope().addCustomArea(area("Since migrated"));
        }

        service.restore(file, older);

        try (Workspace restored = opener.open(file)) {
            assertEquals(List.of("From version 9"), customAreas(restored));
            assertEquals(0, restored.recordTables().count("training_event", false), "migrated to the operations tables");
        }
    }

    @Test
    void aBackupFromANewerVersionIsRefusedWithItsOwnMessage() throws Exception {
        backupWithAreas("Onboarding");
        WorkspaceFile future = WorkspaceFile.of(folder.resolve("future"));
        opener.create(future).close();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + future.databasePath(), "sa", "");
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " SELECT MAX(\"installed_rank\") + 1, '999', 'from the future', 'SQL', 'V999__future.sql', 1, 'sa', 1, TRUE"
                    + " FROM \"flyway_schema_history\"");
        }
        Backup fromTheFuture = handMadeZip("plan-20261128-090000.zip", new Entry("future.mv.db", Files.readAllBytes(future.path())));

        StudioException e = assertRefusedLeavingTheWorkspaceAlone(fromTheFuture, "backup.error.tooNew");

        assertEquals(fromTheFuture.file().toString(), e.arguments()[0]);
        assertEquals("999", e.arguments()[1]);
    }

    @Test
    void backUpKeepsOnlyTheNewestCopies() {
        List<Backup> taken = new ArrayList<>();
        try (Workspace workspace = opener.create(file)) {
            for (int i = 0; i < 5; i++) {
                workspace.scope().addCustomArea(area("Area " + i));
                taken.add(service.backUp(workspace, 3));
                clock.advance(Duration.ofHours(1));
            }
        }

        assertEquals(List.of(taken.get(4), taken.get(3), taken.get(2)), service.list(file));
        assertTrue(taken.subList(0, 2).stream().noneMatch(b -> Files.exists(b.file())));
    }

    @Test
    void aBackupThatWasKilledLeavesNothingOnceTheNextIsTaken() throws IOException {
        Path killed = folder.resolve("backups").resolve("plan-20261128-090000.zip.part");
        Files.createDirectories(killed.getParent());
        Files.write(killed, new byte[4096]);

        Backup next = backupWithAreas("Onboarding");

        try (Stream<Path> files = Files.list(killed.getParent())) {
            assertEquals(List.of(next.file()), files.toList());
        }
    }

    @Test
    void twoBackupsInTheSameSecondGetTwoFiles() {
        try (Workspace workspace = opener.create(file)) {
            Backup first = service.backUp(workspace, 10);
            Backup second = service.backUp(workspace, 10);

            assertEquals(List.of(second, first), service.list(file));
            assertEquals("plan-20261129-090000-2.zip", second.file().getFileName().toString());
        }
    }

    @Test
    void backUpIfDueTakesOneADayAtMost() {
        try (Workspace workspace = opener.create(file)) {
            Optional<Backup> first = service.backUpIfDue(workspace, 10);
            assertTrue(first.isPresent(), "none yet: due");

            clock.advance(Duration.ofHours(23));
            assertEquals(Optional.empty(), service.backUpIfDue(workspace, 10));

            clock.advance(Duration.ofHours(2));
            Optional<Backup> next = service.backUpIfDue(workspace, 10);
            assertTrue(next.isPresent());
            assertEquals(List.of(next.get(), first.get()), service.list(file));
        }
    }

    @Test
    void backupsTakenWhileEditsGoOnAreConsistentCopies() throws Exception {
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> editorFailure = new AtomicReference<>();
        List<Backup> backups = new ArrayList<>();
        List<Integer> acknowledgedBefore = new ArrayList<>();
        try (Workspace workspace = opener.create(file)) {
            Thread editor = new Thread(() -> {
                try {
                    for (int i = 0; !stop.get(); i++) {
                        workspace.scope().addCustomArea(area("Edit " + i));
                        acknowledged.incrementAndGet();
                    }
                } catch (Throwable t) {
                    editorFailure.set(t);
                }
            });
            editor.start();
            try {
                for (int i = 0; i < 5; i++) {
                    while (acknowledged.get() < (i + 1) * 10 && editor.isAlive()) {
                        Thread.onSpinWait();
                    }
                    acknowledgedBefore.add(acknowledged.get());
                    backups.add(service.backUp(workspace, 10));
                }
            } finally {
                stop.set(true);
                editor.join();
            }
            assertEquals(null, editorFailure.get(), "edits went on without failing");
            assertTrue(customAreas(workspace).size() >= acknowledged.get());
        }

        for (int i = 0; i < backups.size(); i++) {
            WorkspaceFile copy = WorkspaceFile.of(folder.resolve("copy" + i));
            assertEquals(Optional.empty(), service.restore(copy, backups.get(i)));
            try (Workspace restored = opener.open(copy)) {
                List<String> areas = customAreas(restored);
                assertTrue(areas.size() >= acknowledgedBefore.get(i),
                        "backup " + i + " holds every edit acknowledged before it began: " + areas.size() + " < " + acknowledgedBefore.get(i));
                for (int n = 0; n < areas.size(); n++) {
                    assertEquals("Edit " + n, areas.get(n), "a copy holds a prefix of the edits, no gap");
                }
            }
        }
    }

    @Test
    void aWorkspaceWithAnotherNameCanBeRestoredFromThisBackup() throws IOException {
        Backup backup = backupWithAreas("Onboarding");
        WorkspaceFile other = WorkspaceFile.of(folder.resolve("other plan"));

        service.restore(other, backup);

        try (Workspace restored = opener.open(other)) {
            assertEquals(List.of("Onboarding"), customAreas(restored));
        }
    }

    @Test
    void theSmallDemoWorkspaceComesBackWhole() throws IOException {
        JsonWorkshopFile json = new JsonWorkshopFile();
        ExportOptions everything = new ExportOptions(EnumSet.allOf(ExportSection.class), true, clock);
        Path original = folder.resolve("original.json");
        Backup backup;
        long backupNanos;
        try (Workspace demo = opener.create(file)) {
            DemoWorkspace.fill(demo, DemoWorkspace.DemoSize.SMALL, clock, ExportProgress.NONE);
            json.write(demo, everything, original, ExportProgress.NONE);
            long started = System.nanoTime();
            backup = service.backUp(demo, BackupFolder.DEFAULT_KEEP);
            backupNanos = System.nanoTime() - started;
        }
        long workspaceBytes = Files.size(file.path());
        WorkspaceFile copy = WorkspaceFile.of(folder.resolve("restored"));

        long started = System.nanoTime();
        service.restore(copy, backup);
        long restoreNanos = System.nanoTime() - started;

        Path restored = folder.resolve("restored.json");
        try (Workspace workspace = opener.open(copy)) {
            json.write(workspace, everything, restored, ExportProgress.NONE);
        }
        assertEquals(Files.readString(original), Files.readString(restored), "every record of every kind is back");
        // Figures for docs/reliability.md (measured, never asserted: machines differ).
        LoggerFactory.getLogger(BackupServiceTest.class).info(
                "Small demo: workspace {} KB, backup zip {} KB, backup {} ms, verified restore {} ms",
                workspaceBytes / 1024, backup.sizeBytes() / 1024, backupNanos / 1_000_000, restoreNanos / 1_000_000);
    }
}
