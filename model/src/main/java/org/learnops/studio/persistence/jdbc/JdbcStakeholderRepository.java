package org.learnops.studio.persistence.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.domain.stakeholder.StakeholderGroup;
import org.learnops.studio.domain.stakeholder.Stance;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.StakeholderRepository;

final class JdbcStakeholderRepository implements StakeholderRepository {

    private final Database database;

    JdbcStakeholderRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<Stakeholder> list() {
        return database.inTransaction(connection -> {
            List<Stakeholder> stakeholders = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT id, name, role_title, stakeholder_group, business_area,"
                         + " region, influence, interest, stance, email FROM stakeholder WHERE deleted = FALSE ORDER BY id")) {
                while (rows.next()) {
                    stakeholders.add(new Stakeholder(rows.getLong(1), rows.getString(2), rows.getString(3),
                            StakeholderGroup.valueOf(rows.getString(4)), rows.getString(5), rows.getString(6),
                            rows.getInt(7), rows.getInt(8), Stance.valueOf(rows.getString(9)), rows.getString(10)));
                }
            }
            return stakeholders;
        });
    }

    @Override
    public Stakeholder add(Stakeholder stakeholder) {
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO stakeholder (name, role_title, stakeholder_group, business_area, region, influence,"
                            + " interest, stance, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
                bind(insert, stakeholder);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    // What was stored (name and e-mail without outer spaces), so it equals what list() returns.
                    return new Stakeholder(keys.getLong(1), stakeholder.name().strip(), stakeholder.role(),
                            stakeholder.group(), stakeholder.businessArea(), stakeholder.region(), stakeholder.influence(),
                            stakeholder.interest(), stakeholder.stance(), stakeholder.email().strip());
                }
            }
        });
    }

    @Override
    public void update(Stakeholder stakeholder) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE stakeholder SET name = ?, role_title = ?, stakeholder_group = ?, business_area = ?, region = ?,"
                            + " influence = ?, interest = ?, stance = ?, email = ? WHERE id = ? AND deleted = FALSE")) {
                bind(update, stakeholder);
                update.setLong(10, stakeholder.id());
                if (update.executeUpdate() != 1) {
                    throw new StudioException("stakeholder.error.gone");
                }
            }
            return null;
        });
    }

    private static void bind(PreparedStatement statement, Stakeholder stakeholder) throws SQLException {
        statement.setString(1, stakeholder.name().strip());
        statement.setString(2, stakeholder.role());
        statement.setString(3, stakeholder.group().name());
        statement.setString(4, stakeholder.businessArea());
        statement.setString(5, stakeholder.region());
        statement.setInt(6, stakeholder.influence());
        statement.setInt(7, stakeholder.interest());
        statement.setString(8, stakeholder.stance().name());
        statement.setString(9, stakeholder.email().strip());
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
        database.setDeleted("stakeholder", id, deleted, "stakeholder.error.gone");
    }
}
