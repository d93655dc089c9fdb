package org.learnops.studio.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.RecordTables;
import org.learnops.studio.persistence.RecordTables.Column;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.workspace.WorkspaceFile;

/**
 * The workshop-file import's writes: batched inserts that keep their ids, and the identity restart
 * that comes after them inside the same transaction. The import is all or nothing only because
 * that restart (DDL) does not end the transaction on H2: pinned here, so an H2 upgrade that
 * changes it fails a test.
 */
class JdbcRecordTablesTest {

    private static final List<Column> ROOM = List.of(new Column("id", Long.class), new Column("name", String.class),
            new Column("site", String.class), new Column("capacity", Integer.class), new Column("is_virtual", Boolean.class),
            new Column("link", String.class));

    @TempDir
    Path dir;
    private WorkspaceFile file;
    private Workspace workspace;

    @BeforeEach
    void create() {
        file = WorkspaceFile.of(dir.resolve("w"));
        workspace = new JdbcWorkspaceOpener().create(file);
    }

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    private static Object[] room(long id, String name) {
        return new Object[] {id, name, "HQ", 10, false, ""};
    }

    private List<String> rooms() {
        List<String> names = new ArrayList<>();
        workspace.recordTables().forEachRow("room", List.of(new Column("id", Long.class), new Column("name", String.class)),
                List.of("id"), false, row -> names.add(row[0] + " " + row[1]));
        return names;
    }

    @Test
    void aFailureAfterTheIdentityRestartRollsBackEveryRow() {
        RecordTables tables = workspace.recordTables();

        StudioException refused = assertThrows(StudioException.class, () -> tables.inTransaction(writer -> {
            RecordTables.Inserts inserts = writer.inserts("room", ROOM);
            for (long id = 1; id <= 2_500; id++) {
                inserts.add(room(id, "Room " + id));
            }
            writer.restartIdentity("room", "id");
            throw new StudioException("workshopFile.rule.currency", "$.operations.costLines[0]");
        }));

        assertEquals("workshopFile.rule.currency", refused.messageKey());

        assertEquals(List.of(), rooms());
    }

    @Test
    void rowsKeepTheirIdsAndTheIdentityContinuesAboveThem() throws SQLException {
        workspace.recordTables().inTransaction(writer -> {
            RecordTables.Inserts inserts = writer.inserts("room", ROOM);
            inserts.add(room(7, "Seven"));
            writer.forEachRow("room", List.of(new Column("id", Long.class)), List.of("id"), false, row -> { });
            inserts.add(room(3, "Three")); // after another statement: prepared again, still added
            writer.restartIdentity("room", "id");
            return null;
        });
        assertEquals(List.of("3 Three", "7 Seven"), rooms());
        workspace.close();
        workspace = null;

        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + file.databasePath(), "sa", "");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO room (name, site, capacity, is_virtual, link) VALUES ('New', 'HQ', 1, FALSE, '')",
                     new String[] {"id"})) {
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                assertEquals(8, keys.getLong(1));
            }
        }
    }
}
