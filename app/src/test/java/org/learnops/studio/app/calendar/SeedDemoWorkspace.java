package org.learnops.studio.app.calendar;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.workspace.DataFolder;

/**
 * Not a test: fills a data folder's default workspace with a demo month, for looking at the
 * screens under Xvfb. Runs only when asked:
 * {@code mvn -pl app -am verify -Dtest=SeedDemoWorkspace -Dlearnops.seedDemo=/tmp/cal-data -DskipITs}.
 */
@EnabledIfSystemProperty(named = "learnops.seedDemo", matches = ".+")
class SeedDemoWorkspace {

    @Test
    void seed() {
        Path folder = Path.of(System.getProperty("learnops.seedDemo"));
        ZoneId zone = ZoneId.systemDefault();
        try (Workspace workspace = new JdbcWorkspaceOpener().create(DataFolder.defaultWorkspace(folder))) {
            new Seed(workspace, Clock.system(zone)).demoMonth(LocalDate.now(zone), zone);
        }
    }
}
