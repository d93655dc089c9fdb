package org.learnops.studio.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.scope.BuiltInArea;
import org.learnops.studio.domain.scope.Geography;
import org.learnops.studio.domain.scope.OrganisationalScope;
import org.learnops.studio.domain.scope.Strategy;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.error.WorkspaceLockedException;
import org.learnops.studio.error.WorkspaceTooNewException;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.testing.FileFingerprint;
import org.learnops.studio.workspace.WorkspaceFile;
import org.learnops.studio.workspace.WorkspaceLock;

class JdbcWorkspaceOpenerTest {

    private static final Strategy REGIONAL = new Strategy("Sales enablement", "Dana (CLO)", "Lee",
            OrganisationalScope.BUSINESS_AREA, "Sales", Geography.REGIONAL, List.of("EMEA", "APAC", "Americas"),
            "Owns the LMS budget; no say over vendor contracts.");

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();

    @TempDir
    Path folder;

    private WorkspaceFile file;

    @BeforeEach
    void nameTheWorkspace() {
        file = WorkspaceFile.of(folder.resolve("plan"));
    }

    @Test
    void aNewWorkspaceHasAnEmptyStrategyAndTheNineBuiltInAreasOutOfScope() {
        try (Workspace workspace = opener.create(file)) {
            assertEquals(file, workspace.file());
            assertTrue(Files.isRegularFile(file.path()), "H2 writes the file the workspace names");
            assertEquals(Strategy.empty(), workspace.scope().loadStrategy());

            List<ActivityArea> areas = workspace.scope().loadAreas();
            assertEquals(Arrays.asList(BuiltInArea.values()), areas.stream().map(ActivityArea::builtIn).toList());
            for (ActivityArea area : areas) {
                assertEquals(new ActivityArea(area.id(), area.builtIn(), "", false, "", 3, 3), area);
            }
            assertEquals(BuiltInArea.values().length, areas.stream().map(ActivityArea::id).distinct().count());
        }
    }

    @Test
    void createMakesMissingFolders() {
        WorkspaceFile nested = WorkspaceFile.of(folder.resolve("a").resolve("b").resolve("plan"));

        opener.create(nested).close();

        assertTrue(Files.isRegularFile(nested.path()));
    }

    @Test
    void whatWasSavedIsThereAfterReopening() {
        List<ActivityArea> saved;
        try (Workspace workspace = opener.create(file)) {
            workspace.scope().saveStrategy(REGIONAL);
            ActivityArea compliance = workspace.scope().loadAreas().get(BuiltInArea.COMPLIANCE.ordinal());
            workspace.scope().updateArea(compliance.withInScope(true).withRationale("Audits every quarter")
                    .withImpact(5).withEffort(4));
            workspace.scope().addCustomArea(new ActivityArea(0, null, "Onboarding", true, "New hires", 4, 2));
            saved = workspace.scope().loadAreas();
        }

        try (Workspace workspace = opener.open(file)) {
            assertEquals(REGIONAL, workspace.scope().loadStrategy());
            assertEquals(saved, workspace.scope().loadAreas());
            assertEquals(10, saved.size());
            assertEquals(new ActivityArea(saved.get(7).id(), BuiltInArea.COMPLIANCE, "", true,
                    "Audits every quarter", 5, 4), saved.get(7));
        }
    }

    @Test
    void createRefusesAnExistingFileAndLeavesItAlone() {
        opener.create(file).close();
        String before = FileFingerprint.sha256(file.path());

        StudioException e = assertThrows(StudioException.class, () -> opener.create(file));

        assertEquals("workspace.error.exists", e.messageKey());
        assertArrayEquals(new Object[] {file.path().toString()}, e.arguments());
        assertEquals(before, FileFingerprint.sha256(file.path()));
    }

    @Test
    void openRefusesAMissingFileWithoutCreatingOne() {
        StudioException e = assertThrows(StudioException.class, () -> opener.open(file));

        assertEquals("workspace.error.notFound", e.messageKey());
        assertFalse(Files.exists(file.path()));
    }

    @Test
    void anOlderWorkspaceIsMigratedAndKeepsItsData() {
        // A workspace as the first release wrote it: only V1 applied. That opener's repository
        // knows no areas table yet, so only the strategy is touched through it.
        try (Workspace old = JdbcWorkspaceOpener.upToVersion("1").create(file)) {
            old.scope().saveStrategy(REGIONAL);
            StudioException e = assertThrows(StudioException.class, () -> old.scope().loadAreas());
            assertEquals("workspace.error.storage", e.messageKey());
        }

        try (Workspace migrated = opener.open(file)) {
            assertEquals(REGIONAL, migrated.scope().loadStrategy());
            List<ActivityArea> areas = migrated.scope().loadAreas();
            assertEquals(Arrays.asList(BuiltInArea.values()), areas.stream().map(ActivityArea::builtIn).toList());
        }
    }

