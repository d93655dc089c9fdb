package org.learnops.studio.persistence.jdbc;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.learnops.studio.domain.artefacts.Channel;
import org.learnops.studio.domain.artefacts.Communication;
import org.learnops.studio.domain.artefacts.CommunicationStatus;
import org.learnops.studio.domain.artefacts.Direction;
import org.learnops.studio.domain.artefacts.GlossaryTerm;
import org.learnops.studio.domain.artefacts.Integration;
import org.learnops.studio.domain.artefacts.LearningSystem;
import org.learnops.studio.domain.artefacts.Policy;
import org.learnops.studio.domain.artefacts.PolicyStatus;
import org.learnops.studio.domain.artefacts.SystemType;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.ArtefactsRepository;

final class JdbcArtefactsRepository implements ArtefactsRepository {

    /** Reads one row into a record. */
    @FunctionalInterface
    private interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Binds a record's fields as the first parameters of a statement. */
    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement statement, T value) throws SQLException;
    }

    private static final String TERM_COLUMNS = "term, definition, owner_id, synonyms";
    private static final String POLICY_COLUMNS = "title, area_id, owner_id, status, review_date, body";
    private static final String COMMUNICATION_COLUMNS = "audience, message, channel, send_date, owner_id, status";
    private static final String SYSTEM_COLUMNS = "name, system_type, owner_id, notes, map_x, map_y";
    private static final String INTEGRATION_COLUMNS = "from_system_id, to_system_id, data_exchanged, direction";

    private final Database database;

    JdbcArtefactsRepository(Database database) {
        this.database = database;
    }

    // --- glossary ---

    @Override
    public List<GlossaryTerm> glossary() {
        return list("glossary_term", TERM_COLUMNS, row -> new GlossaryTerm(row.getLong(1), row.getString(2),
                row.getString(3), id(row, 4), row.getString(5)));
    }

    @Override
    public GlossaryTerm addTerm(GlossaryTerm term) {
        return term.withId(insert("glossary_term", TERM_COLUMNS, term, JdbcArtefactsRepository::bindTerm));
    }

    @Override
    public void updateTerm(GlossaryTerm term) {
        update("glossary_term", TERM_COLUMNS, term, term.id(), JdbcArtefactsRepository::bindTerm);
    }

    private static void bindTerm(PreparedStatement statement, GlossaryTerm term) throws SQLException {
        statement.setString(1, term.term().strip());
        statement.setString(2, term.definition());
        bindId(statement, 3, term.ownerId());
        statement.setString(4, term.synonyms());
    }

    @Override
    public void setTermDeleted(long id, boolean deleted) {
        setDeleted("glossary_term", id, deleted);
    }

    // --- policies ---

    @Override
    public List<Policy> policies() {
        return list("policy", POLICY_COLUMNS, row -> new Policy(row.getLong(1), row.getString(2), id(row, 3), id(row, 4),
                PolicyStatus.valueOf(row.getString(5)), date(row, 6), row.getString(7)));
    }

    @Override
    public Policy addPolicy(Policy policy) {
        return policy.withId(insert("policy", POLICY_COLUMNS, policy, JdbcArtefactsRepository::bindPolicy));
    }

    @Override
    public void updatePolicy(Policy policy) {
        update("policy", POLICY_COLUMNS, policy, policy.id(), JdbcArtefactsRepository::bindPolicy);
    }

    private static void bindPolicy(PreparedStatement statement, Policy policy) throws SQLException {
        statement.setString(1, policy.title().strip());
        bindId(statement, 2, policy.areaId());
        bindId(statement, 3, policy.ownerId());
        statement.setString(4, policy.status().name());
        bindDate(statement, 5, policy.reviewDate());
        statement.setString(6, policy.body());
    }

    @Override
    public void setPolicyDeleted(long id, boolean deleted) {
        setDeleted("policy", id, deleted);
    }

    // --- communication plan ---

    @Override
    public List<Communication> communications() {
        return list("communication", COMMUNICATION_COLUMNS, row -> new Communication(row.getLong(1), row.getString(2),
                row.getString(3), Channel.valueOf(row.getString(4)), date(row, 5), id(row, 6),
                CommunicationStatus.valueOf(row.getString(7))));
    }

    @Override
    public Communication addCommunication(Communication communication) {
        return communication.withId(insert("communication", COMMUNICATION_COLUMNS, communication,
                JdbcArtefactsRepository::bindCommunication));
    }

    @Override
    public void updateCommunication(Communication communication) {
        update("communication", COMMUNICATION_COLUMNS, communication, communication.id(),
                JdbcArtefactsRepository::bindCommunication);
    }

    private static void bindCommunication(PreparedStatement statement, Communication communication) throws SQLException {
        statement.setString(1, communication.audience().strip());
        statement.setString(2, communication.message());
        statement.setString(3, communication.channel().name());
        bindDate(statement, 4, communication.date());
        bindId(statement, 5, communication.ownerId());
        statement.setString(6, communication.status().name());
    }

    @Override
    public void setCommunicationDeleted(long id, boolean deleted) {
        setDeleted("communication", id, deleted);
    }

    // --- ecosystem map ---

    @Override
    public List<LearningSystem> systems() {
        return list("learning_system", SYSTEM_COLUMNS, row -> new LearningSystem(row.getLong(1), row.getString(2),
                SystemType.valueOf(row.getString(3)), id(row, 4), row.getString(5), row.getInt(6), row.getInt(7)));
    }

    @Override
    public LearningSystem addSystem(LearningSystem system) {
        return system.withId(insert("learning_system", SYSTEM_COLUMNS, system, JdbcArtefactsRepository::bindSystem));
    }

    @Override
    public void updateSystem(LearningSystem system) {
        update("learning_system", SYSTEM_COLUMNS, system, system.id(), JdbcArtefactsRepository::bindSystem);
    }

    private static void bindSystem(PreparedStatement statement, LearningSystem system) throws SQLException {
        statement.setString(1, system.name().strip());
        statement.setString(2, system.type().name());
        bindId(statement, 3, system.ownerId());
        statement.setString(4, system.notes());
        statement.setInt(5, system.x());
        statement.setInt(6, system.y());
    }

    @Override
    public void setSystemDeleted(long id, boolean deleted) {
        setDeleted("learning_system", id, deleted);
    }

    @Override
    public Map<Long, String> removedSystemNames() {
        return database.inTransaction(connection -> {
            Map<Long, String> names = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT s.id, s.name FROM learning_system s"
                    + " WHERE s.deleted = TRUE AND EXISTS (SELECT 1 FROM system_integration i WHERE i.deleted = FALSE"
                    + " AND (i.from_system_id = s.id OR i.to_system_id = s.id)) ORDER BY s.id");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.put(rows.getLong(1), rows.getString(2));
                }
            }
            return names;
        });
    }

    @Override
    public List<Integration> integrations() {
        return list("system_integration", INTEGRATION_COLUMNS, row -> new Integration(row.getLong(1), row.getLong(2),
                row.getLong(3), row.getString(4), Direction.valueOf(row.getString(5))));
    }

    @Override
    public Integration addIntegration(Integration integration) {
        return integration.withId(insert("system_integration", INTEGRATION_COLUMNS, integration,
                JdbcArtefactsRepository::bindIntegration));
    }

    @Override
    public void updateIntegration(Integration integration) {
        update("system_integration", INTEGRATION_COLUMNS, integration, integration.id(),
                JdbcArtefactsRepository::bindIntegration);
    }

    private static void bindIntegration(PreparedStatement statement, Integration integration) throws SQLException {
        statement.setLong(1, integration.fromSystemId());
        statement.setLong(2, integration.toSystemId());
        statement.setString(3, integration.data());
        statement.setString(4, integration.direction().name());
    }

    @Override
    public void setIntegrationDeleted(long id, boolean deleted) {
        setDeleted("system_integration", id, deleted);
    }

    // --- shared SQL: table and column names are constants of this class, never user input ---

    private <T> List<T> list(String table, String columns, Reader<T> reader) {
        return database.inTransaction(connection -> {
            List<T> records = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, " + columns + " FROM " + table + " WHERE deleted = FALSE ORDER BY id");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    records.add(reader.read(rows));
                }
            }
            return records;
        });
    }

    private <T> long insert(String table, String columns, T value, Binder<T> binder) {
        int count = columns.split(",").length;
        String parameters = String.join(", ", java.util.Collections.nCopies(count, "?"));
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + table + " (" + columns + ") VALUES (" + parameters + ")", new String[] {"id"})) {
                binder.bind(insert, value);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    private <T> void update(String table, String columns, T value, long id, Binder<T> binder) {
        String[] names = columns.split(",\\s*");
        String assignments = String.join(" = ?, ", names) + " = ?";
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + table + " SET " + assignments + " WHERE id = ? AND deleted = FALSE")) {
                binder.bind(update, value);
                update.setLong(names.length + 1, id);
                if (update.executeUpdate() != 1) {
                    throw new StudioException("artefacts.error.gone");
                }
            }
            return null;
        });
    }

    private void setDeleted(String table, long id, boolean deleted) {
        database.setDeleted(table, id, deleted, "artefacts.error.gone");
    }

    private static Optional<Long> id(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(value);
    }

    private static Optional<LocalDate> date(ResultSet row, int column) throws SQLException {
        return Optional.ofNullable(row.getDate(column)).map(Date::toLocalDate);
    }

    private static void bindId(PreparedStatement statement, int index, Optional<Long> id) throws SQLException {
        if (id.isPresent()) {
            statement.setLong(index, id.get());
        } else {
            statement.setNull(index, Types.BIGINT);
        }
    }

    private static void bindDate(PreparedStatement statement, int index, Optional<LocalDate> date) throws SQLException {
        if (date.isPresent()) {
            statement.setDate(index, Date.valueOf(date.get()));
        } else {
            statement.setNull(index, Types.DATE);
        }
    }
}
