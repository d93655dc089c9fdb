package org.learnops.studio.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.workspace.WorkspaceFile;

class BackupFolderTest {

    private static final Instant NOON = Instant.parse("2026-11-29T12:00:00Z");

    @TempDir
    Path folder;

    private BackupFolder backups;
    private Path backupsFolder;

    @BeforeEach
    void aWorkspaceNamedPlan() {
        backups = new BackupFolder(WorkspaceFile.of(folder.resolve("plan")));
        backupsFolder = folder.resolve("backups");
    }

    /** A file in the backups folder with {@code bytes} bytes. */
    private Path file(String name, int bytes) throws IOException {
        Files.createDirectories(backupsFolder);
        return Files.write(backupsFolder.resolve(name), new byte[bytes]);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(backupsFolder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theFolderIsBesideTheWorkspace() {
        assertEquals(folder.resolve("backups").toAbsolutePath().normalize(), backups.folder());
    }

    @Test
    void noFolderMeansNoBackupsAndOneIsDue() {
        assertEquals(List.of(), backups.list());
        assertEquals(Optional.empty(), backups.latest());
        assertTrue(backups.isDue(NOON));
    }

    @Test
    void listsOnlyThisWorkspacesBackupsNewestFirstWithTimeFromTheNameAndSizeFromTheFile() throws IOException {
        Path older = file("plan-20261127-080000.zip", 10);
        Path newest = file("plan-20261129-101500.zip", 30);
        Path sameSecondSecond = file("plan-20261128-090000-2.zip", 21);
        Path sameSecondFirst = file("plan-20261128-090000.zip", 20);
        file("plan-20261129-111111.zip.part", 5);        // a backup being written
        file("plan b-20261129-120000.zip", 5);            // another workspace
        file("plan-b-20261129-120000.zip", 5);            // another workspace, name with a dash
        file("planning-20261129-120000.zip", 5);          // another workspace, same start
        file("plan-20261399-999999.zip", 5);              // not a time
        file("plan-20261129-1015.zip", 5);                // not our pattern
        file("notes.txt", 5);
        Files.createDirectories(backupsFolder.resolve("plan-20261129-130000.zip")); // a folder, not a file

        List<Backup> listed = backups.list();

        assertEquals(List.of(
                new Backup(newest, Instant.parse("2026-11-29T10:15:00Z"), 30),
                new Backup(sameSecondSecond, Instant.parse("2026-11-28T09:00:00Z"), 21),
                new Backup(sameSecondFirst, Instant.parse("2026-11-28T09:00:00Z"), 20),
                new Backup(older, Instant.parse("2026-11-27T08:00:00Z"), 10)), listed);
        assertEquals(Optional.of(listed.get(0)), backups.latest());
    }

    @Test
    void aBackupIsDueOnlyWhenTheLatestIsMoreThanADayOld() throws IOException {
        file("plan-20261128-120000.zip", 1);
        file("plan b-20261129-115959.zip", 1); // another workspace's fresh backup does not count

        assertFalse(backups.isDue(NOON), "exactly 24 h");
        assertTrue(backups.isDue(NOON.plusSeconds(1)));

        file("plan-20261129-115959.zip", 1);
        assertFalse(backups.isDue(NOON.plus(Duration.ofHours(23))));
        assertTrue(backups.isDue(NOON.plus(Duration.ofHours(25))));
    }

    @Test
    void aNewBackupIsNamedAfterTheWorkspaceAndTheUtcTimeAndNeverTakesAnExistingName() throws IOException {
        Instant at = Instant.parse("2026-03-29T01:30:05.789Z"); // a daylight-saving night in Europe

        Path first = backups.newBackupPath(at);
        assertEquals(backupsFolder.resolve("plan-20260329-013005.zip").toAbsolutePath().normalize(), first);

        file("plan-20260329-013005.zip", 1);
        file("plan-20260329-013005-2.zip.part", 1);
        Path third = backups.newBackupPath(at);
        assertEquals("plan-20260329-013005-3.zip", third.getFileName().toString());

        file("plan-20260329-013005-3.zip", 1);
        assertEquals(third, backups.latest().orElseThrow().file(), "the later one of the same second is the latest");
    }

    @Test
    void pruneDeletesOnlyThisWorkspacesOldestBackups() throws IOException {
        file("plan-20261125-120000.zip", 1);
        file("plan-20261126-120000.zip", 1);
        file("plan-20261127-120000.zip", 1);
        file("plan-20261128-120000.zip", 1);
        file("plan-20261124-120000.zip.part", 1);
        file("plan b-20261101-120000.zip", 1);
        file("readme.txt", 1);

        List<Backup> deleted = backups.prune(2);

        assertEquals(List.of("plan-20261126-120000.zip", "plan-20261125-120000.zip"),
                deleted.stream().map(b -> b.file().getFileName().toString()).toList());
        assertEquals(List.of("plan b-20261101-120000.zip", "plan-20261124-120000.zip.part",
                "plan-20261127-120000.zip", "plan-20261128-120000.zip", "readme.txt"), names());
    }

    @Test
    void pruneAlwaysKeepsAtLeastOne() throws IOException {
        file("plan-20261127-120000.zip", 1);
        file("plan-20261128-120000.zip", 1);

        assertEquals(1, backups.prune(0).size());
        assertEquals(List.of("plan-20261128-120000.zip"), names());
        assertEquals(List.of(), backups.prune(-5));
        assertEquals(List.of(), backups.prune(1));
        assertEquals(List.of("plan-20261128-120000.zip"), names());
    }

    @Test
    void pruneWithFewerBackupsThanKeptDeletesNothing() throws IOException {
        file("plan-20261128-120000.zip", 1);

        assertEquals(List.of(), backups.prune(BackupFolder.DEFAULT_KEEP));
        assertEquals(List.of(), new BackupFolder(WorkspaceFile.of(folder.resolve("other"))).prune(1));
    }

    @Test
    void deleteUnfinishedRemovesOnlyThisWorkspacesPartFiles() throws IOException {
        file("plan-20261128-120000.zip.part", 1);
        file("plan-20261128-120000-2.zip.part", 1);
        file("plan-20261129-120000.zip", 1);
        file("plan b-20261128-120000.zip.part", 1);
        file("plan-notes.zip.part", 1);

        assertEquals(2, backups.deleteUnfinished());

        assertEquals(List.of("plan b-20261128-120000.zip.part", "plan-20261129-120000.zip", "plan-notes.zip.part"), names());
        assertEquals(0, new BackupFolder(WorkspaceFile.of(folder.resolve("none"))).deleteUnfinished());
    }
}
