package org.learnops.studio.persistence.jdbc;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.learnops.studio.domain.questions.Comparison;
import org.learnops.studio.domain.questions.DoneCondition;
import org.learnops.studio.domain.questions.KeyQuestion;
import org.learnops.studio.domain.questions.Metric;
import org.learnops.studio.domain.questions.MetricScope;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.KeyQuestionsRepository;

final class JdbcKeyQuestionsRepository implements KeyQuestionsRepository {

    private static final String COLUMNS =
            "id, question, metric, activity_area_id, business_area, comparison, threshold, target_date, owner_id";

    private final Database database;

    JdbcKeyQuestionsRepository(Database database) {
        this.database = database;
    }

    @Override
    public Map<KeyQuestion, String> answers() {
        return database.inTransaction(connection -> {
            Map<KeyQuestion, String> answers = new EnumMap<>(KeyQuestion.class);
            for (KeyQuestion question : KeyQuestion.values()) {
                answers.put(question, "");
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT question, answer_text FROM key_question")) {
                while (rows.next()) {
                    answers.put(KeyQuestion.valueOf(rows.getString(1)), rows.getString(2));
                }
            }
            return answers;
        });
    }

    @Override
    public void saveAnswer(KeyQuestion question, String answer) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE key_question SET answer_text = ? WHERE question = ?")) {
                update.setString(1, answer == null ? "" : answer);
                update.setString(2, question.name());
                if (update.executeUpdate() != 1) {
                    throw new StudioException("questions.error.gone");
                }
            }
            return null;
        });
    }

    @Override
    public List<DoneCondition> conditions() {
        return database.inTransaction(connection -> {
            List<DoneCondition> conditions = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT " + COLUMNS + " FROM done_condition WHERE deleted = FALSE ORDER BY id")) {
                while (rows.next()) {
                    conditions.add(read(rows));
                }
            }
            conditions.sort((a, b) -> a.question().compareTo(b.question()));
            return conditions;
        });
    }

    private static DoneCondition read(ResultSet row) throws SQLException {
        long areaId = row.getLong(4);
        Optional<Long> area = row.wasNull() ? Optional.empty() : Optional.of(areaId);
        BigDecimal threshold = row.getBigDecimal(7).stripTrailingZeros();
        Date target = row.getDate(8);
        long ownerId = row.getLong(9);
        Optional<Long> owner = row.wasNull() ? Optional.empty() : Optional.of(ownerId);
        return new DoneCondition(row.getLong(1), KeyQuestion.valueOf(row.getString(2)), Metric.valueOf(row.getString(3)),
                new MetricScope(area, row.getString(5)), Comparison.valueOf(row.getString(6)),
                threshold.scale() < 0 ? threshold.setScale(0) : threshold,
                Optional.ofNullable(target).map(Date::toLocalDate), owner);
    }

    @Override
    public DoneCondition add(DoneCondition condition) {
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO done_condition (question, metric, activity_area_id, business_area, comparison,"
                            + " threshold, target_date, owner_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
                bind(insert, condition);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return condition.withId(keys.getLong(1));
                }
            }
        });
    }

    @Override
    public void update(DoneCondition condition) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE done_condition SET question = ?, metric = ?, activity_area_id = ?, business_area = ?,"
                            + " comparison = ?, threshold = ?, target_date = ?, owner_id = ? WHERE id = ? AND deleted = FALSE")) {
                bind(update, condition);
                update.setLong(9, condition.id());
                if (update.executeUpdate() != 1) {
                    throw new StudioException("questions.error.gone");
                }
            }
            return null;
        });
    }

    /** Binds the first eight parameters: question to owner. */
    private static void bind(PreparedStatement statement, DoneCondition condition) throws SQLException {
        statement.setString(1, condition.question().name());
        statement.setString(2, condition.metric().name());
        if (condition.scope().activityAreaId().isPresent()) {
            statement.setLong(3, condition.scope().activityAreaId().get());
        } else {
            statement.setNull(3, Types.BIGINT);
        }
        statement.setString(4, condition.scope().businessArea());
        statement.setString(5, condition.comparison().name());
        statement.setBigDecimal(6, condition.threshold());
        if (condition.targetDate().isPresent()) {
            statement.setDate(7, Date.valueOf(condition.targetDate().get()));
        } else {
            statement.setNull(7, Types.DATE);
        }
        if (condition.ownerId().isPresent()) {
            statement.setLong(8, condition.ownerId().get());
        } else {
            statement.setNull(8, Types.BIGINT);
        }
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
        database.setDeleted("done_condition", id, deleted, "questions.error.gone");
    }
}
