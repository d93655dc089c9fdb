package org.learnops.studio.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.h2.mvstore.DataUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.learnops.studio.demo.DemoWorkspace;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.error.WorkspaceDamagedException;
import org.learnops.studio.export.ExportProgress;
import org.learnops.studio.persistence.Salvaged;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.testing.FileFingerprint;
import org.learnops.studio.workspace.WorkspaceFile;
import org.learnops.studio.workspace.WorkspaceLock;

/**
 * Real damaged copies of the SMALL demo workspace: bytes overwritten, truncated, headers destroyed,
 * an old file format. Opening refuses each with its own reason and leaves every byte; salvage
 * rebuilds what can be read and keeps the damaged file aside.
 *
 * <p>The demo is compacted first ({@code SHUTDOWN COMPACT}): our workspaces are written without
 * compaction, so most of a real file is old, unreferenced chunks where damage does no harm; in a
 * compacted file an overwritten stretch lands on live data, which is the case worth testing.
 */
class DamagedWorkspaceTest {

    private static final int BLOCK = 4096;

    @TempDir
    static Path shared;

    private static byte[] demo;
    private static Map<String, Long> demoRows;

    @TempDir
    Path folder;

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();
    private WorkspaceFile file;

    @BeforeAll
    static void makeTheDemo() throws Exception {
        WorkspaceFile source = WorkspaceFile.of(shared.resolve("demo"));
        try (Workspace workspace = new JdbcWorkspaceOpener().create(source)) {
            DemoWorkspace.fill(workspace, DemoWorkspace.DemoSize.SMALL, Clock.systemUTC(), ExportProgress.NONE);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + source.databasePath(), "sa", "");
             Statement compact = connection.createStatement()) {
            compact.execute("SHUTDOWN COMPACT");
        }
        demo = Files.readAllBytes(source.path());
        demoRows = rowsPerTable(source);
    }

    @BeforeEach
    void nameTheWorkspace() {
        file = WorkspaceFile.of(folder.resolve("plan"));
    }

    static Stream<Arguments> damage() {
        return Stream.of(
                Arguments.of("bytes overwritten at 50 %", overwrite(0.5, 512)),
                Arguments.of("both file headers overwritten", (UnaryOperator<byte[]>) bytes -> {
                    byte[] damaged = bytes.clone();
                    Arrays.fill(damaged, 0, 2 * BLOCK, (byte) 0xAB);
                    return damaged;
                }),
                Arguments.of("truncated to 50 %", truncate(0.5)),
                Arguments.of("truncated to 90 %", truncate(0.9)),
                Arguments.of("last 100 bytes cut off", (UnaryOperator<byte[]>) bytes -> Arrays.copyOf(bytes, bytes.length - 100)),
                Arguments.of("random bytes", (UnaryOperator<byte[]>) bytes -> {
                    byte[] random = new byte[64 * 1024];
                    new Random(7).nextBytes(random);
                    return random;
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damage")
    void aDamagedFileIsRefusedAsDamagedAndKeepsEveryByte(String what, UnaryOperator<byte[]> damage) throws Exception {
        byte[] damaged = damage.apply(demo);
        Files.write(file.path(), damaged);

        WorkspaceDamagedException e = assertThrows(WorkspaceDamagedException.class, () -> opener.open(file));

        assertEquals("workspace.error.unreadable", e.messageKey());
        assertEquals(file.path(), e.workspace());
        assertArrayEquals(damaged, Files.readAllBytes(file.path()), "the refused open changed no byte");
        WorkspaceLock.acquire(file).close(); // and let go of the lock
    }

    @Test
    void anIntactCompactedCopyOpensWithAllItsRows() throws Exception {
        Files.write(file.path(), demo);
        opener.open(file).close();
        assertEquals(demoRows, rowsPerTable(file));
    }

    /**
     * Without the header check H2 opens such a file quietly at an older chunk: here every save after
     * the first half of the file would be gone without a word.
     */
    @Test
    void aFileCutShortIsDamagedAndNotQuietlyAnOlderVersion() throws Exception {
        try (Workspace workspace = opener.create(file)) {
            for (int n = 0; n < 60; n++) { // every save appends a chunk: the newest ones are at the end
                workspace.scope().saveStrategy(new org.learnops.studio.domain.scope.Strategy("Save " + n, "", "",
                        org.learnops.studio.domain.scope.OrganisationalScope.ENTERPRISE_WIDE, "",
                        org.learnops.studio.domain.scope.Geography.GLOBAL, List.of(), ""));
            }
        }
        byte[] whole = Files.readAllBytes(file.path());
        byte[] cut = Arrays.copyOf(whole, whole.length * 6 / 10);
        Files.write(file.path(), cut);

        WorkspaceDamagedException e = assertThrows(WorkspaceDamagedException.class, () -> opener.open(file));

        assertTrue(e.getCause().getMessage().startsWith("the file ends at byte " + cut.length), e.getCause().getMessage());
        assertArrayEquals(cut, Files.readAllBytes(file.path()));

        Salvaged salvaged = opener.salvage(file);
        try (Workspace rebuilt = salvaged.workspace()) {
            String name = rebuilt.scope().loadStrategy().name();
            assertFalse(name.equals("Save 59"), "what H2 reads of a cut file is an older state: " + name);
        }
        assertFalse(salvaged.complete(), "the saves after the cut are missing, and the user is told so");
        assertArrayEquals(cut, Files.readAllBytes(salvaged.damagedFile()));
    }

    @Test
    void anEmptyFileHasItsOwnMessageAndIsOfferedRecovery() throws Exception {
        Files.createFile(file.path());

        WorkspaceDamagedException e = assertThrows(WorkspaceDamagedException.class, () -> opener.open(file));

        assertEquals("workspace.error.empty", e.messageKey());
        assertEquals(0, Files.size(file.path()));
    }

    /** H2 1.4 wrote format 1 (and early 2.x format 2); 2.4.240 reads only format 3. */
    @Test
    void anOlderH2FileFormatHasItsOwnMessageAndKeepsEveryByte() throws Exception {
        opener.create(file).close();
        byte[] old = withHeaderFormat(Files.readAllBytes(file.path()), 1);
        Files.write(file.path(), old);

        StudioException e = assertThrows(StudioException.class, () -> opener.open(file));

        assertEquals("workspace.error.oldFormat", e.messageKey(), () -> String.valueOf(e.getCause()));
        assertFalse(e instanceof WorkspaceDamagedException, "not offered as damage: restoring would lose nothing, salvage cannot read it");
        assertArrayEquals(old, Files.readAllBytes(file.path()));
    }

    @Test
    void salvagingAReadableFileKeepsEveryRowAndTheOriginalAside() throws Exception {
        Files.write(file.path(), demo);

        Salvaged salvaged = opener.salvage(file);
        try (Workspace rebuilt = salvaged.workspace()) {
            KeptFigures.assertKeptEqualsLive(rebuilt);
        }

        assertTrue(salvaged.complete());
        assertEquals(demoRows.values().stream().mapToLong(Long::longValue).sum(), salvaged.rowsRescued());
        assertEquals(demoRows, rowsPerTable(file));
        assertArrayEquals(demo, Files.readAllBytes(salvaged.damagedFile()), "the original is aside, byte for byte");
        assertTrue(salvaged.damagedFile().getFileName().toString().startsWith("plan.damaged-"));
    }

    /** Kept figures that do not match the rows (as a copy that lost rows of some tables leaves them) are counted again. */
    @Test
    void salvageCountsTheKeptFiguresAgain() throws Exception {
        Files.write(file.path(), demo);
        try (Workspace workspace = opener.open(file)) {
            ((JdbcWorkspace) workspace).database().inTransaction(connection -> {
                try (java.sql.Statement statement = connection.createStatement()) {
                    statement.executeUpdate("UPDATE figure_totals SET attended_marks = attended_marks + 1000");
                    statement.executeUpdate("DELETE FROM figure_months");
                }
                return null;
            });
            assertThrows(AssertionError.class, () -> KeptFigures.assertKeptEqualsLive(workspace));
        }

        Salvaged salvaged = opener.salvage(file);
        try (Workspace rebuilt = salvaged.workspace()) {
            KeptFigures.assertKeptEqualsLive(rebuilt);
        }
    }

    @Test
    void salvageRescuesTheReadableRowsOfAFileDamagedInTheMiddle() throws Exception {
        byte[] damaged = overwrite(0.5, 512).apply(demo);
        Files.write(file.path(), damaged);

        Salvaged salvaged = opener.salvage(file);
        try (Workspace rebuilt = salvaged.workspace()) {
            assertEquals("Northwind Learning Operations 2026", rebuilt.scope().loadStrategy().name(),
                    "the rebuilt workspace works through the normal repositories");
            // rows were lost: the kept figures are counted again from what was rescued (decision 0014)
            KeptFigures.assertKeptEqualsLive(rebuilt);
        }

        assertFalse(salvaged.complete());
        assertArrayEquals(damaged, Files.readAllBytes(salvaged.damagedFile()));
        Map<String, Long> after = rowsPerTable(file);
        long before = 0;
        long kept = 0;
        for (Map.Entry<String, Long> table : demoRows.entrySet()) {
            assertTrue(after.get(table.getKey()) <= table.getValue(), table.getKey());
            before += table.getValue();
            kept += after.get(table.getKey());
        }
        assertTrue(kept > before / 2, "most rows survive one bad stretch: " + kept + " of " + before);
        opener.open(file).close(); // and it opens again through the normal path
    }

    @Test
    void whenNothingCanBeReadSalvageSaysSoAndTheDamagedFileStaysAside() throws Exception {
        byte[] random = new byte[64 * 1024];
        new Random(11).nextBytes(random);
        Files.write(file.path(), random);

        StudioException e = assertThrows(StudioException.class, () -> opener.salvage(file));

        assertEquals("workspace.error.nothingSalvaged", e.messageKey());
        assertFalse(Files.exists(file.path()), "no half-built workspace is left in its place");
        List<Path> aside;
        try (Stream<Path> files = Files.list(folder)) {
            aside = files.filter(p -> p.getFileName().toString().startsWith("plan.damaged-")).toList();
        }
        assertEquals(1, aside.size());
        assertArrayEquals(random, Files.readAllBytes(aside.get(0)));
        assertArrayEquals(new Object[] {aside.get(0).toString()}, e.arguments());
        WorkspaceLock.acquire(file).close();
    }

    /**
     * The figures for docs/reliability.md: how much of the demo each damage pattern leaves.
     * Asserts only what must hold for every pattern; prints the rest.
     */
    @Test
    void howMuchSurvivesEachPattern() throws Exception {
        long total = demoRows.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder report = new StringBuilder("pattern | open | salvage | rows kept of " + total + " | tables short\n");
        Map<String, UnaryOperator<byte[]>> patterns = new LinkedHashMap<>();
        for (double at : new double[] {0.1, 0.5, 0.9}) {
            patterns.put("512 bytes overwritten at " + (int) (at * 100) + " %", overwrite(at, 512));
        }
        patterns.put("truncated to 50 %", truncate(0.5));
        patterns.put("truncated to 90 %", truncate(0.9));
        int n = 0;
        for (Map.Entry<String, UnaryOperator<byte[]>> pattern : patterns.entrySet()) {
            WorkspaceFile copy = WorkspaceFile.of(folder.resolve("pattern" + n++));
            byte[] damaged = pattern.getValue().apply(demo);
            Files.write(copy.path(), damaged);
            String open;
            try {
                opener.open(copy).close();
                open = "opens";
            } catch (WorkspaceDamagedException e) {
                open = "damaged";
                assertArrayEquals(damaged, Files.readAllBytes(copy.path()));
            }
            String salvage;
            long kept = 0;
            StringBuilder shortTables = new StringBuilder();
            if (open.equals("opens")) {
                salvage = "-";
                kept = total;
            } else {
                try {
                    Salvaged salvaged = opener.salvage(copy);
                    salvaged.workspace().close();
                    assertArrayEquals(damaged, Files.readAllBytes(salvaged.damagedFile()));
                    salvage = salvaged.complete() ? "complete" : "partial";
                    Map<String, Long> after = rowsPerTable(copy);
                    for (Map.Entry<String, Long> table : demoRows.entrySet()) {
                        long left = after.getOrDefault(table.getKey(), 0L);
                        assertTrue(left <= table.getValue(), table.getKey());
                        kept += left;
                        if (left < table.getValue()) {
                            shortTables.append(table.getKey()).append(' ').append(left).append('/').append(table.getValue()).append(' ');
                        }
                    }
                } catch (StudioException e) {
                    assertEquals("workspace.error.nothingSalvaged", e.messageKey());
                    salvage = "nothing";
                }
            }
            report.append(pattern.getKey()).append(" | ").append(open).append(" | ").append(salvage).append(" | ")
                    .append(kept).append(" | ").append(shortTables).append('\n');
        }
        System.out.println("Damage patterns on the compacted SMALL demo (" + demo.length + " bytes):\n" + report);
    }

    private static UnaryOperator<byte[]> overwrite(double at, int length) {
        return bytes -> {
            byte[] damaged = bytes.clone();
            int from = (int) (bytes.length * at);
            Arrays.fill(damaged, from, Math.min(bytes.length, from + length), (byte) 0xAB);
            return damaged;
        };
    }

    private static UnaryOperator<byte[]> truncate(double keep) {
        return bytes -> Arrays.copyOf(bytes, (int) (bytes.length * keep));
    }

    /** The MVStore header (twice, in the first two blocks) with another {@code format:} and a matching checksum. */
    private static byte[] withHeaderFormat(byte[] bytes, int format) {
        byte[] changed = bytes.clone();
        for (int block : new int[] {0, BLOCK}) {
            String header = new String(changed, block, BLOCK, StandardCharsets.ISO_8859_1);
            int checksumAt = header.indexOf(",fletcher:");
            assertTrue(header.startsWith("H:2,") && header.contains(",format:3,"), header);
            byte[] fields = header.substring(0, checksumAt).replace(",format:3,", ",format:" + format + ",")
                    .getBytes(StandardCharsets.ISO_8859_1);
            System.arraycopy(fields, 0, changed, block, fields.length);
            byte[] checksum = (",fletcher:" + Integer.toHexString(DataUtils.getFletcher32(changed, block, fields.length)))
                    .getBytes(StandardCharsets.ISO_8859_1);
            System.arraycopy(checksum, 0, changed, block + fields.length, checksum.length);
        }
        return changed;
    }

    private static Map<String, Long> rowsPerTable(WorkspaceFile workspace) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:file:" + workspace.databasePath() + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r", "sa", "")) {
            for (String table : RowRescue.userTables(connection)) {
                try (Statement count = connection.createStatement();
                     ResultSet row = count.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                    row.next();
                    rows.put(table, row.getLong(1));
                }
            }
        }
        return rows;
    }
}
