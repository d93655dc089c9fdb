package org.learnops.studio.persistence.jdbc;

/** The H2 URL settings the crash harness compares: ours, and H2's defaults for one of them each. */
enum CrashSettings {

    /** Production: {@link JdbcWorkspaceOpener#SETTINGS}. */
    OURS(JdbcWorkspaceOpener.SETTINGS),
    /** H2's default MAX_COMPACT_TIME (200 ms of chunk compaction when the database closes). */
    COMPACT_ON_CLOSE(";WRITE_DELAY=0"),
    /** H2's default WRITE_DELAY (500 ms): commits reach the file up to half a second later. */
    DELAYED_WRITES(";MAX_COMPACT_TIME=0"),
    /**
     * Ours plus RETENTION_TIME=0: H2 may reuse a dead chunk's space at once instead of after 45 s.
     * Keeps the file small; gives up the margin H2 keeps for writes the OS had not flushed.
     */
    NO_RETENTION(JdbcWorkspaceOpener.SETTINGS + ";RETENTION_TIME=0");

    private final String url;

    CrashSettings(String url) {
        this.url = url;
    }

    JdbcWorkspaceOpener opener() {
        return JdbcWorkspaceOpener.withSettings(url);
    }

    String url() {
        return url;
    }
}
