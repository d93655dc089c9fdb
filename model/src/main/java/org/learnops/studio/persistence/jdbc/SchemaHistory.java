package org.learnops.studio.persistence.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * What a workspace's {@code flyway_schema_history} records, read with plain JDBC on the opener's
 * read-only look, so that opening a workspace already at the newest schema needs no Flyway.
 *
 * @param exists  false when the file has no schema history (an empty H2 file; Flyway decides what that is)
 * @param applied every migration's version, failed ones included; empty for one without (a repeatable migration)
 * @param failed  true when a migration is recorded as failed
 */
record SchemaHistory(boolean exists, List<Optional<SchemaVersion>> applied, boolean failed) {

    static final String TABLE = "flyway_schema_history";
    /** Rows Flyway writes about itself, not migrations: "<< Flyway Schema History table created >>" and the like. */
    private static final Set<String> FLYWAY_MARKERS = Set.of("TABLE", "SCHEMA");

    /** @throws SQLException when the history cannot be read, or holds a version Flyway itself would not read */
    static SchemaHistory read(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", TABLE, null)) {
            if (!tables.next()) {
                return new SchemaHistory(false, List.of(), false);
            }
        }
        List<Optional<SchemaVersion>> applied = new ArrayList<>();
        boolean failed = false;
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT \"version\", \"success\", \"type\" FROM \"" + TABLE + "\"")) {
            while (rows.next()) {
                String version = rows.getString(1);
                if (version == null && FLYWAY_MARKERS.contains(rows.getString(3))) {
                    continue; // Flyway's own note that it created the history table (or a schema)
                }
                if (version == null) {
                    applied.add(Optional.empty());
                } else {
                    applied.add(Optional.of(SchemaVersion.parse(version).orElseThrow(
                            () -> new SQLDataException("the schema history holds an unreadable version: " + version))));
                }
                failed |= !rows.getBoolean(2);
            }
        }
        return new SchemaHistory(true, List.copyOf(applied), failed);
    }

    /** The newest version recorded beyond {@code newestBundled}: the workspace was written by a newer release. */
    Optional<SchemaVersion> newerThan(SchemaVersion newestBundled) {
        return applied.stream().flatMap(Optional::stream)
                .filter(version -> version.compareTo(newestBundled) > 0)
                .max(SchemaVersion::compareTo);
    }

    /**
     * True when exactly the {@code bundled} migrations were applied, each once and successfully: nothing
     * to migrate. Anything else (a migration pending, a failed or unknown one, no history) is Flyway's to
     * judge, as before.
     */
    boolean isExactly(SortedSet<SchemaVersion> bundled) {
        if (!exists || failed || applied.size() != bundled.size() || applied.stream().anyMatch(Optional::isEmpty)) {
            return false;
        }
        return new HashSet<>(applied.stream().map(Optional::orElseThrow).toList()).equals(new HashSet<>(bundled));
    }
}
