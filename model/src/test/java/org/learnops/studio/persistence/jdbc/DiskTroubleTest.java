package org.learnops.studio.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.domain.scope.Geography;
import org.learnops.studio.domain.scope.OrganisationalScope;
import org.learnops.studio.domain.scope.Strategy;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.export.poi.AtomicFile;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.settings.SettingsFile;
import org.learnops.studio.settings.UserSettings;
import org.learnops.studio.testing.FileFingerprint;
import org.learnops.studio.workspace.WorkspaceFile;
import org.learnops.studio.workspace.WorkspaceLock;

/**
 * A full disk, a read-only folder or file, a missing folder: a clear message, nothing half
 * written, earlier data intact. The disk is a real 8 MB tmpfs (ENOSPC and EROFS from the kernel,
 * which also stop root, as these tests run in CI); a read-only file is made immutable with
 * {@code chattr +i}. Where the machine does not allow {@code mount} or {@code chattr}, the tests
 * that need it are skipped with that reason.
 */
class DiskTroubleTest {

    private static final long SIZE = 8L * 1024 * 1024;

    @TempDir
    static Path mountPoint;

    private static boolean mounted;

    @TempDir
    Path elsewhere;

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();
    private Path filler;

    @BeforeAll
    static void mountASmallDisk() throws Exception {
        mounted = run("mount", "-t", "tmpfs", "-o", "size=" + SIZE, "tmpfs", mountPoint.toString()) == 0;
    }

    @AfterAll
    static void unmount() throws Exception {
        if (mounted) {
            run("mount", "-o", "remount,rw", mountPoint.toString());
            run("umount", "-l", mountPoint.toString()); // lazy: a failed test may still hold a file there
        }
    }

    @BeforeEach
    void emptyDisk() throws Exception {
        assumeTrue(mounted, "needs root allowed to mount a tmpfs (CAP_SYS_ADMIN); not available on this machine");
        filler = mountPoint.resolve("filler");
    }

    @AfterEach
    void cleanDisk() throws Exception {
        if (mounted) {
            run("mount", "-o", "remount,rw", mountPoint.toString());
            try (Stream<Path> all = Files.walk(mountPoint)) {
                for (Path path : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    if (!path.equals(mountPoint)) {
                        Files.delete(path);
                    }
                }
            }
        }
    }

    // --- a full disk ---

    @Test
    void anEditThatDoesNotFitFailsClearlyAndEveryEarlierEditIsThereAfterReopening() throws Exception {
        WorkspaceFile file = WorkspaceFile.of(mountPoint.resolve("plan"));
        opener.create(file).close();
        int saved = -1;
        StudioException failure = null;
        Workspace workspace = opener.open(file);
        fillLeaving(256 * 1024);
        try {
            for (int n = 0; n < 100_000 && failure == null; n++) {
                try {
                    workspace.scope().saveStrategy(strategy("Save " + n, n));
                    saved = n;
                } catch (StudioException e) {
                    failure = e;
                }
            }
        } finally {
            try {
                workspace.close();
            } catch (StudioException closingOnAFullDisk) {
                // H2 may not be able to write its last chunk; what was committed is already in the file
            }
        }

        assertTrue(failure != null, "the disk filled up");
        assertEquals("workspace.error.storage", failure.messageKey());
        assertEquals(List.of("No space left on device"), List.of(failure.arguments()), "the user is told why, in plain words");
        assertTrue(saved >= 0, "some edits fitted before the disk was full");
        WorkspaceLock.acquire(file).close(); // the failed workspace let go of its lock
        Files.delete(filler);
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        System.out.println("Full disk: " + (saved + 1) + " edits saved, edit " + (saved + 1) + " failed with "
                + failure.getMessage() + " / root cause " + root);
        try (Workspace reopened = opener.open(file)) {
            assertEquals(strategy("Save " + saved, saved), reopened.scope().loadStrategy(),
                    "the last edit that was acknowledged is there");
            reopened.scope().saveStrategy(strategy("After the disk was freed", 0));
        }
    }

    @Test
    void creatingAWorkspaceOnAFullDiskSaysSoAndLeavesNoHalfMadeFile() throws Exception {
        fillLeaving(0);
        WorkspaceFile file = WorkspaceFile.of(mountPoint.resolve("new plan"));

        StudioException e = assertThrows(StudioException.class, () -> opener.create(file));

        assertEquals("workspace.error.cannotCreate", e.messageKey());
        assertFalse(Files.exists(file.path()), "no half-made workspace");
    }

    @Test
    void aBackupThatDoesNotFitLeavesNoPartialCopyAndTheWorkspaceGoesOn() throws Exception {
        WorkspaceFile file = WorkspaceFile.of(mountPoint.resolve("plan"));
        try (Workspace workspace = opener.create(file)) {
            workspace.scope().saveStrategy(strategy("Before the backup", 40));
            Path zip = mountPoint.resolve("backups").resolve("plan-20261129-101500.zip");
            fillLeaving(16 * 1024);

            StudioException e = assertThrows(StudioException.class, () -> workspace.backUpTo(zip));

            assertEquals("backup.error.cannotWrite", e.messageKey());
            try (Stream<Path> backups = Files.list(zip.getParent())) {
                assertEquals(List.of(), backups.toList(), "neither the zip nor its .part");
            }
            Files.delete(filler);
            workspace.scope().saveStrategy(strategy("After the failed backup", 1));
        }
        try (Workspace reopened = opener.open(file)) {
            assertEquals("After the failed backup", reopened.scope().loadStrategy().name());
        }
    }

