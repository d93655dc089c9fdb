package org.learnops.studio.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.learnops.studio.domain.operations.EventTotals;
import org.learnops.studio.domain.questions.FigureSource;
import org.learnops.studio.domain.questions.Metric;
import org.learnops.studio.domain.questions.MetricScope;
import org.learnops.studio.persistence.Workspace;

/**
 * Checks for the kept figures (decision 0014): what the store reads equals what the live SQL of
 * {@link LiveFigures} sums from the rows, for every metric of every scope; and the kept tables
 * equal those a {@link JdbcFigureBook#rebuild()} writes from scratch.
 */
final class KeptFigures {

    private static final List<String> TABLES = List.of("event_figures ORDER BY event_id",
            "event_figure_costs ORDER BY event_id, category, currency",
            "event_figure_months ORDER BY event_id, session_year, session_month",
            "figure_totals ORDER BY area_key, business_key",
            "figure_attended_costs ORDER BY area_key, business_key, currency",
            "figure_months ORDER BY session_year, session_month", "figure_costs ORDER BY category, currency");

    private KeptFigures() {
    }

    /**
     * Everything; each activity area used by a course and one unknown; each business area of an
     * event as stored, upper-cased and with outer spaces, and one unknown; each pair of the first
     * few of both.
     */
    static List<MetricScope> scopes(Workspace workspace) {
        Set<Long> areas = new LinkedHashSet<>();
        Set<String> business = new LinkedHashSet<>();
        ((JdbcWorkspace) workspace).database().inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                try (ResultSet rows = statement.executeQuery(
                        "SELECT DISTINCT activity_area_id FROM course WHERE activity_area_id IS NOT NULL ORDER BY 1")) {
                    while (rows.next()) {
                        areas.add(rows.getLong(1));
                    }
                }
                try (ResultSet rows = statement.executeQuery("SELECT DISTINCT business_area FROM training_event ORDER BY 1")) {
                    while (rows.next()) {
                        business.add(rows.getString(1));
                    }
                }
            }
            return null;
        });
        areas.add(9_999L);
        List<String> businessScopes = new ArrayList<>();
        for (String area : business) {
            businessScopes.add(area);
            businessScopes.add(" " + area.toUpperCase(java.util.Locale.ROOT) + " ");
        }
        businessScopes.add("Nowhere");
        List<MetricScope> scopes = new ArrayList<>();
        scopes.add(MetricScope.EVERYTHING);
        areas.forEach(area -> scopes.add(new MetricScope(Optional.of(area), "")));
        businessScopes.forEach(area -> scopes.add(new MetricScope(Optional.empty(), area)));
        for (Long area : areas.stream().limit(4).toList()) {
            for (String area2 : businessScopes.stream().limit(6).toList()) {
                scopes.add(new MetricScope(Optional.of(area), area2));
            }
        }
        return scopes;
    }

    /** Every figure the store reads, one line each. */
    static String kept(Workspace workspace, List<MetricScope> scopes) {
        return workspace.operations().inTransaction(store -> describe(scopes, store::totals,
                List.of(store.sessionsByMonth(), store.fillByActivityArea(), store.costsByCategory())));
    }

    /** The same figures summed live from the rows. */
    static String live(Workspace workspace, List<MetricScope> scopes) {
        return ((JdbcWorkspace) workspace).database().inTransaction(connection -> {
            LiveFigures live = new LiveFigures(connection);
            return describe(scopes, live::totals,
                    List.of(live.sessionsByMonth(), live.fillByActivityArea(), live.costsByCategory()));
        });
    }

    private interface Totals {
        EventTotals of(MetricScope scope, Metric metric);
    }

    private static String describe(List<MetricScope> scopes, Totals totals, List<List<?>> keyFigures) {
        StringBuilder text = new StringBuilder();
        for (MetricScope scope : scopes) {
            for (Metric metric : Metric.values()) {
                if (metric.source() == FigureSource.EVENTS) {
                    text.append(scope).append(' ').append(metric).append(' ').append(totals.of(scope, metric)).append('\n');
                }
            }
        }
        keyFigures.forEach(figures -> figures.forEach(figure -> text.append(figure).append('\n')));
        return text.toString();
    }

    /** The kept tables, row by row. */
    static String tables(Workspace workspace) {
        return ((JdbcWorkspace) workspace).database().inTransaction(KeptFigures::tables);
    }

    private static String tables(java.sql.Connection connection) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                text.append(table).append('\n');
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rows.getMetaData();
                    while (rows.next()) {
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            text.append(rows.getString(c)).append(c < meta.getColumnCount() ? " | " : "\n");
                        }
                    }
                }
            }
        }
        return text.toString();
    }

    /** The kept tables as a rebuild from scratch would write them (the rebuild is rolled back). */
    static String rebuilt(Workspace workspace) {
        return ((JdbcWorkspace) workspace).database().inTransaction(connection -> {
            new JdbcFigureBook(connection).rebuild();
            String tables = tables(connection);
            connection.rollback();
            return tables;
        });
    }

    /** Kept = live for every figure of every scope, and kept tables = rebuilt tables. */
    static void assertKeptEqualsLive(Workspace workspace) {
        List<MetricScope> scopes = scopes(workspace);
        String live = live(workspace, scopes);
        assertFalse(live.isBlank());
        assertEquals(live, kept(workspace, scopes), "the kept figures differ from the live SQL's");
        assertEquals(rebuilt(workspace), tables(workspace), "the kept tables differ from a rebuild's");
    }
}
