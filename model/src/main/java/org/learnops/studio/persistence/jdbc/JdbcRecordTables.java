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
import java.util.List;
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
    public long count(String table, boolean skipDeleted) {
        return database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table
                         + (skipDeleted ? " WHERE deleted = FALSE" : ""))) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    @Override
    public <T> T inTransaction(Function<Writer, T> work) {
        return database.inTransaction(connection -> {
            JdbcWriter writer = new JdbcWriter(connection);
            try {
                T result = work.apply(writer);
                writer.flush();
                if (writer.wroteFigureSources) {
                    // rows written as they come from a file, around the store's hooks: every figure
                    // from scratch, once, in the same transaction (decision 0014)
                    new JdbcFigureBook(connection).rebuild();
                }
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
        /** The batch with rows not yet sent, if any: one at a time, so rows reach the tables in the order added. */
        private Batch open;
        /** Whether a table the kept figures are counted from was written. */
        private boolean wroteFigureSources;

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
        public Inserts inserts(String table, List<Column> columns) {
            wrote(table);
            return new Batch(insertSql(table, columns), List.copyOf(columns));
        }

        /** One prepared INSERT, reused for every row; prepared again after anything else ran in between. */
        private final class Batch implements Inserts {

            private final String sql;
            private final List<Column> columns;
            private PreparedStatement statement;
            private int pending;

            Batch(String sql, List<Column> columns) {
                this.sql = sql;
                this.columns = columns;
            }

            @Override
            public void add(Object[] values) {
                try {
                    if (open != this) {
                        flush();
                        statement = connection.prepareStatement(sql);
                        open = this;
                    }
                    bind(statement, columns, values, 1);
                    statement.addBatch();
                    if (++pending >= BATCH) {
                        statement.executeBatch();
                        pending = 0;
                    }
                } catch (SQLException e) {
                    throw new UncheckedSql(e);
                }
            }

            void send() throws SQLException {
                try {
                    if (pending > 0) {
                        statement.executeBatch();
                    }
                } finally {
                    pending = 0;
                    close();
                }
            }

            void close() throws SQLException {
                PreparedStatement closing = statement;
                statement = null;
                if (closing != null) {
                    closing.close();
                }
            }
        }

        @Override
        public void update(String table, List<Column> columns, Object[] values, List<Column> keyColumns, Object[] keyValues) {
            wrote(table);
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
            wrote(table);
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

        private void wrote(String table) {
            wroteFigureSources |= JdbcFigureBook.SOURCES.contains(table.toLowerCase(java.util.Locale.ROOT));
        }

        void flush() {
            Batch sending = open;
            open = null;
            if (sending != null) {
                try {
                    sending.send();
                } catch (SQLException e) {
                    throw new UncheckedSql(e);
                }
            }
        }

        void closeQuietly() {
            Batch closing = open;
            open = null;
            if (closing != null) {
                try {
                    closing.close();
                } catch (SQLException ignored) {
                    // the transaction fails or commits on its own
                }
            }
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
