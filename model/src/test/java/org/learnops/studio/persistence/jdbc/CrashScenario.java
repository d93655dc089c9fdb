package org.learnops.studio.persistence.jdbc;

/**
 * What the child JVM of the crash harness does until it is killed, with the short trial count the
 * default build runs and how long after the child's first acknowledgement (for CLOSE: after it
 * says {@code CLOSING}) the kill may come.
 */
enum CrashScenario {

    /** Single-row edits: stakeholders added and changed, the strategy's name, people added and changed. */
    EDITS(15, 1500),
    /** Events created with their sessions, enrolments and history line in one transaction. */
    EVENTS(15, 1500),
    /** Workshop files (a course, people, events, sessions, enrolments) imported one after another. */
    IMPORT(3, 3000),
    /** Edits with an online backup ({@code Workspace.backUpTo}) after every 10 to 30. */
    BACKUP(3, 2000),
    /** A few hundred edits and a few events, then the workspace is closed: the kill comes while it closes. */
    CLOSE(6, 20);

    private final int defaultTrials;
    private final int killWindowMillis;

    CrashScenario(int defaultTrials, int killWindowMillis) {
        this.defaultTrials = defaultTrials;
        this.killWindowMillis = killWindowMillis;
    }

    int defaultTrials() {
        return defaultTrials;
    }

    int killWindowMillis() {
        return killWindowMillis;
    }
}
