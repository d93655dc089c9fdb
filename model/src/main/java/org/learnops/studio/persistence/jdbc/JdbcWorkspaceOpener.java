package org.learnops.studio.persistence.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.error.WorkspaceLockedException;
import org.learnops.studio.error.WorkspaceTooNewException;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.WorkspaceOpener;
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
    public Workspace open(WorkspaceFile file) {
        if (!Files.isRegularFile(file.path())) {
            throw new StudioException("workspace.error.notFound", file.path().toString());
        }
        if (isEmpty(file.path())) {
            // H2 would silently turn an empty file into a new database: it is damaged, not new.
            throw new StudioException("workspace.error.unreadable", file.path().toString());
        }
        return connect(file, true);
    }

    private static boolean isEmpty(Path path) {
        try {
            return Files.size(path) == 0;
        } catch (java.io.IOException e) {
            throw new StudioException("workspace.error.unreadable", e, path.toString());
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
        } catch (java.io.IOException e) {
            throw new StudioException("workspace.error.cannotCreate", e, file.path().toString());
        }
        return connect(file, false);
    }

    @Override
    public Workspace salvage(WorkspaceFile damaged) {
        throw new UnsupportedOperationException("salvage: implemented by the recovery helper");
    }

    private Workspace connect(WorkspaceFile file, boolean mustExist) {
        WorkspaceLock lock = WorkspaceLock.acquire(file);
        try {
            if (mustExist) {
                // Look before touching: read-only, so a file this version refuses keeps every byte.
                refuseUnusable(dataSource(file, ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r"), file);
            }
            JdbcDataSource dataSource = dataSource(file, ";IFEXISTS=" + mustExist);
            migrate(dataSource, file);
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

    /** Fails with the reason if the existing file cannot be opened or was written by a newer version. */
    private void refuseUnusable(JdbcDataSource readOnly, WorkspaceFile file) {
        Connection probe;
        try {
            // Opened before Flyway's, so that H2's own reason (locked, damaged, ...) is what we report.
            probe = readOnly.getConnection();
        } catch (SQLException e) {
            throw translate(e, file);
        }
        try {
            refuseNewerSchema(flyway(readOnly), file);
        } catch (FlywayException e) {
            throw new StudioException("workspace.error.unreadable", e, file.path().toString());
        } finally {
            try {
                probe.close();
            } catch (SQLException e) {
                LOG.warn("Could not close the read-only look at {}", file.path(), e);
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
            throw translate(e, file);
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

    private static StudioException translate(SQLException e, WorkspaceFile file) {
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
                return new StudioException("workspace.error.unreadable", e, path);
        }
    }

    private Flyway flyway(JdbcDataSource dataSource) {
        var configuration = Flyway.configure()
                .dataSource(dataSource)
                .locations(migrationLocation)
                .failOnMissingLocations(true);
        if (targetVersion != null) {
            configuration.target(MigrationVersion.fromVersion(targetVersion));
        }
        return configuration.load();
    }

    private void migrate(JdbcDataSource dataSource, WorkspaceFile file) {
        try {
            flyway(dataSource).migrate();
        } catch (FlywayException e) {
            throw new StudioException("workspace.error.unreadable", e, file.path().toString());
        }
    }

    private static void refuseNewerSchema(Flyway flyway, WorkspaceFile file) {
        MigrationInfo[] all = flyway.info().all();
        Optional<MigrationInfo> future = Arrays.stream(all)
                .filter(info -> info.getState().name().startsWith("FUTURE"))
                .max(Comparator.comparing(MigrationInfo::getVersion));
        if (future.isPresent()) {
            String known = Arrays.stream(all)
                    .filter(info -> !info.getState().name().startsWith("FUTURE") && info.getVersion() != null)
                    .map(MigrationInfo::getVersion)
                    .max(Comparator.naturalOrder())
                    .map(MigrationVersion::getVersion)
                    .orElse("0");
            throw new WorkspaceTooNewException(file.path(), future.get().getVersion().getVersion(), known);
        }
    }
}
