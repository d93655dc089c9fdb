package org.learnops.studio.testing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.nio.charset.StandardCharsets;
import org.learnops.studio.workspace.WorkspaceFile;

/**
 * A logical checksum of a closed workspace: SHA-256 over every table's name and the sorted hashes
 * of its rows (all columns, so soft-deleted rows, history and the Flyway table count; sorting the
 * row hashes makes it independent of the order H2 returns rows in, and works for LOB columns).
 *
 * <p>Why not the file's bytes ({@link FileFingerprint}): H2 writes chunk headers and may move pages
 * on every open and close, so the bytes of an unchanged workspace differ after a mere open. Why not
 * {@code SCRIPT}: it also prints identity counters, which an insert rolled back inside a refused
 * import may advance without storing anything. Rows are what the user's work is.
 * The file is opened read-only, so taking the checksum cannot change it.
 */
public final class WorkspaceChecksum {

    private WorkspaceChecksum() {
    }

    public static String of(WorkspaceFile file) {
        String url = "jdbc:h2:file:" + file.databasePath() + ";ACCESS_MODE_DATA=r";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (tables.isEmpty()) {
                throw new IllegalStateException("no tables in " + file + ": not a workspace");
            }
            long rows = 0;
            for (String table : tables) {
                digest.update(("\u0001" + table).getBytes(StandardCharsets.UTF_8));
                List<String> rowHashes = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        MessageDigest row = MessageDigest.getInstance("SHA-256");
                        for (int c = 1; c <= columns; c++) {
                            row.update(("\u0002" + rs.getString(c)).getBytes(StandardCharsets.UTF_8));
                        }
                        rowHashes.add(HexFormat.of().formatHex(row.digest()));
                    }
                }
                Collections.sort(rowHashes);
                rows += rowHashes.size();
                for (String rowHash : rowHashes) {
                    digest.update(rowHash.getBytes(StandardCharsets.US_ASCII));
                }
            }
            return tables.size() + " tables, " + rows + " rows, " + HexFormat.of().formatHex(digest.digest());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
