package org.learnops.studio.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.learnops.studio.error.StudioException;

/**
 * The workspace's single JDBC connection. Every call is one transaction: committed when the work
 * returns, rolled back when it throws. Calls are serialised, so a desktop app's background tasks
 * never interleave inside a transaction.
 */
final class Database implements AutoCloseable {

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Connection connection;

    Database(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
    }

    synchronized <T> T inTransaction(Work<T> work) {
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            if (e instanceof StudioException studio) {
                throw studio;
            }
            throw new StudioException("workspace.error.storage", e, reason(e));
        }
    }

    /**
     * What the user is told: the operating system's words when a write or read failed underneath
     * ("No space left on device", "Read-only file system"), else H2's message.
     */
    static String reason(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.io.IOException && cause.getMessage() != null) {
                return cause.getMessage();
            }
        }
        return e.getMessage();
    }

    /**
     * Soft delete or restore one row (the wizard's records are never deleted for real, so undo
     * brings back the same id and everything that refers to it).
     *
     * @param table   a table with {@code id} and {@code deleted} columns (a constant, never user input)
     * @param goneKey message key when no such row exists
     */
    void setDeleted(String table, long id, boolean deleted, String goneKey) {
        inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET deleted = ? WHERE id = ?")) {
                update.setBoolean(1, deleted);
                update.setLong(2, id);
                if (update.executeUpdate() != 1) {
                    throw new StudioException(goneKey);
                }
            }
            return null;
        });
    }

    private void rollback(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StudioException("workspace.error.storage", e, e.getMessage());
        }
    }
}
