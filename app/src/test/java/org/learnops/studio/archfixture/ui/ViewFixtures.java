package org.learnops.studio.archfixture.ui;

import java.sql.Connection;
import java.sql.ResultSet;
import org.h2.jdbcx.JdbcDataSource;
import org.learnops.studio.archfixture.export.FixtureExporter;
import org.learnops.studio.persistence.ScopeRepository;
import org.learnops.studio.service.ScopeService;

/** Views that reach past their ViewModel, one per forbidden target. */
public final class ViewFixtures {

    private ViewFixtures() {
    }

    public static final class PersistenceView {
        ScopeRepository repository;
    }

    public static final class ServiceView {
        ScopeService service;
    }

    public static final class ExportView {
        FixtureExporter exporter;
    }

    public static final class SqlView {
        Connection connection;
    }

    public static final class H2View {
        JdbcDataSource dataSource;
    }

    /** The View itself is clean; the class nested in it (e.g. a cell factory) runs SQL. */
    public static final class NestedLeakView {
        public static final class Rows {
            ResultSet rows;
        }
    }
}
