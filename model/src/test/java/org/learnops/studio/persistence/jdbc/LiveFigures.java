package org.learnops.studio.persistence.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.learnops.studio.domain.operations.AttendanceMark;
import org.learnops.studio.domain.operations.CostCategory;
import org.learnops.studio.domain.operations.EventTotals;
import org.learnops.studio.domain.operations.KpiFigures;
import org.learnops.studio.domain.questions.Metric;
import org.learnops.studio.domain.questions.MetricScope;

/**
 * The reference for the kept figures (decision 0014): the live SQL the store used before V12,
 * unchanged, summing the figures from every enrolment, mark, session and cost line. A test compares
 * what the store reads from the kept sums with these answers.
 */
final class LiveFigures {

    private static final String HELD = "('ENROLLED', 'ATTENDED', 'NO_SHOW')";

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private final Connection connection;

    LiveFigures(Connection connection) {
        this.connection = connection;
    }


    /** Events counted for fill rate: not cancelled, selling places. */
    private static final String FILLABLE = " e.cancelled_at IS NULL AND e.status IN ('OPEN', 'RUNNING', 'COMPLETED')";

    /**
     * Capacity and places held per fillable event, with its course's activity area: one pass over
     * the events, each reading its own range of the enrolment index (event_id, status).
     */
    private static final String FILL_PER_EVENT = "SELECT c.activity_area_id area, e.capacity capacity, COUNT(n.id) held"
            + " FROM training_event e JOIN course c ON c.id = e.course_id"
            + " LEFT JOIN enrolment n ON n.event_id = e.id AND n.status IN " + HELD
            + " WHERE" + FILLABLE + "%s GROUP BY e.id, c.activity_area_id, e.capacity";

    /** An event with at least one "attended" mark (a probe that stops at the first one). */
    private static final String ATTENDED_EVENT = "EXISTS (SELECT 1 FROM event_session s"
            + " JOIN attendance a ON a.session_id = s.id WHERE s.event_id = e.id AND a.mark = 'ATTENDED')";

    EventTotals totals(MetricScope scope, Metric metric) {
        List<Object> scoped = new ArrayList<>();
        StringBuilder in = new StringBuilder();
        // the course is joined only when an activity area is asked for
        String course = scope.activityAreaId().isPresent() ? " JOIN course c ON c.id = e.course_id" : "";
        scope.activityAreaId().ifPresent(id -> {
            in.append(" AND c.activity_area_id = ?");
            scoped.add(id);
        });
        if (!scope.businessArea().isEmpty()) {
            in.append(" AND LOWER(TRIM(e.business_area)) = ?");
            scoped.add(scope.businessArea().toLowerCase(Locale.ROOT));
        }
        // Organisation-wide, a figure needs no event at all: every mark, enrolment and session has
        // one (foreign keys), so the joins that only serve a scope are left out.
        boolean everything = scope.isEverything();
        EventTotals none = EventTotals.NONE;
        switch (metric) {
            case EVENT_FILL_RATE -> {
                long[] fill = first("SELECT COALESCE(SUM(capacity), 0), COALESCE(SUM(held), 0) FROM ("
                                + String.format(Locale.ROOT, FILL_PER_EVENT, in) + ") fill",
                        scoped, rows -> new long[] {rows.getLong(1), rows.getLong(2)}).orElseThrow();
                return new EventTotals(fill[1], fill[0], 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, "", 0);
            }
            case ATTENDANCE_RATE, NO_SHOW_RATE -> {
                String marks = everything ? " FROM attendance a"
                        : " FROM attendance a JOIN event_session s ON s.id = a.session_id"
                                + " JOIN training_event e ON e.id = s.event_id" + course + " WHERE 1 = 1" + in;
                Map<String, Long> byMark = new HashMap<>();
                for (Object[] row : query("SELECT a.mark, COUNT(*)" + marks + " GROUP BY a.mark", scoped,
                        rows -> new Object[] {rows.getString(1), rows.getLong(2)})) {
                    byMark.put((String) row[0], (Long) row[1]);
                }
                return new EventTotals(0, 0, byMark.getOrDefault(AttendanceMark.ATTENDED.name(), 0L),
                        byMark.getOrDefault(AttendanceMark.NO_SHOW.name(), 0L), 0, 0, 0, 0, BigDecimal.ZERO, "", 0);
            }
            case SESSIONS_CANCELLED -> {
                long[] sessions = first("SELECT COUNT(*), COALESCE(SUM(CASE WHEN s.cancelled_at IS NOT NULL"
                                + " OR e.cancelled_at IS NOT NULL THEN 1 ELSE 0 END), 0) FROM event_session s"
                                + " JOIN training_event e ON e.id = s.event_id" + course + " WHERE 1 = 1" + in,
                        scoped, rows -> new long[] {rows.getLong(1), rows.getLong(2)}).orElseThrow();
                return new EventTotals(0, 0, 0, 0, sessions[0], sessions[1], 0, 0, BigDecimal.ZERO, "", 0);
            }
            case WAITLIST_CONVERSION -> {
                String from = everything ? " FROM enrolment n WHERE n.was_waitlisted = TRUE"
                        : " FROM enrolment n JOIN training_event e ON e.id = n.event_id" + course
                                + " WHERE n.was_waitlisted = TRUE" + in;
                long[] waitlist = first("SELECT COUNT(*), COALESCE(SUM(CASE WHEN n.status IN " + HELD
                                + " THEN 1 ELSE 0 END), 0)" + from,
                        scoped, rows -> new long[] {rows.getLong(1), rows.getLong(2)}).orElseThrow();
                return new EventTotals(0, 0, 0, 0, 0, 0, waitlist[0], waitlist[1], BigDecimal.ZERO, "", 0);
            }
            case COST_PER_ATTENDED_LEARNER -> {
                // One pass over the events that had someone attend (each probed once, not once per
                // cost line): lines and amount per currency; the main currency is chosen here.
                record Currency(String code, long lines, BigDecimal amount) {
                }
                Optional<Currency> main = query("SELECT l.currency, COUNT(*), COALESCE(SUM(l.amount), 0)"
                                + " FROM training_event e" + course + " JOIN cost_line l ON l.event_id = e.id"
                                + " WHERE l.deleted = FALSE AND " + ATTENDED_EVENT + in + " GROUP BY l.currency", scoped,
                        rows -> new Currency(rows.getString(1), rows.getLong(2), rows.getBigDecimal(3))).stream()
                        .min(Comparator.comparingLong(Currency::lines).reversed().thenComparing(Currency::code));
                if (main.isEmpty()) {
                    return none;
                }
                // Distinct people per event, event by event in the order of the session index
                // (H2 groups a sorted stream), summed: the distinct (person, event) pairs without a
                // hash of every pair in memory.
                String sessions = everything ? " FROM event_session s"
                        : " FROM event_session s JOIN training_event e ON e.id = s.event_id" + course;
                long learners = first("SELECT COALESCE(SUM(learners), 0) FROM (SELECT s.event_id,"
                                + " COUNT(DISTINCT a.person_id) learners" + sessions
                                + " JOIN attendance a ON a.session_id = s.id WHERE a.mark = 'ATTENDED'" + in
                                + " GROUP BY s.event_id) per_event", scoped, rows -> rows.getLong(1)).orElse(0L);
                return new EventTotals(0, 0, 0, 0, 0, 0, 0, 0, main.get().amount(), main.get().code(), learners);
            }
            default -> {
                return none;
            }
        }
    }


