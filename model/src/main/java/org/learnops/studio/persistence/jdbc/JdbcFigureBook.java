package org.learnops.studio.persistence.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The event figures kept up to date (migration V12, decision 0014): what each event adds to them
 * ({@code event_figures}, {@code event_figure_costs}, {@code event_figure_months}) and their sums
 * per group ({@code figure_totals}, {@code figure_attended_costs}, {@code figure_months},
 * {@code figure_costs}). Works on the caller's connection, inside the caller's transaction: the
 * figures change in the same commit as the edit that changes them.
 *
 * <p>Keeping an event's figures is a recount of that event alone (index reads of its enrolments,
 * sessions, marks and cost lines) and the difference, new minus old, added to the sums of its old
 * and new groups: an event moved to another course or business area moves its figures.
 */
final class JdbcFigureBook {

    /** The area key of a course without activity area (ids start at 1). */
    static final long NO_AREA = -1;

    private static final String HELD = "('ENROLLED', 'ATTENDED', 'NO_SHOW')";
    private static final String FILLABLE = "e.cancelled_at IS NULL AND e.status IN ('OPEN', 'RUNNING', 'COMPLETED')";
    private static final int IN_CHUNK = 500;

    /** The tables a figure is counted from: a write to any of them outside the hooks needs {@link #rebuild()}. */
    static final Set<String> SOURCES = Set.of("training_event", "event_session", "enrolment", "attendance", "cost_line",
            "course");

    // --- what one event adds (%s: which events, on training_event e) ---

    private static final String COUNT_EVENTS = "INSERT INTO event_figures (event_id, course_id, area_key, business_key,"
            + " fillable, places_held, capacity, attended_marks, no_show_marks, sessions, cancelled_sessions,"
            + " ever_waitlisted, waitlist_converted, attended_learners)"
            + " SELECT e.id, e.course_id, COALESCE(c.activity_area_id, " + NO_AREA + "), LOWER(TRIM(e.business_area)),"
            + " CASE WHEN " + FILLABLE + " THEN 1 ELSE 0 END,"
            + " CASE WHEN " + FILLABLE + " THEN (SELECT COUNT(*) FROM enrolment n WHERE n.event_id = e.id"
            + " AND n.status IN " + HELD + ") ELSE 0 END,"
            + " CASE WHEN " + FILLABLE + " THEN e.capacity ELSE 0 END,"
            + " (SELECT COUNT(*) FROM event_session s JOIN attendance a ON a.session_id = s.id"
            + " WHERE s.event_id = e.id AND a.mark = 'ATTENDED'),"
            + " (SELECT COUNT(*) FROM event_session s JOIN attendance a ON a.session_id = s.id"
            + " WHERE s.event_id = e.id AND a.mark = 'NO_SHOW'),"
            + " (SELECT COUNT(*) FROM event_session s WHERE s.event_id = e.id),"
            + " (SELECT COUNT(*) FROM event_session s WHERE s.event_id = e.id"
            + " AND (s.cancelled_at IS NOT NULL OR e.cancelled_at IS NOT NULL)),"
            + " (SELECT COUNT(*) FROM enrolment n WHERE n.event_id = e.id AND n.was_waitlisted = TRUE),"
            + " (SELECT COUNT(*) FROM enrolment n WHERE n.event_id = e.id AND n.was_waitlisted = TRUE"
            + " AND n.status IN " + HELD + "),"
            + " (SELECT COUNT(DISTINCT a.person_id) FROM event_session s JOIN attendance a ON a.session_id = s.id"
            + " WHERE s.event_id = e.id AND a.mark = 'ATTENDED')"
            + " FROM training_event e JOIN course c ON c.id = e.course_id WHERE %s";
    private static final String COUNT_COSTS = "INSERT INTO event_figure_costs (event_id, category, currency, lines, amount)"
            + " SELECT l.event_id, l.category, l.currency, COUNT(*), SUM(l.amount)"
            + " FROM cost_line l JOIN training_event e ON e.id = l.event_id WHERE l.deleted = FALSE AND %s"
            + " GROUP BY l.event_id, l.category, l.currency";
    private static final String COUNT_MONTHS = "INSERT INTO event_figure_months (event_id, session_year, session_month,"
            + " sessions, cancelled)"
            + " SELECT s.event_id, EXTRACT(YEAR FROM s.local_start), EXTRACT(MONTH FROM s.local_start), COUNT(*),"
            + " SUM(CASE WHEN s.cancelled_at IS NOT NULL OR e.cancelled_at IS NOT NULL THEN 1 ELSE 0 END)"
            + " FROM event_session s JOIN training_event e ON e.id = s.event_id WHERE %s"
            + " GROUP BY s.event_id, EXTRACT(YEAR FROM s.local_start), EXTRACT(MONTH FROM s.local_start)";

