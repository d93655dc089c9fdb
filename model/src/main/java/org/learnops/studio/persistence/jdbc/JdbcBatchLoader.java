package org.learnops.studio.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.learnops.studio.domain.operations.CostLine;
import org.learnops.studio.domain.operations.Enrolment;
import org.learnops.studio.domain.operations.EnrolmentStatus;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.Session;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.OperationsStore.MarkRow;

/**
 * Bulk inserts for the operation's tables: JDBC batches of {@value #BATCH} rows on the caller's
 * connection (and so inside the caller's transaction). Used by the large demo workspace and by
 * imports, where one row per statement would take hours.
 */
final class JdbcBatchLoader {

    static final int BATCH = 1000;

    private final Connection connection;

    JdbcBatchLoader(Connection connection) {
        this.connection = connection;
    }

    List<Long> people(List<Person> people) {
        return insert("INSERT INTO person (name, email, business_area, region, is_facilitator, is_participant,"
                + " is_coordinator) VALUES (?, ?, ?, ?, ?, ?, ?)", people, JdbcOperationsStore::personValues, true);
    }

    List<Long> events(List<Event> events) {
        return insert("INSERT INTO training_event (course_id, coordinator_id, business_area, region, capacity,"
                + " minimum_enrolment, status, starts_on, ends_on, cancel_reason, cancelled_at, cancelled_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", events, JdbcOperationsStore::eventValues, true);
    }

    List<Long> sessions(List<Session> sessions) {
        List<Long> ids = insert("INSERT INTO event_session (event_id, series_id, local_start, local_end, zone, start_utc,"
                + " end_utc, room_id, virtual_link, cancel_reason, cancelled_at, cancelled_by, revision)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", sessions, session -> {
                    List<Object> values = new ArrayList<>();
                    values.add(session.eventId());
                    values.addAll(JdbcOperationsStore.sessionValues(session));
                    return values;
                }, true);
        List<List<Object>> facilitators = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            int ordinal = 0;
            for (Long personId : sessions.get(i).facilitatorIds().stream().distinct().toList()) {
                facilitators.add(List.of(ids.get(i), personId, ordinal++));
            }
        }
        insert("INSERT INTO session_facilitator (session_id, person_id, ordinal) VALUES (?, ?, ?)", facilitators,
                row -> row, false);
        return ids;
    }

    List<Long> enrolments(List<Enrolment> enrolments) {
        return insert("INSERT INTO enrolment (event_id, person_id, status, enrolled_at, status_changed_at,"
                + " waitlist_position, was_waitlisted) VALUES (?, ?, ?, ?, ?, ?, ?)", enrolments,
                e -> List.of(e.eventId(), e.personId(), e.status().name(), JdbcOperationsStore.utc(e.enrolledAt()),
                        JdbcOperationsStore.utc(e.statusChangedAt()), e.waitlistPosition(),
                        e.status() == EnrolmentStatus.WAITLISTED || e.waitlistPosition() > 0), true);
    }

    void marks(List<MarkRow> marks) {
        insert("INSERT INTO attendance (session_id, person_id, mark, marked_at) VALUES (?, ?, ?, ?)", marks,
                m -> List.of(m.sessionId(), m.personId(), m.mark().name(), JdbcOperationsStore.utc(m.at())), false);
    }

    List<Long> costs(List<CostLine> costs) {
        return insert("INSERT INTO cost_line (event_id, category, amount, currency, note) VALUES (?, ?, ?, ?, ?)", costs,
                c -> List.of(c.eventId(), c.category().name(), c.amount(),
                        c.currency().strip().toUpperCase(Locale.ROOT), c.note().strip()), true);
    }

    private <T> List<Long> insert(String sql, List<T> rows, Function<T, List<?>> values, boolean keys) {
        List<Long> ids = new ArrayList<>(keys ? rows.size() : 0);
        if (rows.isEmpty()) {
            return ids;
        }
        try (PreparedStatement statement = keys
                ? connection.prepareStatement(sql, new String[] {"id"})
                : connection.prepareStatement(sql)) {
            int pending = 0;
            for (T row : rows) {
                JdbcOperationsStore.bind(statement, values.apply(row));
                statement.addBatch();
                if (++pending == BATCH) {
                    flush(statement, keys, ids);
                    pending = 0;
                }
            }
            if (pending > 0) {
                flush(statement, keys, ids);
            }
            return ids;
        } catch (SQLException e) {
            throw new StudioException("workspace.error.storage", e, e.getMessage());
        }
    }

    private static void flush(PreparedStatement statement, boolean keys, List<Long> ids) throws SQLException {
        statement.executeBatch();
        if (keys) {
            try (ResultSet generated = statement.getGeneratedKeys()) {
                while (generated.next()) {
                    ids.add(generated.getLong(1));
                }
            }
        }
    }
}