    List<KpiFigures.MonthSessions> sessionsByMonth() {
        return query("SELECT EXTRACT(YEAR FROM s.local_start), EXTRACT(MONTH FROM s.local_start), COUNT(*),"
                        + " COALESCE(SUM(CASE WHEN s.cancelled_at IS NOT NULL OR e.cancelled_at IS NOT NULL THEN 1 ELSE 0 END), 0)"
                        + " FROM event_session s JOIN training_event e ON e.id = s.event_id"
                        + " GROUP BY EXTRACT(YEAR FROM s.local_start), EXTRACT(MONTH FROM s.local_start)"
                        + " ORDER BY 1, 2", List.of(),
                rows -> new KpiFigures.MonthSessions(java.time.YearMonth.of(rows.getInt(1), rows.getInt(2)),
                        rows.getLong(3), rows.getLong(4)));
    }

    List<KpiFigures.AreaFill> fillByActivityArea() {
        return query("SELECT area, SUM(capacity), SUM(held) FROM (" + String.format(Locale.ROOT, FILL_PER_EVENT, "")
                        + ") fill GROUP BY area ORDER BY area", List.of(),
                rows -> new KpiFigures.AreaFill(optionalLong(rows, 1), rows.getLong(3), rows.getLong(2)));
    }

    List<KpiFigures.CategoryCost> costsByCategory() {
        return query("SELECT l.category, l.currency, SUM(l.amount) FROM cost_line l WHERE l.deleted = FALSE"
                        + " GROUP BY l.category, l.currency ORDER BY l.category, l.currency", List.of(),
                rows -> new KpiFigures.CategoryCost(CostCategory.valueOf(rows.getString(1)), rows.getString(2),
                        rows.getBigDecimal(3)));
    }

    private <T> List<T> query(String sql, List<?> values, Row<T> row) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            JdbcOperationsStore.bind(statement, values);
            List<T> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(row.read(rows));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> Optional<T> first(String sql, List<?> values, Row<T> row) {
        List<T> rows = query(sql, values, row);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private static Optional<Long> optionalLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? Optional.empty() : Optional.of(value);
    }
}
