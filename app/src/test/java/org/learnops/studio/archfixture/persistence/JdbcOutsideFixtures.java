package org.learnops.studio.archfixture.persistence;

import java.sql.Connection;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** Database code outside {@code org.learnops.studio.persistence.jdbc}. */
public final class JdbcOutsideFixtures {

    private JdbcOutsideFixtures() {
    }

    public static final class SqlOutsideJdbc {
        Connection connection;
    }

    public static final class H2OutsideJdbc {
        JdbcDataSource dataSource;
    }

    public static final class FlywayOutsideJdbc {
        Flyway flyway;
    }
}
