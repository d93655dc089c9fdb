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

    /** How many rows {@code table} has (soft-deleted ones left out when {@code skipDeleted}): an export's progress total. */
    long count(String table, boolean skipDeleted);

    /** Runs {@code work} in ONE transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(Function<Writer, T> work);

    /** A column and the Java type its values have. */
    record Column(String name, Class<?> type) {
    }

    /** Writes inside {@link #inTransaction}. Inserts keep the values as given and are batched. */
    interface Writer {

        /** Same as {@link RecordTables#forEachRow}, inside the transaction. */
        void forEachRow(String table, List<Column> columns, List<String> orderBy, boolean skipDeleted, Consumer<Object[]> row);

        /**
         * Inserts of rows with {@code columns} into {@code table}, keeping the values as given (ids
         * included), sent in JDBC batches of 1,000 on one prepared statement. Take it once per table
         * and add every row to it.
         */
        Inserts inserts(String table, List<Column> columns);

        /** Updates the row whose key columns equal the key values. */
        void update(String table, List<Column> columns, Object[] values, List<Column> keyColumns, Object[] keyValues);

        /** Deletes every row of the table (only for an import into an empty workspace's seeded rows). */
        void deleteAll(String table);

        /**
         * After ids were kept from a file: the next generated id is above the largest. Does not end
         * the transaction (H2 and PostgreSQL both keep it open, and a rollback removes the rows).
         */
        void restartIdentity(String table, String idColumn);
    }

    /** Batched inserts into one table, see {@link Writer#inserts}. */
    interface Inserts {

        /** Adds a row; the values in the order of the columns. */
        void add(Object[] values);
    }
}
