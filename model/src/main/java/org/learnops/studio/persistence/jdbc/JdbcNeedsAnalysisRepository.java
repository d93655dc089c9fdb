package org.learnops.studio.persistence.jdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.learnops.studio.domain.needs.Finding;
import org.learnops.studio.domain.needs.FindingStatus;
import org.learnops.studio.domain.needs.NeedsGroup;
import org.learnops.studio.domain.needs.NeedsSession;
import org.learnops.studio.domain.needs.SessionType;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.NeedsAnalysisRepository;

final class JdbcNeedsAnalysisRepository implements NeedsAnalysisRepository {

    private static final String FINDING_COLUMNS =
            "id, finding_text, area_id, finding_group, severity, frequency, session_id, status, votes";

    private final Database database;

    JdbcNeedsAnalysisRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<NeedsSession> listSessions() {
        return database.inTransaction(connection -> {
            Map<Long, List<Long>> participants = new HashMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT session_id, stakeholder_id FROM needs_session_participant")) {
                while (rows.next()) {
                    participants.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getLong(2));
                }
            }
            List<NeedsSession> sessions = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT id, session_type, held_on, participant_group, notes"
                         + " FROM needs_session WHERE deleted = FALSE ORDER BY id")) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    sessions.add(new NeedsSession(id, SessionType.valueOf(rows.getString(2)),
                            rows.getDate(3).toLocalDate(), participants.getOrDefault(id, List.of()),
                            NeedsGroup.valueOf(rows.getString(4)), rows.getString(5)));
                }
            }
            return sessions;
        });
    }

    @Override
    public NeedsSession addSession(NeedsSession session) {
        return database.inTransaction(connection -> {
            long id;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO needs_session (session_type, held_on, participant_group, notes) VALUES (?, ?, ?, ?)",
                    new String[] {"id"})) {
                bindSession(insert, session);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            replaceParticipants(connection, id, session.participantIds());
            return session.withId(id);
        });
    }

    @Override
    public void updateSession(NeedsSession session) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE needs_session SET session_type = ?,"
                    + " held_on = ?, participant_group = ?, notes = ? WHERE id = ? AND deleted = FALSE")) {
                bindSession(update, session);
                update.setLong(5, session.id());
                if (update.executeUpdate() != 1) {
                    throw new StudioException("needs.error.sessionGone");
                }
            }
            replaceParticipants(connection, session.id(), session.participantIds());
            return null;
        });
    }

    private static void bindSession(PreparedStatement statement, NeedsSession session) throws SQLException {
        statement.setString(1, session.type().name());
        statement.setDate(2, Date.valueOf(session.date()));
        statement.setString(3, session.group().name());
        statement.setString(4, session.notes());
    }

    private static void replaceParticipants(Connection connection, long sessionId, List<Long> stakeholderIds)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM needs_session_participant WHERE session_id = ?")) {
            delete.setLong(1, sessionId);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO needs_session_participant (session_id, stakeholder_id) VALUES (?, ?)")) {
            for (long stakeholderId : stakeholderIds) {
                insert.setLong(1, sessionId);
                insert.setLong(2, stakeholderId);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public void deleteSession(long id) {
        setDeleted("needs_session", id, true, "needs.error.sessionGone");
    }

    @Override
    public void restoreSession(long id) {
        setDeleted("needs_session", id, false, "needs.error.sessionGone");
    }

    @Override
    public List<Finding> listFindings() {
        return database.inTransaction(connection -> {
            List<Finding> findings = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT " + FINDING_COLUMNS + " FROM finding WHERE deleted = FALSE ORDER BY id")) {
                while (rows.next()) {
                    findings.add(new Finding(rows.getLong(1), rows.getString(2), optionalId(rows, 3),
                            NeedsGroup.valueOf(rows.getString(4)), rows.getInt(5), rows.getInt(6), optionalId(rows, 7),
                            FindingStatus.valueOf(rows.getString(8)), rows.getInt(9)));
                }
            }
            return findings;
        });
    }

    private static Optional<Long> optionalId(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(value);
    }

    @Override
    public Finding addFinding(Finding finding) {
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO finding (finding_text, area_id,"
                    + " finding_group, severity, frequency, session_id, status, votes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"})) {
                bindFinding(insert, finding);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return new Finding(keys.getLong(1), finding.text().strip(), finding.areaId(), finding.group(),
                            finding.severity(), finding.frequency(), finding.sessionId(), finding.status(), finding.votes());
                }
            }
        });
    }

    @Override
    public void updateFinding(Finding finding) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE finding SET finding_text = ?,"
                    + " area_id = ?, finding_group = ?, severity = ?, frequency = ?, session_id = ?, status = ?, votes = ?"
                    + " WHERE id = ? AND deleted = FALSE")) {
                bindFinding(update, finding);
                update.setLong(9, finding.id());
                if (update.executeUpdate() != 1) {
                    throw new StudioException("needs.error.findingGone");
                }
            }
            return null;
        });
    }

    private static void bindFinding(PreparedStatement statement, Finding finding) throws SQLException {
        statement.setString(1, finding.text().strip());
        bindOptionalId(statement, 2, finding.areaId());
        statement.setString(3, finding.group().name());
        statement.setInt(4, finding.severity());
        statement.setInt(5, finding.frequency());
        bindOptionalId(statement, 6, finding.sessionId());
        statement.setString(7, finding.status().name());
        statement.setInt(8, finding.votes());
    }

    private static void bindOptionalId(PreparedStatement statement, int index, Optional<Long> id) throws SQLException {
        if (id.isPresent()) {
            statement.setLong(index, id.get());
        } else {
            statement.setNull(index, Types.BIGINT);
        }
    }

    @Override
    public void deleteFinding(long id) {
        setDeleted("finding", id, true, "needs.error.findingGone");
    }

    @Override
    public void restoreFinding(long id) {
        setDeleted("finding", id, false, "needs.error.findingGone");
    }

    /** {@code table} is one of this class's own table names, never user input. */
    private void setDeleted(String table, long id, boolean deleted, String goneKey) {
        database.setDeleted(table, id, deleted, goneKey);
    }
}
