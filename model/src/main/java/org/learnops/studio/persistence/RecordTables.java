package org.learnops.studio.persistence;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Row-level access to the workspace's tables for the workshop file (export and import of the whole
 * workspace). Table and column names are constants of the caller, never user input. Values are
 * Java types: String, Long, Integer, Boolean, BigDecimal, LocalDate, LocalTime, LocalDateTime.
 */
public interface RecordTables {

    /**
     * Streams the rows of {@code table} (soft-deleted rows left out when the table has a
     * {@code deleted} column and {@code skipDeleted}) ordered by {@code orderBy}, one read
     * transaction.
     */
    void forEachRow(String table, List<Column> columns, List<String> orderBy, boolean skipDeleted, Consumer<Object[]> row);

    /** Runs {@code work} in ONE transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(Function<Writer, T> work);

    /** A column and the Java type its values have. */
    record Column(String name, Class<?> type) {
    }

    /** Writes inside {@link #inTransaction}. Inserts with a given id are batched. */
    interface Writer {

        /** Same as {@link RecordTables#forEachRow}, inside the transaction. */
        void forEachRow(String table, List<Column> columns, List<String> orderBy, boolean skipDeleted, Consumer<Object[]> row);

        /** Inserts a row; {@code idColumn} null = no generated key (the row's key is in the values); returns the new id or null. */
        Long insert(String table, List<Column> columns, Object[] values, String idColumn);

        /** Inserts a row keeping the values as given (batched). */
        void insertBatched(String table, List<Column> columns, Object[] values);

        /** Updates the row whose key columns equal the key values. */
        void update(String table, List<Column> columns, Object[] values, List<Column> keyColumns, Object[] keyValues);

        /** Deletes every row of the table (only for an import into an empty workspace's seeded rows). */
        void deleteAll(String table);

        /** After ids were kept from a file: the next generated id is above the largest. */
        void restartIdentity(String table, String idColumn);
    }
}
