package org.learnops.studio.persistence.jdbc;

import org.learnops.studio.persistence.OperationsRepository;

final class JdbcOperationsRepository implements OperationsRepository {

    private final Database database;

    JdbcOperationsRepository(Database database) {
        this.database = database;
    }
}