    @Test
    void theUserIsToldOnceWhenAnOlderWorkspaceIsBroughtUpToDate() {
        JdbcWorkspaceOpener.upToVersion("11").create(file).close();
        List<String> told = new ArrayList<>();

        opener.open(file, () -> told.add("updating")).close();
        assertEquals(List.of("updating"), told, "a workspace at V11 is migrated, and the user is told before");

        opener.open(file, () -> told.add("again")).close();
        assertEquals(List.of("updating"), told, "a workspace already at this version opens without a word");
        try (Workspace created = opener.create(WorkspaceFile.of(file.path().resolveSibling("new.mv.db")))) {
            assertEquals(List.of("updating"), told, "a new workspace is not being updated");
        }
    }

    @Test
    void aWorkspaceFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        opener.create(file).close();
        claimSchemaVersion999();
        String before = FileFingerprint.sha256(file.path());

        WorkspaceTooNewException e = assertThrows(WorkspaceTooNewException.class, () -> opener.open(file));

        assertEquals("workspace.error.tooNew", e.messageKey());
        assertArrayEquals(new Object[] {file.path().toString(), "999", latestMigrationVersion()}, e.arguments());
        assertEquals(before, FileFingerprint.sha256(file.path()));
        WorkspaceLock.acquire(file).close(); // the refused open let go of the lock
    }

    /** The highest V<n>__ migration this build ships: what the message says this version reads up to. */
    private static String latestMigrationVersion() throws Exception {
        try (var files = Files.list(Path.of(JdbcWorkspaceOpenerTest.class.getResource("/db/migration").toURI()))) {
            return String.valueOf(files.map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow());
        }
    }

    @Test
    void aWorkspaceFromANewerVersionIsAlsoRefusedWhenFlywayLooks() throws Exception {
        // An opener with a migration target cannot use its own list of migrations: Flyway's look decides.
        opener.create(file).close();
        claimSchemaVersion999();
        String before = FileFingerprint.sha256(file.path());

        WorkspaceTooNewException e = assertThrows(WorkspaceTooNewException.class,
                () -> JdbcWorkspaceOpener.upToVersion("5").open(file));

        assertArrayEquals(new Object[] {file.path().toString(), "999", latestMigrationVersion()}, e.arguments());
        assertEquals(before, FileFingerprint.sha256(file.path()));
        WorkspaceLock.acquire(file).close();
    }

    @Test
    void aWorkspaceAtTheNewestSchemaOpensWithoutFlyway() throws Exception {
        try (Workspace created = opener.create(file)) {
            created.scope().saveStrategy(REGIONAL);
        }
        List<String> history = schemaHistory();

        try (IsolatedClasses classes = new IsolatedClasses()) {
            try (AutoCloseable opened = classes.open(file.path())) {
                assertFalse(classes.loaded("org.flywaydb.core.Flyway"), "Flyway was not needed");
                assertFalse(classes.loaded("org.flywaydb.core.api.FlywayException"));
                assertFalse(classes.loaded(FlywayMigrations.class.getName()));
                assertTrue(classes.loaded(JdbcWorkspaceOpener.class.getName()), "the check looks at the right classes");
            }
        }

        assertEquals(history, schemaHistory(), "nothing migrated, nothing recorded");
        try (Workspace reopened = opener.open(file)) {
            assertEquals(REGIONAL, reopened.scope().loadStrategy());
        }
    }

    @Test
    void aWorkspaceWithAMigrationPendingIsMigratedByFlyway() throws Exception {
        try (Workspace old = JdbcWorkspaceOpener.upToVersion("9").create(file)) {
            old.scope().saveStrategy(REGIONAL);
        }

        try (IsolatedClasses classes = new IsolatedClasses()) {
            try (AutoCloseable opened = classes.open(file.path())) {
                assertTrue(classes.loaded("org.flywaydb.core.Flyway"), "V10 is pending: Flyway applies it");
            }
        }

        List<String> history = schemaHistory();
        assertEquals(latestMigrationVersion(), history.get(history.size() - 1));
        try (Workspace migrated = opener.open(file)) {
            assertEquals(REGIONAL, migrated.scope().loadStrategy());
        }
    }

    /** The versions in the workspace's schema history, oldest first. */
    private List<String> schemaHistory() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + file.databasePath(), "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT \"version\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"")) {
            List<String> versions = new java.util.ArrayList<>();
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
            return versions;
        }
    }

    /**
     * The model's classes and libraries loaded afresh, apart from this test's: which classes opening a
     * workspace loads can be asked of them (this test JVM has long loaded Flyway itself).
     */
    private static final class IsolatedClasses extends java.net.URLClassLoader {

        IsolatedClasses() throws Exception {
            super(classPath(), ClassLoader.getPlatformClassLoader());
        }

        private static java.net.URL[] classPath() throws Exception {
            List<java.net.URL> urls = new java.util.ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                urls.add(Path.of(entry).toUri().toURL());
            }
            return urls.toArray(new java.net.URL[0]);
        }

        /** Opens the workspace with the real opener, as these classes see it. */
        AutoCloseable open(Path path) throws Exception {
            Class<?> fileClass = loadClass(WorkspaceFile.class.getName());
            Object workspaceFile = fileClass.getMethod("of", Path.class).invoke(null, path);
            Class<?> openerClass = loadClass(JdbcWorkspaceOpener.class.getName());
            assertTrue(openerClass != JdbcWorkspaceOpener.class, "loaded apart");
            return (AutoCloseable) openerClass.getMethod("open", fileClass)
                    .invoke(openerClass.getConstructor().newInstance(), workspaceFile);
        }

        boolean loaded(String className) {
            return findLoadedClass(className) != null;
        }
    }

    @Test
    void anEmptyFileIsRefusedAsDamagedInsteadOfBecomingANewWorkspace() throws Exception {
        Files.createFile(file.path());

        StudioException e = assertThrows(org.learnops.studio.error.WorkspaceDamagedException.class, () -> opener.open(file));

        assertEquals("workspace.error.empty", e.messageKey());
        assertEquals(0, Files.size(file.path()));
    }

    /** What a later release would leave behind: a migration this version does not know. */
    private void claimSchemaVersion999() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + file.databasePath(), "sa", "")) {
            Set<String> columns = new HashSet<>();
            int lastRank;
            try (Statement statement = connection.createStatement()) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM \"flyway_schema_history\"")) {
                    ResultSetMetaData meta = rows.getMetaData();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
                    }
                }
                try (ResultSet row = statement.executeQuery(
                        "SELECT MAX(\"installed_rank\") FROM \"flyway_schema_history\"")) {
                    row.next();
                    lastRank = row.getInt(1);
                }
            }
            assertTrue(columns.containsAll(List.of("installed_rank", "version", "description", "type", "script",
                    "checksum", "installed_by", "execution_time", "success")), () -> "history columns: " + columns);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                            + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                            + " VALUES (?, '999', 'from the future', 'SQL', 'V999__from_the_future.sql', 12345,"
                            + " 'sa', 1, TRUE)")) {
                insert.setInt(1, lastRank + 1);
                assertEquals(1, insert.executeUpdate());
            }
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsUnreadableAndLeftUntouched() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new Random(42).nextBytes(garbage);
        Files.write(file.path(), garbage);

        StudioException e = assertThrows(StudioException.class, () -> opener.open(file));

        assertEquals("workspace.error.unreadable", e.messageKey());
        assertArrayEquals(garbage, Files.readAllBytes(file.path()));
        WorkspaceLock.acquire(file).close(); // the refused open let go of the lock
    }

    @Test
    void aWorkspaceOpenInThisProcessCannotBeOpenedAgainUntilItIsClosed() {
        Workspace first = opener.create(file);
        try {
            first.scope().saveStrategy(REGIONAL);

            WorkspaceLockedException e = assertThrows(WorkspaceLockedException.class, () -> opener.open(file));
            assertEquals("workspace.error.locked", e.messageKey());
            assertArrayEquals(new Object[] {file.path().toString()}, e.arguments());
            assertEquals(REGIONAL, first.scope().loadStrategy(), "the refused attempt did not disturb the first");
        } finally {
            first.close();
        }

        try (Workspace again = opener.open(file)) {
            assertEquals(REGIONAL, again.scope().loadStrategy());
        }
    }

    @Test
    void closingTwiceIsHarmlessAndAClosedWorkspaceRefusesWork() {
        Workspace workspace = opener.create(file);
        workspace.close();
        workspace.close();

        StudioException e = assertThrows(StudioException.class, () -> workspace.scope().loadStrategy());
        assertEquals("workspace.error.storage", e.messageKey());
    }
}
