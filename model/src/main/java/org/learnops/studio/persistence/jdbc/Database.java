package org.learnops.studio.persistence.jdbc;

import java.sql.Connection;
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
            throw new StudioException("workspace.error.storage", e, e.getMessage());
        }
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
