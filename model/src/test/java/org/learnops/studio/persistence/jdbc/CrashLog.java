package org.learnops.studio.persistence.jdbc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a killed {@link CrashWorkload} said on stdout, replayed: the content every acknowledged
 * operation promises, the one operation that had begun but was not acknowledged (it may or may not
 * have been committed), and for each backup the content promised when it began.
 */
final class CrashLog {

    /** One operation: once committed, record {@code key} reads {@code value}. */
    record Operation(long seq, String key, String value) {

        boolean isBackup() {
            return key.startsWith("backup:");
        }
    }

    /** The content of a fresh trial workspace, before the child changes anything. */
    static final Map<String, String> START = Map.of("strategy", "start");

    private final Map<String, String> acknowledged = new LinkedHashMap<>(START);
    private final Map<String, Map<String, String>> atBackupStart = new HashMap<>();
    private final List<String> backupsAcknowledged = new ArrayList<>();
    private Operation inFlight;
    private int acknowledgedOperations;
    private boolean ready;
    private boolean closing;
    private OptionalLong closeMillis = OptionalLong.empty();

    static CrashLog of(List<String> lines) {
        CrashLog log = new CrashLog();
        lines.forEach(log::read);
        return log;
    }

    private void read(String line) {
        String[] words = line.split(" ", 4);
        switch (words[0]) {
            case "READY" -> ready = true;
            case "CLOSING" -> closing = true;
            case "CLOSED" -> closeMillis = OptionalLong.of(Long.parseLong(words[1]));
            case "BEGIN" -> {
                if (inFlight != null) {
                    throw new IllegalStateException("BEGIN before the ACK of " + inFlight + ": " + line);
                }
                inFlight = new Operation(Long.parseLong(words[1]), words[2], words.length > 3 ? words[3] : "");
                if (inFlight.isBackup()) {
                    atBackupStart.put(inFlight.key(), new LinkedHashMap<>(acknowledged));
                }
            }
            case "ACK" -> {
                if (inFlight == null || inFlight.seq() != Long.parseLong(words[1])) {
                    throw new IllegalStateException("ACK without its BEGIN: " + line);
                }
                if (inFlight.isBackup()) {
                    backupsAcknowledged.add(inFlight.key());
                } else {
                    acknowledged.put(inFlight.key(), inFlight.value());
                }
                acknowledgedOperations++;
                inFlight = null;
            }
            default -> throw new IllegalStateException("the child printed an unexpected line: " + line);
        }
    }

    Map<String, String> acknowledged() {
        return acknowledged;
    }

    Optional<Operation> inFlight() {
        return Optional.ofNullable(inFlight);
    }

    /** The content acknowledged when backup {@code key} began, if it began. */
    Optional<Map<String, String>> atBackupStart(String key) {
        return Optional.ofNullable(atBackupStart.get(key));
    }

    List<String> backupsAcknowledged() {
        return backupsAcknowledged;
    }

    int acknowledgedOperations() {
        return acknowledgedOperations;
    }

    boolean ready() {
        return ready;
    }

    boolean closing() {
        return closing;
    }

    /** How long closing took, if the child got that far before the kill. */
    OptionalLong closeMillis() {
        return closeMillis;
    }
}
