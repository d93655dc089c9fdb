package org.learnops.studio.persistence.jdbc;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.learnops.studio.domain.champions.Champion;
import org.learnops.studio.domain.champions.EngagementEntry;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.ChampionRepository;

final class JdbcChampionRepository implements ChampionRepository {

    /** Champions that are shown: neither they nor their stakeholder are deleted. */
    private static final String LISTED = " FROM champion c JOIN stakeholder s ON s.id = c.stakeholder_id"
            + " WHERE c.deleted = FALSE AND s.deleted = FALSE";

    private final Database database;

    JdbcChampionRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<Champion> list() {
        return database.inTransaction(connection -> {
            List<Champion> champions = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT c.id, c.stakeholder_id, c.business_area, c.region,"
                         + " c.activity_area_id, c.commitment" + LISTED + " ORDER BY c.id")) {
                while (rows.next()) {
                    long areaId = rows.getLong(5);
                    Optional<Long> area = rows.wasNull() ? Optional.empty() : Optional.of(areaId);
                    champions.add(new Champion(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                            area, rows.getString(6)));
                }
            }
            return champions;
        });
    }

    @Override
    public Champion add(Champion champion) {
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO champion (business_area, region, activity_area_id, commitment, stakeholder_id)"
                            + " VALUES (?, ?, ?, ?, ?)", new String[] {"id"})) {
                bind(insert, champion);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return stored(champion).withId(keys.getLong(1));
                }
            }
        });
    }

    @Override
    public void update(Champion champion) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE champion SET business_area = ?, region = ?, activity_area_id = ?, commitment = ?,"
                            + " stakeholder_id = ? WHERE id = ? AND deleted = FALSE")) {
                bind(update, champion);
                update.setLong(6, champion.id());
                if (update.executeUpdate() != 1) {
                    throw new StudioException("champions.error.gone");
                }
            }
            return null;
        });
    }

    /** Names are stored without outer spaces, so the gap check and the next session see the same text. */
    private static Champion stored(Champion champion) {
        return new Champion(champion.id(), champion.stakeholderId(), champion.businessArea().strip(),
                champion.region().strip(), champion.activityAreaId(), champion.commitment());
    }

    private static void bind(PreparedStatement statement, Champion champion) throws SQLException {
        Champion stored = stored(champion);
        statement.setString(1, stored.businessArea());
        statement.setString(2, stored.region());
        if (stored.activityAreaId().isPresent()) {
            statement.setLong(3, stored.activityAreaId().get());
        } else {
            statement.setNull(3, Types.BIGINT);
        }
        statement.setString(4, stored.commitment());
        statement.setLong(5, stored.stakeholderId());
    }

    @Override
    public void delete(long id) {
        setDeleted("champion", id, true, "champions.error.gone");
    }

    @Override
    public void restore(long id) {
        setDeleted("champion", id, false, "champions.error.gone");
    }

    @Override
    public List<EngagementEntry> engagements() {
        return database.inTransaction(connection -> {
            List<EngagementEntry> entries = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT e.id, e.champion_id, e.happened_on, e.note"
                         + " FROM engagement_entry e WHERE e.deleted = FALSE AND e.champion_id IN (SELECT c.id" + LISTED + ")"
                         + " ORDER BY e.happened_on, e.id")) {
                while (rows.next()) {
                    entries.add(new EngagementEntry(rows.getLong(1), rows.getLong(2),
                            rows.getDate(3).toLocalDate(), rows.getString(4)));
                }
            }
            return entries;
        });
    }

    @Override
    public EngagementEntry addEngagement(EngagementEntry entry) {
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO engagement_entry (champion_id, happened_on, note) VALUES (?, ?, ?)", new String[] {"id"})) {
                insert.setLong(1, entry.championId());
                insert.setDate(2, Date.valueOf(entry.date()));
                insert.setString(3, entry.note());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return entry.withId(keys.getLong(1));
                }
            }
        });
    }

    @Override
    public void deleteEngagement(long id) {
        setDeleted("engagement_entry", id, true, "champions.error.entryGone");
    }

    @Override
    public void restoreEngagement(long id) {
        setDeleted("engagement_entry", id, false, "champions.error.entryGone");
    }

    private void setDeleted(String table, long id, boolean deleted, String goneKey) {
        database.setDeleted(table, id, deleted, goneKey);
    }
}
