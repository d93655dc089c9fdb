package org.learnops.studio.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.learnops.studio.domain.governance.GovernanceBody;
import org.learnops.studio.domain.governance.GovernanceModel;
import org.learnops.studio.domain.governance.Raci;
import org.learnops.studio.domain.governance.RaciCell;
import org.learnops.studio.domain.governance.RaciMatrix;
import org.learnops.studio.domain.governance.RaciProcess;
import org.learnops.studio.domain.governance.RaciRole;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.GovernanceRepository;

final class JdbcGovernanceRepository implements GovernanceRepository {

    private static final String GONE = "governance.error.gone";

    private final Database database;

    JdbcGovernanceRepository(Database database) {
        this.database = database;
    }

    @Override
    public Optional<GovernanceModel> loadModel() {
        return database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT governance_model FROM governance WHERE id = 1")) {
                String value = rows.next() ? rows.getString(1) : null;
                return Optional.ofNullable(value).map(GovernanceModel::valueOf);
            }
        });
    }

    @Override
    public void saveModel(Optional<GovernanceModel> model) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE governance SET governance_model = ? WHERE id = 1")) {
                if (model.isPresent()) {
                    update.setString(1, model.get().name());
                } else {
                    update.setNull(1, Types.VARCHAR);
                }
                update.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<GovernanceBody> bodies() {
        return database.inTransaction(connection -> {
            Map<Long, List<Long>> members = new LinkedHashMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT m.body_id, m.stakeholder_id FROM governance_body_member m"
                         + " JOIN stakeholder s ON s.id = m.stakeholder_id WHERE s.deleted = FALSE"
                         + " ORDER BY m.body_id, m.sort_order")) {
                while (rows.next()) {
                    members.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getLong(2));
                }
            }
            List<GovernanceBody> bodies = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT id, name, purpose, cadence, decision_rights"
                         + " FROM governance_body WHERE deleted = FALSE ORDER BY id")) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    bodies.add(new GovernanceBody(id, rows.getString(2), rows.getString(3), rows.getString(4),
                            members.getOrDefault(id, List.of()), rows.getString(5)));
                }
            }
            return bodies;
        });
    }

    @Override
    public GovernanceBody addBody(GovernanceBody body) {
        return database.inTransaction(connection -> {
            GovernanceBody stored;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO governance_body (name, purpose, cadence, decision_rights) VALUES (?, ?, ?, ?)",
                    new String[] {"id"})) {
                bind(insert, body);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    stored = stored(body).withId(keys.getLong(1));
                }
            }
            writeMembers(connection, stored);
            return stored;
        });
    }

    @Override
    public void updateBody(GovernanceBody body) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE governance_body SET name = ?, purpose = ?,"
                    + " cadence = ?, decision_rights = ? WHERE id = ? AND deleted = FALSE")) {
                bind(update, body);
                update.setLong(5, body.id());
                if (update.executeUpdate() != 1) {
                    throw new StudioException(GONE);
                }
            }
            writeMembers(connection, body);
            return null;
        });
    }

    /** Replaces the members that are shown; members who are deleted stakeholders stay, so restoring them brings them back. */
    private static void writeMembers(Connection connection, GovernanceBody body) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM governance_body_member WHERE body_id = ?"
                + " AND stakeholder_id IN (SELECT id FROM stakeholder WHERE deleted = FALSE)")) {
            delete.setLong(1, body.id());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO governance_body_member (body_id, stakeholder_id, sort_order) VALUES (?, ?, ?)")) {
            int order = 0;
            for (Long member : body.memberIds()) {
                insert.setLong(1, body.id());
                insert.setLong(2, member);
                insert.setInt(3, order++);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static GovernanceBody stored(GovernanceBody body) {
        return new GovernanceBody(body.id(), body.name().strip(), body.purpose(), body.cadence().strip(),
                body.memberIds(), body.decisionRights());
    }

    private static void bind(PreparedStatement statement, GovernanceBody body) throws SQLException {
        GovernanceBody stored = stored(body);
        statement.setString(1, stored.name());
        statement.setString(2, stored.purpose());
        statement.setString(3, stored.cadence());
        statement.setString(4, stored.decisionRights());
    }

    @Override
    public void deleteBody(long id) {
        setBodyDeleted(id, true);
    }

    @Override
    public void restoreBody(long id) {
        setBodyDeleted(id, false);
    }

    private void setBodyDeleted(long id, boolean deleted) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE governance_body SET deleted = ? WHERE id = ?")) {
                update.setBoolean(1, deleted);
                update.setLong(2, id);
                if (update.executeUpdate() != 1) {
                    throw new StudioException(GONE);
                }
            }
            return null;
        });
    }

    @Override
    public RaciMatrix loadMatrix() {
        return database.inTransaction(connection -> {
            List<RaciProcess> processes = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT id, activity_area_id, name FROM raci_process"
                         + " WHERE deleted = FALSE ORDER BY id")) {
                while (rows.next()) {
                    processes.add(new RaciProcess(rows.getLong(1), rows.getLong(2), rows.getString(3)));
                }
            }
            List<RaciRole> roles = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT id, name FROM raci_role WHERE deleted = FALSE ORDER BY id")) {
                while (rows.next()) {
                    roles.add(new RaciRole(rows.getLong(1), rows.getString(2)));
                }
            }
            List<RaciCell> cells = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT c.process_id, c.role_id, c.letter FROM raci_cell c"
                         + " JOIN raci_process p ON p.id = c.process_id JOIN raci_role r ON r.id = c.role_id"
                         + " WHERE p.deleted = FALSE AND r.deleted = FALSE ORDER BY c.process_id, c.role_id")) {
                while (rows.next()) {
                    cells.add(new RaciCell(rows.getLong(1), rows.getLong(2), Raci.valueOf(rows.getString(3))));
                }
            }
            return new RaciMatrix(processes, roles, cells);
        });
    }

    @Override
    public RaciMatrix add(List<RaciProcess> processes, List<RaciRole> roles) {
        return database.inTransaction(connection -> {
            List<RaciProcess> addedProcesses = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO raci_process (activity_area_id, name) VALUES (?, ?)", new String[] {"id"})) {
                for (RaciProcess process : processes) {
                    insert.setLong(1, process.activityAreaId());
                    insert.setString(2, process.name().strip());
                    addedProcesses.add(process.withName(process.name().strip()).withId(insert(insert)));
                }
            }
            List<RaciRole> addedRoles = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO raci_role (name) VALUES (?)", new String[] {"id"})) {
                for (RaciRole role : roles) {
                    insert.setString(1, role.name().strip());
                    addedRoles.add(role.withName(role.name().strip()).withId(insert(insert)));
                }
            }
            return new RaciMatrix(addedProcesses, addedRoles, List.of());
        });
    }

    private static long insert(PreparedStatement insert) throws SQLException {
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    @Override
    public void updateProcess(RaciProcess process) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE raci_process SET activity_area_id = ?, name = ? WHERE id = ? AND deleted = FALSE")) {
                update.setLong(1, process.activityAreaId());
                update.setString(2, process.name().strip());
                update.setLong(3, process.id());
                if (update.executeUpdate() != 1) {
                    throw new StudioException(GONE);
                }
            }
            return null;
        });
    }

    @Override
    public void updateRole(RaciRole role) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE raci_role SET name = ? WHERE id = ? AND deleted = FALSE")) {
                update.setString(1, role.name().strip());
                update.setLong(2, role.id());
                if (update.executeUpdate() != 1) {
                    throw new StudioException(GONE);
                }
            }
            return null;
        });
    }

    @Override
    public void setDeleted(List<Long> processIds, List<Long> roleIds, boolean deleted) {
        database.inTransaction(connection -> {
            mark(connection, "raci_process", processIds, deleted);
            mark(connection, "raci_role", roleIds, deleted);
            return null;
        });
    }

    private static void mark(Connection connection, String table, List<Long> ids, boolean deleted) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET deleted = ? WHERE id = ?")) {
            for (Long id : ids) {
                update.setBoolean(1, deleted);
                update.setLong(2, id);
                if (update.executeUpdate() != 1) {
                    throw new StudioException(GONE);
                }
            }
        }
    }

    @Override
    public void setCell(long processId, long roleId, Optional<Raci> letter) {
        database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM raci_cell WHERE process_id = ? AND role_id = ?")) {
                delete.setLong(1, processId);
                delete.setLong(2, roleId);
                delete.executeUpdate();
            }
            if (letter.isPresent()) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO raci_cell (process_id, role_id, letter) VALUES (?, ?, ?)")) {
                    insert.setLong(1, processId);
                    insert.setLong(2, roleId);
                    insert.setString(3, letter.get().name());
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }
}
