package org.learnops.studio.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies every row that can still be read from a damaged workspace into a freshly migrated one.
 * A table is read in row-id order; when a page cannot be read, the reading jumps further and
 * further ahead until rows can be read again, so one bad page costs the rows on it, not the rest of
 * the table. Parents are copied before children and a row whose parent was lost is left out, so the
 * rebuilt workspace never points at missing records.
 */
final class RowRescue {

    private static final Logger LOG = LoggerFactory.getLogger(RowRescue.class);
    private static final String HISTORY = "flyway_schema_history";

    /** Rows copied, and whether every row of every table could be read and kept. */
    record Result(long rows, boolean complete) {
    }

    private final Connection from;
    private final Connection to;
    private long rows;
    private boolean complete = true;

    private RowRescue(Connection from, Connection to) {
        this.from = from;
        this.to = to;
    }

    static Result copy(Connection from, Connection to) throws SQLException {
        RowRescue rescue = new RowRescue(from, to);
        to.setAutoCommit(false);
        // Rows one by one as they are read: H2 otherwise reads the whole result first, and one bad
        // page anywhere after row n would cost every row after n.
        try (Statement lazy = from.createStatement()) {
            lazy.execute("SET LAZY_QUERY_EXECUTION TRUE");
        }
        Set<String> readable = new LinkedHashSet<>(userTables(from));
        for (String table : parentsFirst(to)) {
            if (readable.contains(table)) {
                rescue.copyTable(table);
            } else {
                rescue.complete = false;
                LOG.warn("Salvage: table {} is missing from the damaged workspace", table);
            }
            to.commit();
        }
        rescue.restartIdentities();
        to.commit();
        return new Result(rescue.rows, rescue.complete);
    }

    private void copyTable(String table) throws SQLException {
        List<String> columns = commonColumns(table);
        String key = rowKey(table);
        String list = String.join(", ", columns.stream().map(RowRescue::quote).toList());
        String select = "SELECT " + key + ", " + list + " FROM " + quote(table) + " WHERE " + key + " > ? ORDER BY " + key;
        String merge = "MERGE INTO " + quote(table) + " (" + list + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        long copied = 0;
        long refused = 0;
        int unreadable = 0;
        long last = Long.MIN_VALUE;
        try (PreparedStatement write = to.prepareStatement(merge)) {
            while (true) {
                try (PreparedStatement read = from.prepareStatement(select)) {
                    read.setLong(1, last);
                    try (ResultSet row = read.executeQuery()) {
                        while (row.next()) {
                            last = row.getLong(1);
                            Object[] values = new Object[columns.size()];
                            for (int i = 0; i < values.length; i++) {
                                values[i] = row.getObject(i + 2);
                            }
                            if (write(write, values)) {
                                copied++;
                            } else {
                                refused++;
                            }
                        }
                    }
                    break;
                } catch (SQLException damaged) {
                    complete = false;
                    if (unreadable++ == 0) {
                        LOG.warn("Salvage: {} unreadable after row {}: {}", table, last, damaged.getMessage());
                    }
                    Long next = nextReadableRow(table, key, last);
                    if (next == null) {
                        break;
                    }
                    // The row itself may be what cannot be read (a garbled value): keep what can be.
                    if (write(write, rowValueByValue(table, key, columns, next))) {
                        copied++;
                    } else {
                        refused++;
                    }
                    last = next;
                }
            }
        }
        if (refused > 0) {
            complete = false;
        }
        rows += copied;
        LOG.info("Salvage: {} rows of {} rescued, {} refused, {} unreadable stretches", copied, table, refused, unreadable);
    }

    /** Writes one row; false when the new workspace refuses it (its parent row was lost, a required value unreadable). */
    private boolean write(PreparedStatement write, Object[] values) {
        try {
            for (int i = 0; i < values.length; i++) {
                write.setObject(i + 1, values[i]);
            }
            write.executeUpdate();
            return true;
        } catch (SQLException refused) {
            return false;
        }
    }