    /**
     * A table of sums: its key and value columns, and the query summing what the chosen events add
     * to it (%s: which events, on event_figures f). {@code present} is the value column that is 0
     * exactly when no event adds anything to the row (such rows are removed).
     */
    private record Sums(String table, List<String> keys, List<String> values, String present, String sum) {
    }

    private static final List<Sums> SUMS = List.of(
            new Sums("figure_totals", List.of("area_key", "business_key"),
                    List.of("events", "fillable_events", "places_held", "capacity", "attended_marks", "no_show_marks",
                            "sessions", "cancelled_sessions", "ever_waitlisted", "waitlist_converted", "attended_learners"),
                    "events",
                    "SELECT f.area_key, f.business_key, COUNT(*), SUM(f.fillable), SUM(f.places_held), SUM(f.capacity),"
                            + " SUM(f.attended_marks), SUM(f.no_show_marks), SUM(f.sessions), SUM(f.cancelled_sessions),"
                            + " SUM(f.ever_waitlisted), SUM(f.waitlist_converted), SUM(f.attended_learners)"
                            + " FROM event_figures f WHERE %s GROUP BY f.area_key, f.business_key"),
            new Sums("figure_attended_costs", List.of("area_key", "business_key", "currency"), List.of("lines", "amount"),
                    "lines",
                    "SELECT f.area_key, f.business_key, k.currency, SUM(k.lines), SUM(k.amount)"
                            + " FROM event_figures f JOIN event_figure_costs k ON k.event_id = f.event_id"
                            + " WHERE f.attended_learners > 0 AND %s GROUP BY f.area_key, f.business_key, k.currency"),
            new Sums("figure_months", List.of("session_year", "session_month"), List.of("sessions", "cancelled"),
                    "sessions",
                    "SELECT m.session_year, m.session_month, SUM(m.sessions), SUM(m.cancelled)"
                            + " FROM event_figures f JOIN event_figure_months m ON m.event_id = f.event_id"
                            + " WHERE %s GROUP BY m.session_year, m.session_month"),
            new Sums("figure_costs", List.of("category", "currency"), List.of("lines", "amount"), "lines",
                    "SELECT k.category, k.currency, SUM(k.lines), SUM(k.amount)"
                            + " FROM event_figures f JOIN event_figure_costs k ON k.event_id = f.event_id"
                            + " WHERE %s GROUP BY k.category, k.currency"));

    /** Which events to recount: a condition on training_event e, the same on event_figures f, and its values. */
    private record Which(String onEvents, String onFigures, List<Object> values) {
    }

    private static final Which EVERY_EVENT = new Which("1 = 1", "1 = 1", List.of());

    private final Connection connection;

    JdbcFigureBook(Connection connection) {
        this.connection = connection;
    }

