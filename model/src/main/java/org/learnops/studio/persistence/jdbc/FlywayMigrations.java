package org.learnops.studio.persistence.jdbc;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.error.WorkspaceDamagedException;
import org.learnops.studio.error.WorkspaceTooNewException;
import org.learnops.studio.workspace.WorkspaceFile;

/**
 * Everything the opener asks of Flyway, in one class: only a workspace that needs a migration (or
 * a new one) loads Flyway's classes (about 900 with the Jackson it brings, a large part of start-up).
 */
final class FlywayMigrations {

    private final String location;
    private final String targetVersion;

    /** @param targetVersion migrate only up to this version (tests build older workspaces); null for all */
    FlywayMigrations(String location, String targetVersion) {
        this.location = location;
        this.targetVersion = targetVersion;
    }

    private Flyway flyway(DataSource dataSource) {
        // the class loader whose migrations BundledMigrations lists
        var configuration = Flyway.configure(FlywayMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(location)
                .failOnMissingLocations(true);
        if (targetVersion != null) {
            configuration.target(MigrationVersion.fromVersion(targetVersion));
        }
        return configuration.load();
    }

    /**
     * Applies the pending migrations.
     *
     * @param exists true for an existing workspace (read in full just before: a failure now is writing,
     *               a full disk), false for a new one
     */
    void migrate(DataSource dataSource, WorkspaceFile file, boolean exists) {
        try {
            flyway(dataSource).migrate();
        } catch (FlywayException e) {
            throw exists ? new StudioException("workspace.error.storage", e, String.valueOf(rootCause(e).getMessage()))
                    : new StudioException("workspace.error.cannotCreate", e, file.path().toString());
        }
    }

    /**
     * Flyway's own look for a migration this build does not know, for when the opener cannot list
     * the bundled migrations itself (a migration target set, an unusual class path).
     */
    void refuseNewerSchema(DataSource readOnly, WorkspaceFile file) {
        MigrationInfo[] all;
        try {
            all = flyway(readOnly).info().all();
        } catch (FlywayException e) {
            throw new WorkspaceDamagedException(file.path(), e);
        }
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

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
