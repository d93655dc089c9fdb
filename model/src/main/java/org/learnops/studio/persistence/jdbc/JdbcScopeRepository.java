package org.learnops.studio.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.scope.BuiltInArea;
import org.learnops.studio.domain.scope.Geography;
import org.learnops.studio.domain.scope.OrganisationalScope;
import org.learnops.studio.domain.scope.Strategy;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.ScopeRepository;

final class JdbcScopeRepository implements ScopeRepository {

    private static final String AREA_COLUMNS = "id, built_in, custom_name, in_scope, rationale, impact, effort";

    private final Database database;

    JdbcScopeRepository(Database database) {
        this.database = database;
    }

    @Override
    public Strategy loadStrategy() {
        return database.inTransaction(connection -> {
            List<String> regions = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT name FROM region ORDER BY sort_order, id")) {
                while (rows.next()) {
                    regions.add(rows.getString(1));
                }
            }
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery(
                         "SELECT name, sponsor, owner_name, organisation, business_area, geography, authority_notes"
                                 + " FROM strategy WHERE id = 1")) {
                if (!row.next()) {
                    throw new StudioException("workspace.error.damaged", "strategy");
                }
                return new Strategy(row.getString(1), row.getString(2), row.getString(3),
                        OrganisationalScope.valueOf(row.getString(4)), row.getString(5),
                        Geography.valueOf(row.getString(6)), regions, row.getString(7));
            }
        });
    }

    @Override
    public void saveStrategy(Strategy strategy) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE strategy SET name = ?, sponsor = ?, owner_name = ?, organisation = ?, business_area = ?,"
                            + " geography = ?, authority_notes = ? WHERE id = 1")) {
                update.setString(1, strategy.name());
                update.setString(2, strategy.sponsor());
                update.setString(3, strategy.owner());
                update.setString(4, strategy.organisation().name());
                update.setString(5, strategy.businessArea());
                update.setString(6, strategy.geography().name());
                update.setString(7, strategy.authorityNotes());
                update.executeUpdate();
            }
            replaceRegions(connection, strategy.regions());
            return null;
        });
    }

    private static void replaceRegions(Connection connection, List<String> regions) throws SQLException {
        try (Statement delete = connection.createStatement()) {
            delete.executeUpdate("DELETE FROM region");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO region (name, sort_order) VALUES (?, ?)")) {
            for (int i = 0; i < regions.size(); i++) {
                insert.setString(1, regions.get(i));
                insert.setInt(2, i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public List<ActivityArea> loadAreas() {
        return database.inTransaction(connection -> {
            List<ActivityArea> areas = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT " + AREA_COLUMNS + " FROM activity_area ORDER BY sort_order, id")) {
                while (rows.next()) {
                    areas.add(readArea(rows));
                }
            }
            return areas;
        });
    }

    private static ActivityArea readArea(ResultSet row) throws SQLException {
        String builtIn = row.getString(2);
        return new ActivityArea(row.getLong(1), builtIn == null ? null : BuiltInArea.valueOf(builtIn),
                row.getString(3), row.getBoolean(4), row.getString(5), row.getInt(6), row.getInt(7));
    }

    private static int nextSortOrder(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM activity_area")) {
            row.next();
            return row.getInt(1);
        }
    }

    @Override
    public void restoreCustomArea(ActivityArea area) {
        database.inTransaction(connection -> {
            int next = nextSortOrder(connection);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO activity_area (id, built_in, custom_name, in_scope, rationale, impact, effort, sort_order)"
                            + " VALUES (?, NULL, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, area.id());
                insert.setString(2, area.customName().strip());
                insert.setBoolean(3, area.inScope());
                insert.setString(4, area.rationale());
                insert.setInt(5, area.impact());
                insert.setInt(6, area.effort());
                insert.setInt(7, next);
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public ActivityArea addCustomArea(ActivityArea area) {
        return database.inTransaction(connection -> {
            int next = nextSortOrder(connection);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO activity_area (built_in, custom_name, in_scope, rationale, impact, effort, sort_order)"
                            + " VALUES (NULL, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
                insert.setString(1, area.customName().strip());
                insert.setBoolean(2, area.inScope());
                insert.setString(3, area.rationale());
                insert.setInt(4, area.impact());
                insert.setInt(5, area.effort());
                insert.setInt(6, next);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return new ActivityArea(keys.getLong(1), null, area.customName().strip(), area.inScope(),
                            area.rationale(), area.impact(), area.effort());
                }
            }
        });
    }

    @Override
    public void updateArea(ActivityArea area) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE activity_area SET custom_name = ?, in_scope = ?, rationale = ?, impact = ?, effort = ?"
                            + " WHERE id = ?")) {
                update.setString(1, area.isCustom() ? area.customName().strip() : "");
                update.setBoolean(2, area.inScope());
                update.setString(3, area.rationale());
                update.setInt(4, area.impact());
                update.setInt(5, area.effort());
                update.setLong(6, area.id());
                if (update.executeUpdate() != 1) {
                    throw new StudioException("scope.error.areaGone");
                }
            }
            return null;
        });
    }

    @Override
    public void deleteArea(long id) {
        database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM activity_area WHERE id = ? AND built_in IS NULL")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            return null;
        });
    }
}