    /** Recounts these events (ids of events that no longer exist lose their figures). */
    void eventsChanged(Collection<Long> eventIds) throws SQLException {
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(eventIds));
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            if (chunk.size() == 1) {
                recount(new Which("e.id = ?", "f.event_id = ?", List.of(chunk.get(0))));
            } else {
                String list = String.join(", ", Collections.nCopies(chunk.size(), "?"));
                recount(new Which("e.id IN (" + list + ")", "f.event_id IN (" + list + ")", new ArrayList<>(chunk)));
            }
        }
    }

    /** The course's activity area changed: its events move to the new area's sums. */
    void courseChanged(long courseId) throws SQLException {
        recount(new Which("e.course_id = ?", "f.course_id = ?", List.of(courseId)));
    }

    /** Every figure from scratch: after writes that bypassed the hooks (a workshop-file import, a salvage). */
    void rebuild() throws SQLException {
        for (String table : List.of("event_figure_costs", "event_figure_months", "event_figures", "figure_totals",
                "figure_attended_costs", "figure_months", "figure_costs")) {
            execute("DELETE FROM " + table, List.of());
        }
        countEvents(EVERY_EVENT);
        for (Sums sums : SUMS) {
            execute("INSERT INTO " + sums.table() + " (" + String.join(", ", sums.keys()) + ", "
                    + String.join(", ", sums.values()) + ") " + String.format(Locale.ROOT, sums.sum(), "1 = 1"), List.of());
        }
    }

    private void recount(Which which) throws SQLException {
        List<Map<List<Object>, BigDecimal[]>> before = new ArrayList<>();
        for (Sums sums : SUMS) {
            before.add(read(sums, which));
        }
        String chosen = "event_id IN (SELECT f.event_id FROM event_figures f WHERE " + which.onFigures() + ")";
        execute("DELETE FROM event_figure_costs WHERE " + chosen, which.values());
        execute("DELETE FROM event_figure_months WHERE " + chosen, which.values());
        execute("DELETE FROM event_figures f WHERE " + which.onFigures(), which.values());
        countEvents(which);
        for (int i = 0; i < SUMS.size(); i++) {
            Sums sums = SUMS.get(i);
            apply(sums, before.get(i), read(sums, which));
        }
    }

    private void countEvents(Which which) throws SQLException {
        for (String count : List.of(COUNT_EVENTS, COUNT_COSTS, COUNT_MONTHS)) {
            execute(String.format(Locale.ROOT, count, which.onEvents()), which.values());
        }
    }

    private Map<List<Object>, BigDecimal[]> read(Sums sums, Which which) throws SQLException {
        Map<List<Object>, BigDecimal[]> rows = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                String.format(Locale.ROOT, sums.sum(), which.onFigures()))) {
            JdbcOperationsStore.bind(statement, which.values());
            try (ResultSet result = statement.executeQuery()) {
                int keys = sums.keys().size();
                while (result.next()) {
                    List<Object> key = new ArrayList<>(keys);
                    for (int k = 1; k <= keys; k++) {
                        key.add(result.getObject(k));
                    }
                    BigDecimal[] values = new BigDecimal[sums.values().size()];
                    for (int v = 0; v < values.length; v++) {
                        values[v] = result.getBigDecimal(keys + v + 1);
                    }
                    rows.put(key, values);
                }
            }
        }
        return rows;
    }

    /** Adds new minus old to each row of the sums (inserting the rows it lacks), then drops rows nothing adds to. */
    private void apply(Sums sums, Map<List<Object>, BigDecimal[]> before, Map<List<Object>, BigDecimal[]> after)
            throws SQLException {
        Set<List<Object>> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        String where = String.join(" AND ", sums.keys().stream().map(k -> k + " = ?").toList());
        String update = "UPDATE " + sums.table() + " SET "
                + String.join(", ", sums.values().stream().map(v -> v + " = " + v + " + ?").toList()) + " WHERE " + where;
        String insert = "INSERT INTO " + sums.table() + " (" + String.join(", ", sums.keys()) + ", "
                + String.join(", ", sums.values()) + ") VALUES ("
                + String.join(", ", Collections.nCopies(sums.keys().size() + sums.values().size(), "?")) + ")";
        boolean removable = false;
        for (List<Object> key : keys) {
            BigDecimal[] old = before.get(key);
            BigDecimal[] now = after.get(key);
            List<Object> change = new ArrayList<>();
            boolean changed = false;
            for (int v = 0; v < sums.values().size(); v++) {
                BigDecimal difference = value(now, v).subtract(value(old, v));
                changed |= difference.signum() != 0;
                change.add(difference);
            }
            if (!changed) {
                continue;
            }
            List<Object> updateValues = new ArrayList<>(change);
            updateValues.addAll(key);
            if (execute(update, updateValues) == 0) {
                List<Object> insertValues = new ArrayList<>(key);
                insertValues.addAll(change);
                execute(insert, insertValues);
            }
            removable |= old != null && now == null;
        }
        if (removable) {
            execute("DELETE FROM " + sums.table() + " WHERE " + sums.present() + " = 0", List.of());
        }
    }

    private static BigDecimal value(BigDecimal[] values, int index) {
        return values == null || values[index] == null ? BigDecimal.ZERO : values[index];
    }

    private int execute(String sql, List<?> values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            JdbcOperationsStore.bind(statement, values);
            return statement.executeUpdate();
        }
    }
}
