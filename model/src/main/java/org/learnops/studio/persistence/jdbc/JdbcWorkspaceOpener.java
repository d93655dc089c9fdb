package org.learnops.studio.persistence.jdbc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Recover;
import org.h2.tools.RunScript;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.error.WorkspaceDamagedException;
import org.learnops.studio.error.WorkspaceLockedException;
import org.learnops.studio.error.WorkspaceTooNewException;
import org.learnops.studio.persistence.Salvaged;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.WorkspaceOpener;
import org.learnops.studio.workspace.SetAside;
import org.learnops.studio.workspace.WorkspaceFile;
import org.learnops.studio.workspace.WorkspaceLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a workspace file: lock first, then H2, then the schema check and migration. See
 * {@code docs/decisions/0002-workspace-durability.md} for the H2 settings chosen here.
 */
public final class JdbcWorkspaceOpener implements WorkspaceOpener {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcWorkspaceOpener.class);

    /**
     * WRITE_DELAY=0: a commit is written to the file before it returns (H2's default of 500 ms
     * could lose the last half second of edits when the process dies).
     */
    static final String SETTINGS = ";WRITE_DELAY=0;MAX_COMPACT_TIME=0";

    private final String migrationLocation;
    private final String targetVersion;
    private final String settings;
    /** The migrations this build ships, listed once; empty when only Flyway can tell (see {@link BundledMigrations}). */
    private volatile Optional<SortedSet<SchemaVersion>> bundled;

    public JdbcWorkspaceOpener() {
        this("classpath:db/migration", null);
    }

    /** For tests: migrate only up to {@code targetVersion} (e.g. to build an older workspace). */
    JdbcWorkspaceOpener(String migrationLocation, String targetVersion) {
        this(migrationLocation, targetVersion, SETTINGS);
    }

    private JdbcWorkspaceOpener(String migrationLocation, String targetVersion, String settings) {
        this.migrationLocation = migrationLocation;
        this.targetVersion = targetVersion;
        this.settings = settings;
    }

    /**
     * For the crash harness only: opens with other H2 URL settings in place of {@link #SETTINGS}
     * (e.g. H2's defaults, to measure what our settings buy). Production always uses SETTINGS.
     */
    static JdbcWorkspaceOpener withSettings(String settings) {
        return new JdbcWorkspaceOpener("classpath:db/migration", null, settings);
    }

    public static JdbcWorkspaceOpener upToVersion(String targetVersion) {
        return new JdbcWorkspaceOpener("classpath:db/migration", targetVersion);
    }

    @Override
    public Workspace open(WorkspaceFile file, Runnable updating) {
        if (!Files.isRegularFile(file.path())) {
            throw new StudioException("workspace.error.notFound", file.path().toString());
        }
        if (isEmpty(file.path())) {
            // H2 would silently turn an empty file into a new database: it is damaged, not new.
            throw new WorkspaceDamagedException("workspace.error.empty", file.path(), null);
        }
        return connect(file, WorkspaceLock.acquire(file), true, updating);
    }

    private static boolean isEmpty(Path path) {
        try {
            return Files.size(path) == 0;
        } catch (IOException e) {
            throw new StudioException("workspace.error.cannotRead", e, path.toString());
        }
    }

    @Override
    public Workspace create(WorkspaceFile file) {
        if (Files.exists(file.path())) {
            throw new StudioException("workspace.error.exists", file.path().toString());
        }
        try {
            Path folder = file.path().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
                if (!Files.isWritable(folder)) {
                    throw new StudioException("workspace.error.cannotCreate", file.path().toString());
                }
            }
        } catch (IOException e) {
            throw new StudioException("workspace.error.cannotCreate", e, file.path().toString());
        }
        WorkspaceLock lock = WorkspaceLock.acquire(file);
        try {
            return connect(file, lock, false, () -> { });
        } catch (RuntimeException e) {
            // A full disk or a folder that refuses writes: no half-made workspace is left behind.
            // The lock is ours again only to remove what this call wrote.
            try (WorkspaceLock again = WorkspaceLock.acquire(file)) {
                removeUnfinished(file);
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * Moves the damaged file aside, then rebuilds the workspace at its path: from the SQL script of
     * H2's recovery tool when that tool can read the file, else by copying every row that can still
     * be read into a new workspace ({@link RowRescue}). Holds the workspace's lock throughout.
     */
    @Override
    public Salvaged salvage(WorkspaceFile damaged) {
        WorkspaceLock lock = WorkspaceLock.acquire(damaged);
        Path aside;
        RowRescue.Result rescued;
        try {
            aside = SetAside.move(damaged, "damaged", Instant.now());
            rescued = rebuild(damaged, aside);
            if (cutShort(aside).isPresent()) {
                // H2 read an older state of a file cut short: what came after it is missing
                rescued = new RowRescue.Result(rescued.rows(), false);
            }
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        LOG.warn("Salvaged {} rows ({}) from {} into {}", rescued.rows(), rescued.complete() ? "complete" : "incomplete",
                aside, damaged.path());
        return new Salvaged(connect(damaged, lock, true, () -> { }), aside, rescued.rows(), rescued.complete());
    }

    private RowRescue.Result rebuild(WorkspaceFile target, Path damaged) {
        Path work;
        try {
            work = Files.createTempDirectory("learnops-salvage-");
        } catch (IOException e) {
            throw new StudioException("workspace.error.cannotSalvage", e, damaged.toString());
        }
        try {
            Path copy = work.resolve("damaged" + WorkspaceFile.SUFFIX);
            Files.copy(damaged, copy);
            RowRescue.Result result = fromRecoveryScript(work, target, damaged);
            if (result == null) {
                removeUnfinished(target);
                result = fromReadableRows(copy, target, damaged);
            }
            if (result.rows() == 0) {
                removeUnfinished(target);
                throw new StudioException("workspace.error.nothingSalvaged", damaged.toString());
            }
            recountFigures(target);
            return result;
        } catch (IOException e) {
            removeUnfinished(target);
            throw new StudioException("workspace.error.cannotSalvage", e, damaged.toString());
        } catch (RuntimeException e) {
            removeUnfinished(target);
            throw e;
        } finally {
            deleteFolder(work);
        }
    }

    /**
     * H2's recovery tool: SQL for everything it can read, run into a new database. Null when the
     * tool gives up (in H2 2.4.240 it stops at the first unreadable chunk) or its script does not
     * rebuild a workspace.
     */
    private RowRescue.Result fromRecoveryScript(Path work, WorkspaceFile target, Path damaged) {
        Path script = work.resolve("damaged.h2.sql");
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        try {
            Recover recover = new Recover();
            recover.setOut(new PrintStream(said, true, StandardCharsets.UTF_8));
            recover.runTool("-dir", work.toString(), "-db", "damaged");
        } catch (SQLException | RuntimeException | AssertionError e) {
            // AssertionError: H2's own assertions (tests run with -ea) trip over garbled page positions.
            LOG.warn("H2's recovery tool could not read {}: {} {}", damaged, e, said.toString(StandardCharsets.UTF_8));
            return null;
        }
        if (!Files.isRegularFile(script)) {
            return null;
        }
        RowRescue.Result result;
        try (Connection rebuilt = dataSource(target, ";IFEXISTS=FALSE").getConnection();
             Reader sql = Files.newBufferedReader(script)) {
            RunScript.execute(rebuilt, sql);
            List<String> tables = RowRescue.userTables(rebuilt);
            if (!hasHistory(rebuilt) || tables.isEmpty()) {
                return null;
            }
            long rows = 0;
            for (String table : tables) {
                rows += count(rebuilt, table);
            }
            result = new RowRescue.Result(rows, true);
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.warn("H2's recovery script for {} did not rebuild a workspace: {}", damaged, e.toString());
            return null;
        }
        try {
            // The state H2 recovered can be one from the middle of a migration (H2 commits DDL at once,
            // before Flyway records the migration): such a workspace cannot be migrated again ("Table
            // ... already exists"), so the readable rows are copied into a new workspace instead.
            migrations().migrate(dataSource(target, ";IFEXISTS=TRUE"), target, true);
        } catch (StudioException e) {
            LOG.warn("The workspace rebuilt from H2's recovery script for {} cannot be migrated: {}", damaged, e.toString());
            return null;
        }
        LOG.info("Rebuilt {} from H2's recovery script", target.path());
        return result;
    }

    /**
     * The kept figures of a salvaged workspace counted again from its rows (decision 0014): rows
     * were lost, or copied table by table, so the copied figures cannot be trusted.
     */
    private void recountFigures(WorkspaceFile target) {
        try (Connection rebuilt = dataSource(target, ";IFEXISTS=TRUE").getConnection()) {
            rebuilt.setAutoCommit(false);
            new JdbcFigureBook(rebuilt).rebuild();
            rebuilt.commit();
        } catch (SQLException e) {
            throw new StudioException("workspace.error.cannotSalvage", e, target.path().toString());
        }
    }

    private RowRescue.Result fromReadableRows(Path copy, WorkspaceFile target, Path damaged) {
        JdbcDataSource rebuilt = dataSource(target, ";IFEXISTS=FALSE");
        migrations().migrate(rebuilt, target, false);
        WorkspaceFile source = new WorkspaceFile(copy);
        try (Connection from = dataSource(source, ";IFEXISTS=TRUE").getConnection();
             Connection to = rebuilt.getConnection()) {
            return RowRescue.copy(from, to);
        } catch (SQLException e) {
            LOG.warn("Nothing readable in {}: {}", damaged, e.toString());
            return new RowRescue.Result(0, false);
        }
    }

    private static boolean hasHistory(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", SchemaHistory.TABLE, null)) {
            return tables.next();
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet count = query.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** Removes what a failed create or rebuild left at the workspace's path (files this opener made; a damaged file is aside by then). */
    private static void removeUnfinished(WorkspaceFile target) {
        for (String suffix : List.of(WorkspaceFile.SUFFIX, ".trace.db")) {
            try {
                Files.deleteIfExists(target.databasePath().resolveSibling(target.name() + suffix));
            } catch (IOException e) {
                LOG.warn("Could not remove the unfinished rebuild {}", target.path(), e);
            }
        }
    }

    private static void deleteFolder(Path folder) {
        try (var files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove the temporary folder {}", folder, e);
        }
    }

    /** Opens H2 on a file whose lock this thread holds; releases the lock if it fails. */
    private Workspace connect(WorkspaceFile file, WorkspaceLock lock, boolean mustExist, Runnable updating) {
        try {
            boolean current = false;
            if (mustExist) {
                refuseReadOnly(file);
                refuseTruncated(file);
                // Look before touching: read-only, so a file this version refuses keeps every byte.
                current = refuseUnusable(dataSource(file, ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r"), file);
            }
            if (!current) {
                // Only a new workspace or one with a migration pending: opening one already at the
                // newest schema (the usual case) costs no Flyway run and one H2 open fewer.
                if (mustExist) {
                    updating.run();
                }
                migrations().migrate(dataSource(file, ";IFEXISTS=" + mustExist), file, mustExist);
            }
            // Opened only once Flyway's connections are closed, so H2 loads the schema afresh: in H2
            // 2.4.240 a CHECK (x IN (...)) constraint fails every later write once the session that
            // created it has closed (h2database issue #4308).
            Database database = openDatabase(dataSource(file, ";IFEXISTS=TRUE"), file);
            LOG.info("Opened workspace {}", file.path());
            return new JdbcWorkspace(file, lock, database);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private JdbcDataSource dataSource(WorkspaceFile file, String extraSettings) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + file.databasePath() + settings + extraSettings);
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return dataSource;
    }

    /**
     * A file this process may not read or write is refused before H2 sees it: H2 would open a
     * read-only file quietly read-only, and every edit would then fail.
     */
    private static void refuseReadOnly(WorkspaceFile file) {
        if (!Files.isReadable(file.path())) {
            throw new StudioException("workspace.error.cannotRead", file.path().toString());
        }
        if (!Files.isWritable(file.path())) {
            throw new StudioException("workspace.error.readOnly", file.path().toString());
        }
    }

    /**
     * A file cut short (a copy that stopped, a full disk while copying, a sync tool) still opens in
     * H2: it quietly goes back to the newest chunk that is complete, losing every later commit (a
     * SMALL demo cut to 90 % opened with 6,499 of its 6,912 rows). The store header names the
     * block of the newest chunk it knows; a file that ends before that block is refused as damaged.
     */
    private static void refuseTruncated(WorkspaceFile file) {
        cutShort(file.path()).ifPresent(reason -> {
            throw new WorkspaceDamagedException(file.path(), new IOException(reason));
        });
    }

    /** Why the file is shorter than its store header says, or empty when it is not (or the header is unknown). */
    private static Optional<String> cutShort(Path path) {
        byte[] header = new byte[4096];
        long size;
        try (var channel = FileChannel.open(path, StandardOpenOption.READ)) {
            size = channel.size();
            ByteBuffer buffer = ByteBuffer.wrap(header);
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // read the first block (or what there is of it)
            }
        } catch (IOException e) {
            throw new StudioException("workspace.error.cannotRead", e, path.toString());
        }
        Map<String, String> fields = new HashMap<>();
        String text = new String(header, StandardCharsets.ISO_8859_1);
        int end = text.indexOf('\n');
        for (String field : (end < 0 ? text : text.substring(0, end)).split(",")) {
            int colon = field.indexOf(':');
            if (colon > 0) {
                fields.put(field.substring(0, colon), field.substring(colon + 1).trim());
            }
        }
        try {
            long block = Long.parseLong(fields.get("block"), 16);
            long blockSize = Long.parseLong(fields.get("blockSize"), 16);
            return block * blockSize >= size
                    ? Optional.of("the file ends at byte " + size + ", before its newest chunk at block " + block)
                    : Optional.empty();
        } catch (NumberFormatException | NullPointerException unreadableHeader) {
            return Optional.empty(); // not a header this check understands: H2's own look decides
        }
    }

    /**
     * Fails with the reason if the existing file cannot be opened, cannot be read to the end, or was
     * written by a newer version.
     *
     * @return true when its schema is the newest this build knows (nothing to migrate)
     */
    private boolean refuseUnusable(JdbcDataSource readOnly, WorkspaceFile file) {
        Connection probe;
        try {
            // Opened before Flyway's, so that H2's own reason (locked, damaged, ...) is what we report.
            probe = readOnly.getConnection();
        } catch (SQLException e) {
            throw translate(e, file, true);
        }
        try {
            if (fileSize(file) <= FULL_READ_LIMIT_BYTES) {
                readEveryRow(probe);
            } else {
                LOG.info("{} is larger than {} MB: not read in full on open (damage shows as a storage error when met)",
                        file.path(), FULL_READ_LIMIT_BYTES >> 20);
            }
            return schemaIsCurrent(probe, readOnly, file);
        } catch (SQLException e) {
            throw new WorkspaceDamagedException(file.path(), e);
        } finally {
            try {
                probe.close();
            } catch (SQLException e) {
                LOG.warn("Could not close the read-only look at {}", file.path(), e);
            }
        }
    }

    /**
     * Files up to this size are read in full on open (about 0.5 s at the limit on a 2-core laptop); a
     * larger workspace would wait seconds to minutes on every open (a tenth of the large demo, 344 MB:
     * 1.4–2.2 s; the whole of it an estimated 15–20 s), so it is only checked by H2's own open.
     */
    static final long FULL_READ_LIMIT_BYTES = 128L << 20;

    private static long fileSize(WorkspaceFile file) {
        try {
            return Files.size(file.path());
        } catch (IOException e) {
            throw new StudioException("workspace.error.cannotRead", e, file.path().toString());
        }
    }

    /**
     * H2 reads pages only when they are needed, so a damaged page in the middle of the file would
     * otherwise surface later as a failed edit. Reading every row once finds it while the file is
     * still untouched and recovery can be offered (SMALL demo: tens of milliseconds, see
     * docs/reliability.md).
     */
    private static void readEveryRow(Connection probe) throws SQLException {
        try (Statement lazy = probe.createStatement()) {
            lazy.execute("SET LAZY_QUERY_EXECUTION TRUE"); // streamed: no table is held in memory or spilled to disk
        }
        for (String table : RowRescue.userTables(probe)) {
            try (Statement scan = probe.createStatement();
                 ResultSet rows = scan.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rows.getObject(i);
                    }
                }
            }
        }
    }

    private static Database openDatabase(JdbcDataSource dataSource, WorkspaceFile file) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            return new Database(connection);
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw translate(e, file, false);
        }
    }

    private static void closeQuietly(Connection connection, SQLException cause) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException closeFailure) {
                cause.addSuppressed(closeFailure);
            }
        }
    }

    /**
     * @param firstLook true for the read-only look at an existing file: whatever H2 cannot open
     *                  there is damage (a truncated file, for one, asks to be written to: "read only")
     */
    private static StudioException translate(SQLException e, WorkspaceFile file, boolean firstLook) {
        String path = file.path().toString();
        switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return new WorkspaceLockedException(file.path());
            case ErrorCode.FILE_VERSION_ERROR_1:
                return new StudioException("workspace.error.oldFormat", e, path);
            case ErrorCode.DATABASE_NOT_FOUND_1:
            case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1:
                return new StudioException("workspace.error.notFound", e, path);
            default:
                return firstLook ? new WorkspaceDamagedException(file.path(), e)
                        : new StudioException("workspace.error.storage", e, e.getMessage());
        }
    }

    /**
     * Reads the schema history on the read-only look (plain JDBC): refuses a workspace written by a
     * newer release, and says whether exactly the bundled migrations were applied. When the bundled
     * migrations cannot be listed (or a migration target is set), Flyway looks, as it always did.
     */
    private boolean schemaIsCurrent(Connection probe, JdbcDataSource readOnly, WorkspaceFile file) throws SQLException {
        SchemaHistory history = SchemaHistory.read(probe);
        Optional<SortedSet<SchemaVersion>> shipped = bundledMigrations();
        if (shipped.isEmpty()) {
            migrations().refuseNewerSchema(readOnly, file);
            return false;
        }
        SchemaVersion newest = shipped.get().last();
        Optional<SchemaVersion> newer = history.newerThan(newest);
        if (newer.isPresent()) {
            throw new WorkspaceTooNewException(file.path(), newer.get().text(), newest.text());
        }
        return history.isExactly(shipped.get());
    }

    /** Made when needed: the class that uses Flyway is not even loaded when nothing is to migrate. */
    private FlywayMigrations migrations() {
        return new FlywayMigrations(migrationLocation, targetVersion);
    }

    private Optional<SortedSet<SchemaVersion>> bundledMigrations() {
        if (targetVersion != null) {
            return Optional.empty();
        }
        Optional<SortedSet<SchemaVersion>> known = bundled;
        if (known == null) {
            known = BundledMigrations.in(migrationLocation, JdbcWorkspaceOpener.class.getClassLoader());
            bundled = known;
        }
        return known;
    }
}
