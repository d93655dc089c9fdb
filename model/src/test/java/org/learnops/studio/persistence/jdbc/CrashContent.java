package org.learnops.studio.persistence.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The records the crash workload writes, read back from a workspace with SQL as {@code key → value}
 * in the same terms as {@link CrashLog}, and compared with what the log promised.
 */
final class CrashContent {

    private CrashContent() {
    }

    /** What the comparison found; {@code problems} says which records, for the failure message. */
    record Verdict(int lost, int partial, int unexpected, List<String> problems) {

        boolean clean() {
            return lost == 0 && partial == 0 && unexpected == 0;
        }
    }

    static Map<String, String> read(Connection connection) throws SQLException {
        Map<String, String> content = new TreeMap<>();
        try (Statement sql = connection.createStatement()) {
            try (ResultSet rows = sql.executeQuery("SELECT name FROM strategy WHERE id = 1")) {
                while (rows.next()) {
                    content.put("strategy", rows.getString(1));
                }
            }
            try (ResultSet rows = sql.executeQuery("SELECT name, role_title FROM stakeholder WHERE name LIKE '"
                    + CrashWorkload.STAKEHOLDER + "%'")) {
                while (rows.next()) {
                    content.merge("stakeholder:" + rows.getString(1), rows.getString(2), (a, b) -> a + " AND " + b);
                }
            }
            try (ResultSet rows = sql.executeQuery("SELECT name, region FROM person WHERE name LIKE '"
                    + CrashWorkload.PERSON + "%'")) {
                while (rows.next()) {
                    content.merge("person:" + rows.getString(1), rows.getString(2), (a, b) -> a + " AND " + b);
                }
            }
            try (ResultSet rows = sql.executeQuery("SELECT e.region,"
                    + " (SELECT COUNT(*) FROM event_session s WHERE s.event_id = e.id),"
                    + " (SELECT COUNT(*) FROM enrolment n WHERE n.event_id = e.id),"
                    + " (SELECT COUNT(*) FROM audit_entry a WHERE a.event_id = e.id)"
                    + " FROM training_event e WHERE e.region LIKE '" + CrashWorkload.EVENT + "%'")) {
                while (rows.next()) {
                    content.merge("event:" + rows.getString(1), "sessions=" + rows.getInt(2) + " enrolments="
                            + rows.getInt(3) + " history=" + rows.getInt(4), (a, b) -> a + " AND " + b);
                }
            }
            readImports(sql, content);
        }
        return content;
    }

    /** Per import n: its people ({@code Imported n-j}), course ({@code Import course n}) and the course's events, sessions, enrolments. */
    private static void readImports(Statement sql, Map<String, String> content) throws SQLException {
        Map<String, Integer> people = new TreeMap<>();
        try (ResultSet rows = sql.executeQuery("SELECT name FROM person WHERE name LIKE 'Imported %'")) {
            while (rows.next()) {
                String name = rows.getString(1);
                people.merge(name.substring("Imported ".length(), name.lastIndexOf('-')), 1, Integer::sum);
            }
        }
        Map<String, String> courses = new TreeMap<>();
        try (ResultSet rows = sql.executeQuery("SELECT c.title, COUNT(DISTINCT c.id), COUNT(DISTINCT e.id),"
                + " COUNT(DISTINCT s.id), COUNT(DISTINCT n.id) FROM course c"
                + " LEFT JOIN training_event e ON e.course_id = c.id"
                + " LEFT JOIN event_session s ON s.event_id = e.id"
                + " LEFT JOIN enrolment n ON n.event_id = e.id"
                + " WHERE c.title LIKE 'Import course %' GROUP BY c.title")) {
            while (rows.next()) {
                courses.put(rows.getString(1).substring("Import course ".length()), " courses=" + rows.getInt(2)
                        + " events=" + rows.getInt(3) + " sessions=" + rows.getInt(4) + " enrolments=" + rows.getInt(5));
            }
        }
        TreeSet<String> imports = new TreeSet<>(people.keySet());
        imports.addAll(courses.keySet());
        for (String n : imports) {
            content.put("import:" + n, "people=" + people.getOrDefault(n, 0)
                    + courses.getOrDefault(n, " courses=0 events=0 sessions=0 enrolments=0"));
        }
    }

    /** Writes the whole database as SQL to {@code file} (H2 reads every row of every table to do it). */
    static void script(Connection connection, Path file) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("SCRIPT TO '" + file.toString().replace("'", "''") + "'");
        }
    }

    /**
     * Compares {@code actual} with what the log promised: every acknowledged record with its value
     * (or the value of the operation in flight, which may have been committed); a multi-row record
     * (event, import) with all its rows or, if it was in flight, none; nothing else.
     *
     * @param importValue what a whole import reads as (the log only says {@value CrashWorkload#IMPORT_VALUE})
     */
    static Verdict compare(Map<String, String> acknowledged, Optional<CrashLog.Operation> inFlight,
                           Map<String, String> actual, String importValue) {
        int lost = 0;
        int partial = 0;
        int unexpected = 0;
        List<String> problems = new ArrayList<>();
        Optional<CrashLog.Operation> flying = inFlight.filter(op -> !op.isBackup());
        for (Map.Entry<String, String> promised : acknowledged.entrySet()) {
            String key = promised.getKey();
            String expected = expand(promised.getValue(), importValue);
            String found = actual.get(key);
            if (expected.equals(found) || flying.filter(op -> op.key().equals(key)
                    && expand(op.value(), importValue).equals(found)).isPresent()) {
                continue;
            }
            if (found == null) {
                lost++;
                problems.add("acknowledged but missing: " + key + " = " + expected);
            } else if (isMultiRow(key)) {
                partial++;
                problems.add("acknowledged but partial: " + key + " = " + found + ", expected " + expected);
            } else {
                lost++;
                problems.add("acknowledged value lost: " + key + " = " + found + ", expected " + expected);
            }
        }
        for (Map.Entry<String, String> found : actual.entrySet()) {
            String key = found.getKey();
            if (acknowledged.containsKey(key)) {
                continue;
            }
            Optional<CrashLog.Operation> op = flying.filter(o -> o.key().equals(key));
            if (op.isPresent() && expand(op.get().value(), importValue).equals(found.getValue())) {
                continue;
            }
            if (op.isPresent() && isMultiRow(key)) {
                partial++;
                problems.add("in flight and partial: " + key + " = " + found.getValue() + ", whole: "
                        + expand(op.get().value(), importValue));
            } else {
                unexpected++;
                problems.add("never acknowledged nor in flight: " + key + " = " + found.getValue());
            }
        }
        return new Verdict(lost, partial, unexpected, problems);
    }

    private static String expand(String value, String importValue) {
        return CrashWorkload.IMPORT_VALUE.equals(value) ? importValue : value;
    }

    private static boolean isMultiRow(String key) {
        return key.startsWith("event:") || key.startsWith("import:");
    }
}
