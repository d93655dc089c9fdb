package org.learnops.studio.persistence.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.RecordTables;

final class JdbcRecordTables implements RecordTables {

    private static final int BATCH = 1000;

    private final Database database;

    JdbcRecordTables(Database database) {
        this.database = database;
    }

    @Override
    public void forEachRow(String table, List<Column> columns, List<String> orderBy, boolean skipDeleted, Consumer<Object[]> row) {
        database.inTransaction(connection -> {
            read(connection, table, columns, orderBy, skipDeleted, row);
            return null;
        });
    }

    @Override
    public <T> T inTransaction(Function<Writer, T> work) {
        return database.inTransaction(connection -> {
            JdbcWriter writer = new JdbcWriter(connection);
            try {
                T result = work.apply(writer);
                writer.flush();
                return result;
            } catch (UncheckedSql e) {
                throw e.getCause();
            } finally {
                writer.closeQuietly();
            }
        });
    }

    private static void read(Connection connection, String table, List<Column> columns, List<String> orderBy,
                             boolean skipDeleted, Consumer<Object[]> row) throws SQLException {
        String sql = "SELECT " + names(columns) + " FROM " + table
                + (skipDeleted ? " WHERE deleted = FALSE" : "") + " ORDER BY " + String.join(", ", orderBy);
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(BATCH);
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    Object[] values = new Object[columns.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = get(rows, i + 1, columns.get(i).type());
                    }
                    row.accept(values);
                }
            }
        }
    }

    private static Object get(ResultSet rows, int index, Class<?> type) throws SQLException {
        Object value;
        if (type == Long.class) {
            value = rows.getLong(index);
        } else if (type == Integer.class) {
            value = rows.getInt(index);
        } else if (type == Boolean.class) {
            value = rows.getBoolean(index);
        } else if (type == String.class) {
            value = rows.getString(index);
        } else {
            value = rows.getObject(index, type);
        }
        return rows.wasNull() ? null : value;
    }

    private static void set(PreparedStatement statement, int index, Object value, Class<?> type) throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType(type));
        } else if (type == LocalTime.class || type == LocalDate.class || type == LocalDateTime.class) {
            statement.setObject(index, value);
        } else if (type == BigDecimal.class) {
            statement.setBigDecimal(index, (BigDecimal) value);
        } else {
            statement.setObject(index, value);
        }
    }

    private static int sqlType(Class<?> type) {
        if (type == Long.class) {
            return Types.BIGINT;
        } else if (type == Integer.class) {
            return Types.INTEGER;
        } else if (type == Boolean.class) {
            return Types.BOOLEAN;
        } else if (type == BigDecimal.class) {
            return Types.DECIMAL;
        } else if (type == LocalDate.class) {
            return Types.DATE;
        } else if (type == LocalTime.class) {
            return Types.TIME;
        } else if (type == LocalDateTime.class) {
            return Types.TIMESTAMP;
        }
        return Types.VARCHAR;
    }

    private static String names(List<Column> columns) {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    /** Carries an SQLException out of the Function-based API; unwrapped by inTransaction. */
    private static final class UncheckedSql extends RuntimeException {
        UncheckedSql(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    private static final class JdbcWriter implements Writer {

        private final Connection connection;
        private final Map<String, PreparedStatement> batches = new LinkedHashMap<>();
        private final Map<String, Integer> pending = new LinkedHashMap<>();

        JdbcWriter(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void forEachRow(String table, List<Column> columns, List<String> orderBy, boolean skipDeleted, Consumer<Object[]> row) {
            try {
                flush();
                read(connection, table, columns, orderBy, skipDeleted, row);
            } catch (SQLException e) {
                throw new UncheckedSql(e);
            }
        }

        @Override
        public Long insert(String table, List<Column> columns, Object[] values, String idColumn) {
            try {
                flush();
                String sql = insertSql(table, columns);
                try (PreparedStatement insert = idColumn == null ? connection.prepareStatement(sql)
                        : connection.prepareStatement(sql, new String[] {idColumn})) {
                    bind(insert, columns, values, 1);
                    insert.executeUpdate();
                    if (idColumn == null) {
                        return null;
                    }
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        return keys.getLong(1);
                    }
                }
            } catch (SQLException e) {
                throw new UncheckedSql(e);
            }
        }

        @Override
        public void insertBatched(String table, List<Column> columns, Object[] values) {
            try {
                String sql = insertSql(table, columns);
                if (!batches.containsKey(sql)) {
                    flush();
                    batches.put(sql, connection.prepareStatement(sql));
                    pending.put(sql, 0);
                }
                PreparedStatement insert = batches.get(sql);
                bind(insert, columns, values, 1);
                insert.addBatch();
                int count = pending.merge(sql, 1, Integer::sum);
                if (count >= BATCH) {
                    insert.executeBatch();
                    pending.put(sql, 0);
                }
            } catch (SQLException e) {
                throw new UncheckedSql(e);
            }
        }

        @Override
        public void update(String table, List<Column> columns, Object[] values, List<Column> keyColumns, Object[] keyValues) {
            try {
                flush();
                String sql = "UPDATE " + table + " SET "
                        + columns.stream().map(c -> c.name() + " = ?").collect(Collectors.joining(", "))
                        + " WHERE " + keyColumns.stream().map(c -> c.name() + " = ?").collect(Collectors.joining(" AND "));
                try (PreparedStatement update = connection.prepareStatement(sql)) {
                    bind(update, columns, values, 1);
                    bind(update, keyColumns, keyValues, columns.size() + 1);
                    if (update.executeUpdate() != 1) {
                        throw new StudioException("workshopFile.error.storage", table);
                    }
                }
            } catch (SQLException e) {
                throw new UncheckedSql(e);
            }
        }

        @Override
        public void deleteAll(String table) {
            try (Statement statement = connection.createStatement()) {
                flush();
                statement.executeUpdate("DELETE FROM " + table);
            } catch (SQLException e) {
                throw new UncheckedSql(e);
            }
        }

        @Override
        public void restartIdentity(String table, String idColumn) {
            try (Statement statement = connection.createStatement()) {
                flush();
                long next;
                try (ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(" + idColumn + "), 0) + 1 FROM " + table)) {
                    max.next();
                    next = max.getLong(1);
                }
                // Portable: H2 and PostgreSQL both accept ALTER COLUMN … RESTART WITH for identity columns.
                statement.executeUpdate("ALTER TABLE " + table + " ALTER COLUMN " + idColumn + " RESTART WITH " + next);
            } catch (SQLException e) {
                throw new UncheckedSql(e);
            }
        }

        void flush() {
            try {
                for (Map.Entry<String, PreparedStatement> batch : batches.entrySet()) {
                    if (pending.getOrDefault(batch.getKey(), 0) > 0) {
                        batch.getValue().executeBatch();
                    }
                    batch.getValue().close();
                }
                batches.clear();
                pending.clear();
            } catch (SQLException e) {
                throw new UncheckedSql(e);
            }
        }

        void closeQuietly() {
            for (PreparedStatement statement : batches.values()) {
                try {
                    statement.close();
                } catch (SQLException ignored) {
                    // the transaction fails or commits on its own
                }
            }
            batches.clear();
        }

        private static String insertSql(String table, List<Column> columns) {
            return "INSERT INTO " + table + " (" + names(columns) + ") VALUES ("
                    + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        }

        private static void bind(PreparedStatement statement, List<Column> columns, Object[] values, int first) throws SQLException {
            for (int i = 0; i < columns.size(); i++) {
                set(statement, first + i, values[i], columns.get(i).type());
            }
        }
    }
}
