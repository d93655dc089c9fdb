package org.learnops.studio.persistence.jdbc;

import java.util.function.Function;
import org.learnops.studio.persistence.OperationsRepository;
import org.learnops.studio.persistence.OperationsStore;

/** Each piece of work runs in one transaction of the workspace's connection. */
final class JdbcOperationsRepository implements OperationsRepository {

    private final Database database;

    JdbcOperationsRepository(Database database) {
        this.database = database;
    }

    @Override
    public <T> T inTransaction(Function<OperationsStore, T> work) {
        return database.inTransaction(connection -> {
            JdbcOperationsStore store = new JdbcOperationsStore(connection);
            T result = work.apply(store);
            store.settleFigures(); // in the same transaction as the edits (decision 0014)
            return result;
        });
    }
}
