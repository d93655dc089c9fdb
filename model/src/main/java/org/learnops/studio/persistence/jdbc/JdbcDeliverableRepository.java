package org.learnops.studio.persistence.jdbc;

import java.sql.Date;
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
import org.learnops.studio.domain.expectations.Deliverable;
import org.learnops.studio.domain.expectations.DeliverableKind;
import org.learnops.studio.domain.expectations.DeliverableStatus;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.DeliverableRepository;

final class JdbcDeliverableRepository implements DeliverableRepository {

    private static final String COLUMNS =
            "id, kind, custom_title, included, purpose, audience, owner_id, due_date, status, notes";

    private final Database database;

    JdbcDeliverableRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<Deliverable> list() {
        return database.inTransaction(connection -> {
            List<Deliverable> deliverables = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT " + COLUMNS + " FROM deliverable WHERE deleted = FALSE ORDER BY sort_order, id")) {
                while (rows.next()) {
                    deliverables.add(read(rows));
                }
            }
            return deliverables;
        });
    }

    private static Deliverable read(ResultSet row) throws SQLException {
        String kind = row.getString(2);
        long ownerId = row.getLong(7);
        Optional<Long> owner = row.wasNull() ? Optional.empty() : Optional.of(ownerId);
        Date due = row.getDate(8);
        return new Deliverable(row.getLong(1), kind == null ? null : DeliverableKind.valueOf(kind), row.getString(3),
                row.getBoolean(4), row.getString(5), row.getString(6), owner,
                Optional.ofNullable(due).map(Date::toLocalDate), DeliverableStatus.valueOf(row.getString(9)),
                row.getString(10));
    }

    @Override
    public Deliverable addCustom(Deliverable deliverable) {
        Deliverable custom = new Deliverable(0, null, deliverable.customTitle().strip(), deliverable.included(),
                deliverable.purpose(), deliverable.audience(), deliverable.ownerId(), deliverable.dueDate(),
                deliverable.status(), deliverable.notes());
        return database.inTransaction(connection -> {
            int next;
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM deliverable")) {
                row.next();
                next = row.getInt(1);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO deliverable (custom_title, included, purpose, audience, owner_id, due_date, status,"
                            + " notes, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
                bind(insert, custom);
                insert.setInt(9, next);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return custom.withId(keys.getLong(1));
                }
            }
        });
    }

    @Override
    public void update(Deliverable deliverable) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE deliverable SET custom_title = ?, included = ?, purpose = ?, audience = ?, owner_id = ?,"
                            + " due_date = ?, status = ?, notes = ? WHERE id = ? AND deleted = FALSE")) {
                bind(update, deliverable);
                update.setLong(9, deliverable.id());
                if (update.executeUpdate() != 1) {
                    throw new StudioException("expectations.error.gone");
                }
            }
            return null;
        });
    }

    /** Binds the first eight parameters: title to notes. One of the eight never gets a custom title. */
    private static void bind(PreparedStatement statement, Deliverable deliverable) throws SQLException {
        statement.setString(1, deliverable.isCustom() ? deliverable.customTitle().strip() : "");
        statement.setBoolean(2, deliverable.included());
        statement.setString(3, deliverable.purpose());
        statement.setString(4, deliverable.audience());
        if (deliverable.ownerId().isPresent()) {
            statement.setLong(5, deliverable.ownerId().get());
        } else {
            statement.setNull(5, Types.BIGINT);
        }
        if (deliverable.dueDate().isPresent()) {
            statement.setDate(6, Date.valueOf(deliverable.dueDate().get()));
        } else {
            statement.setNull(6, Types.DATE);
        }
        statement.setString(7, deliverable.status().name());
        statement.setString(8, deliverable.notes());
    }

    @Override
    public void delete(long id) {
        setDeleted(id, true);
    }

    @Override
    public void restore(long id) {
        setDeleted(id, false);
    }

    private void setDeleted(long id, boolean deleted) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE deliverable SET deleted = ? WHERE id = ? AND kind IS NULL")) {
                update.setBoolean(1, deleted);
                update.setLong(2, id);
                if (update.executeUpdate() != 1) {
                    throw new StudioException("expectations.error.gone");
                }
            }
            return null;
        });
    }

    @Override
    public Map<Long, String> removedOwnerNames() {
        return database.inTransaction(connection -> {
            Map<Long, String> names = new LinkedHashMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT s.id, s.name FROM stakeholder s WHERE s.deleted = TRUE"
                         + " AND EXISTS (SELECT 1 FROM deliverable d WHERE d.owner_id = s.id) ORDER BY s.id")) {
                while (rows.next()) {
                    names.put(rows.getLong(1), rows.getString(2));
                }
            }
            return names;
        });
    }
}