    /** One row read a value at a time; a value that cannot be read becomes null. */
    private Object[] rowValueByValue(String table, String key, List<String> columns, long rowId) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            try (PreparedStatement read = from.prepareStatement(
                    "SELECT " + quote(columns.get(i)) + " FROM " + quote(table) + " WHERE " + key + " = ?")) {
                read.setLong(1, rowId);
                try (ResultSet row = read.executeQuery()) {
                    values[i] = row.next() ? row.getObject(1) : null;
                }
            } catch (SQLException unreadable) {
                values[i] = null;
            }
        }
        return values;
    }

    /** The first row after an unreadable stretch: looks 1, 2, 4, … rows further on; null when none. */
    private Long nextReadableRow(String table, String key, long last) {
        String probe = "SELECT " + key + " FROM " + quote(table) + " WHERE " + key + " > ? ORDER BY " + key + " LIMIT 1";
        for (long step = 1; step > 0 && last + step > last; step *= 2) {
            try (PreparedStatement read = from.prepareStatement(probe)) {
                read.setLong(1, last + step - 1);
                try (ResultSet row = read.executeQuery()) {
                    return row.next() ? row.getLong(1) : null;
                }
            } catch (SQLException stillUnreadable) {
                // further on
            }
        }
        return null;
    }

    /**
     * What the rows are read in order of: the integer primary key, so that "after row n" is a seek
     * in the primary index (H2 2.4 answers {@code _ROWID_ > n} with a scan from the start, which
     * would hit the same bad page again); {@code _ROWID_} for tables without one.
     */
    private String rowKey(String table) throws SQLException {
        List<String> key = new ArrayList<>();
        try (PreparedStatement query = from.prepareStatement("SELECT c.COLUMN_NAME, c.DATA_TYPE"
                + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t"
                + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA"
                + " AND k.CONSTRAINT_NAME = t.CONSTRAINT_NAME"
                + " JOIN INFORMATION_SCHEMA.COLUMNS c ON c.TABLE_SCHEMA = k.TABLE_SCHEMA AND c.TABLE_NAME = k.TABLE_NAME"
                + " AND c.COLUMN_NAME = k.COLUMN_NAME"
                + " WHERE t.TABLE_SCHEMA = 'PUBLIC' AND t.TABLE_NAME = ? AND t.CONSTRAINT_TYPE = 'PRIMARY KEY'")) {
            query.setString(1, table);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    key.add(row.getString(2).matches("BIGINT|INTEGER|SMALLINT") ? quote(row.getString(1)) : "?");
                }
            }
        }
        return key.size() == 1 && !key.get(0).equals("?") ? key.get(0) : "_ROWID_";
    }

    private List<String> commonColumns(String table) throws SQLException {
        Set<String> there = new LinkedHashSet<>(columns(from, table));
        return columns(to, table).stream().filter(there::contains).toList();
    }

    private void restartIdentities() throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (Statement query = to.createStatement(); ResultSet row = query.executeQuery(
                "SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                        + " WHERE TABLE_SCHEMA = 'PUBLIC' AND IS_IDENTITY = 'YES'")) {
            while (row.next()) {
                identities.add(new String[] {row.getString(1), row.getString(2)});
            }
        }
        for (String[] identity : identities) {
            long next;
            try (Statement query = to.createStatement(); ResultSet max = query.executeQuery(
                    "SELECT COALESCE(MAX(" + quote(identity[1]) + "), 0) + 1 FROM " + quote(identity[0]))) {
                max.next();
                next = max.getLong(1);
            }
            try (Statement alter = to.createStatement()) {
                alter.executeUpdate("ALTER TABLE " + quote(identity[0]) + " ALTER COLUMN " + quote(identity[1])
                        + " RESTART WITH " + next);
            }
        }
    }

    static List<String> userTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                        + " AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (row.next()) {
                if (!row.getString(1).equals(HISTORY)) {
                    tables.add(row.getString(1));
                }
            }
        }
        return tables;
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION")) {
            query.setString(1, table);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    columns.add(row.getString(1));
                }
            }
        }
        return columns;
    }

    /** The workspace's tables, every table after the tables its foreign keys point to (cycles: as they come). */
    private static List<String> parentsFirst(Connection connection) throws SQLException {
        Map<String, Set<String>> parents = new HashMap<>();
        for (String table : userTables(connection)) {
            parents.put(table, new LinkedHashSet<>());
        }
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery(
                "SELECT child.TABLE_NAME, parent.TABLE_NAME FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS ref"
                        + " JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS child ON child.CONSTRAINT_SCHEMA = ref.CONSTRAINT_SCHEMA"
                        + " AND child.CONSTRAINT_NAME = ref.CONSTRAINT_NAME"
                        + " JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS parent ON parent.CONSTRAINT_SCHEMA = ref.UNIQUE_CONSTRAINT_SCHEMA"
                        + " AND parent.CONSTRAINT_NAME = ref.UNIQUE_CONSTRAINT_NAME"
                        + " WHERE child.TABLE_SCHEMA = 'PUBLIC'")) {
            while (row.next()) {
                if (parents.containsKey(row.getString(1)) && !row.getString(1).equals(row.getString(2))) {
                    parents.get(row.getString(1)).add(row.getString(2));
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String table : new TreeSet<>(parents.keySet())) {
            visit(table, parents, visiting, ordered);
        }
        return ordered;
    }

    private static void visit(String table, Map<String, Set<String>> parents, Set<String> visiting, List<String> ordered) {
        if (ordered.contains(table) || !visiting.add(table)) {
            return;
        }
        for (String parent : parents.getOrDefault(table, Set.of())) {
            visit(parent, parents, visiting, ordered);
        }
        ordered.add(table);
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