    @Test
    void anExportThatDoesNotFitLeavesTheEarlierFileAndNoPartialOne() throws Exception {
        Path target = mountPoint.resolve("plan.xlsx");
        byte[] earlier = "the export from last week".getBytes();
        Files.write(target, earlier);
        fillLeaving(64 * 1024);

        assertThrows(IOException.class, () -> AtomicFile.write(target, out -> writeRandom(out, 1024 * 1024)));

        assertArrayEquals(earlier, Files.readAllBytes(target));
        assertEquals(List.of("filler", target.getFileName().toString()), names(mountPoint));
    }

    @Test
    void settingsThatDoNotFitKeepTheLastGoodFile() throws Exception {
        SettingsFile settings = new SettingsFile(mountPoint);
        UserSettings before = UserSettings.defaults().withRecent(mountPoint.resolve("plan.mv.db"));
        settings.save(before);
        String saved = FileFingerprint.sha256(settings.path());
        fillLeaving(0);

        UserSettings more = before.withRecent(mountPoint.resolve("a much longer name for another workspace, "
                + "long enough not to fit in what is left.mv.db".repeat(50)));
        StudioException e = assertThrows(StudioException.class, () -> settings.save(more));

        assertEquals("settings.error.cannotSave", e.messageKey());
        assertEquals(saved, FileFingerprint.sha256(settings.path()));
        assertEquals(List.of("filler", "settings.properties"), names(mountPoint), "no temporary file left");
        assertEquals(before, settings.load());
    }

    // --- a read-only folder or file ---

    @Test
    void aWorkspaceOnAReadOnlyDiskIsRefusedBeforeAnythingIsWritten() throws Exception {
        WorkspaceFile file = WorkspaceFile.of(mountPoint.resolve("plan"));
        try (Workspace workspace = opener.create(file)) {
            workspace.scope().saveStrategy(strategy("Kept", 2));
        }
        String before = FileFingerprint.sha256(file.path());
        readOnly();

        StudioException open = assertThrows(StudioException.class, () -> opener.open(file));
        StudioException create = assertThrows(StudioException.class,
                () -> opener.create(WorkspaceFile.of(mountPoint.resolve("another"))));
        StudioException settings = assertThrows(StudioException.class,
                () -> new SettingsFile(mountPoint).save(UserSettings.defaults()));
        IOException export = assertThrows(IOException.class,
                () -> AtomicFile.write(mountPoint.resolve("plan.xlsx"), out -> out.write(1)));

        assertTrue(List.of("workspace.error.readOnly", "workspace.error.cannotLock").contains(open.messageKey()), open.messageKey());
        assertEquals("workspace.error.cannotCreate", create.messageKey());
        assertEquals("settings.error.cannotSave", settings.messageKey());
        assertTrue(export.getMessage().contains("Read-only file system"), export.getMessage());
        assertEquals(before, FileFingerprint.sha256(file.path()));
    }

    @Test
    void aReadOnlyWorkspaceFileIsRefusedWithItsOwnMessageAndKeepsEveryByte() throws Exception {
        WorkspaceFile file = WorkspaceFile.of(elsewhere.resolve("plan"));
        opener.create(file).close();
        String before = FileFingerprint.sha256(file.path());
        assumeTrue(run("chattr", "+i", file.path().toString()) == 0,
                "needs chattr and a file system with the immutable attribute (ext4 here)");
        try {
            StudioException e = assertThrows(StudioException.class, () -> opener.open(file));
            assertEquals("workspace.error.readOnly", e.messageKey());
        } finally {
            run("chattr", "-i", file.path().toString());
        }
        assertEquals(before, FileFingerprint.sha256(file.path()));
        WorkspaceLock.acquire(file).close();
    }

    // --- a missing folder ---

    @Test
    void aWorkspaceWhoseFolderIsGoneIsNotFoundAndNothingIsCreated() {
        WorkspaceFile file = WorkspaceFile.of(elsewhere.resolve("unplugged drive").resolve("plan"));

        StudioException e = assertThrows(StudioException.class, () -> opener.open(file));

        assertEquals("workspace.error.notFound", e.messageKey());
        assertFalse(Files.exists(file.path().getParent()));
    }

    // --- helpers ---

    private static Strategy strategy(String name, int n) {
        // ~2 KB of authority text per save, so the file grows quickly (every save is a new chunk)
        return new Strategy(name, "Sponsor " + n, "Owner", OrganisationalScope.ENTERPRISE_WIDE, "",
                Geography.REGIONAL, List.of("EMEA"), ("Authority " + n + " ").repeat(180));
    }

    /** Fills the tmpfs with one file until the kernel says no space, then frees {@code leave} bytes of it. */
    private void fillLeaving(long leave) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            assertTrue(full.getMessage().contains("No space left on device"), full.getMessage());
        }
        if (leave > 0) {
            try (FileChannel channel = FileChannel.open(filler, StandardOpenOption.WRITE)) {
                channel.truncate(Math.max(0, channel.size() - leave));
            }
        }
    }

    private void readOnly() throws Exception {
        assertEquals(0, run("mount", "-o", "remount,ro", mountPoint.toString()));
    }

    private static void writeRandom(OutputStream out, int bytes) throws IOException {
        byte[] random = new byte[bytes];
        new Random(1).nextBytes(random);
        out.write(random);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static int run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
