package org.learnops.studio.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.domain.stakeholder.StakeholderGroup;
import org.learnops.studio.domain.stakeholder.Stance;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.StakeholderRepository;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.workspace.WorkspaceFile;

/** The stakeholder register on a real H2 file. */
class JdbcStakeholderRepositoryTest {

    private static final Stakeholder ANA = new Stakeholder(0, "Ana Lima", "CFO", StakeholderGroup.SENIOR_LEADER,
            "Retail", "EMEA", 5, 2, Stance.SKEPTIC, "ana@example.com");
    private static final Stakeholder BO = new Stakeholder(0, "Bo Chen", "LMS admin", StakeholderGroup.LEARNING_OPS,
            "", "APAC", 2, 5, Stance.CHAMPION, "");

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();

    @TempDir
    Path folder;

    private WorkspaceFile file;
    private Workspace workspace;
    private StakeholderRepository stakeholders;

    @BeforeEach
    void createWorkspace() {
        file = WorkspaceFile.of(folder.resolve("plan"));
        workspace = opener.create(file);
        stakeholders = workspace.stakeholders();
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    /** What the next session sees. */
    private List<Stakeholder> reopened() {
        workspace.close();
        workspace = opener.open(file);
        stakeholders = workspace.stakeholders();
        return stakeholders.list();
    }

    @Test
    void aNewWorkspaceHasAnEmptyRegister() {
        assertEquals(List.of(), stakeholders.list());
    }

    @Test
    void addedStakeholdersGetIdsAndKeepEveryFieldAcrossARestart() {
        Stakeholder ana = stakeholders.add(ANA);
        Stakeholder bo = stakeholders.add(BO);

        assertTrue(ana.id() > 0);
        assertNotEquals(ana.id(), bo.id());
        assertEquals(ANA.withId(ana.id()), ana);
        assertEquals(List.of(ana, bo), reopened(), "in the order they were added");
    }

    @Test
    void whatAddReturnsIsWhatIsStored() {
        Stakeholder added = stakeholders.add(new Stakeholder(0, "  Ana Lima ", "", StakeholderGroup.HR, "", "", 3, 3,
                Stance.NEUTRAL, " ana@example.com "));

        assertEquals("Ana Lima", added.name());
        assertEquals("ana@example.com", added.email());
        assertEquals(List.of(added), reopened());
    }

    @Test
    void anUpdateStoresEveryField() {
        Stakeholder ana = stakeholders.add(ANA);
        Stakeholder changed = new Stakeholder(ana.id(), "Ana Lima-Souza", "COO", StakeholderGroup.BUSINESS_AREA,
                "Wholesale", "LATAM", 1, 4, Stance.CHAMPION, "");

        stakeholders.update(changed);

        assertEquals(List.of(changed), reopened());
    }

    @Test
    void movingOnTheGridStoresInfluenceAndInterest() {
        Stakeholder ana = stakeholders.add(ANA);

        stakeholders.update(ana.withInfluenceAndInterest(1, 5));

        Stakeholder stored = reopened().get(0);
        assertEquals(1, stored.influence());
        assertEquals(5, stored.interest());
    }

    @Test
    void aDeletedStakeholderIsHiddenAndRestoredWithItsIdAndFields() {
        Stakeholder ana = stakeholders.add(ANA);
        Stakeholder bo = stakeholders.add(BO);

        stakeholders.delete(ana.id());
        assertEquals(List.of(bo), reopened(), "deleted survives a restart");

        stakeholders.restore(ana.id());
        assertEquals(List.of(ana, bo), reopened(), "back in its old place, with its id");
    }

    @Test
    void aDeletedStakeholderCannotBeUpdated() {
        Stakeholder ana = stakeholders.add(ANA);
        stakeholders.delete(ana.id());

        StudioException e = assertThrows(StudioException.class,
                () -> stakeholders.update(ana.withInfluenceAndInterest(1, 1)));

        assertEquals("stakeholder.error.gone", e.messageKey());
        stakeholders.restore(ana.id());
        assertEquals(List.of(ana), reopened(), "the refused update changed nothing");
    }

    @Test
    void deletingOrRestoringAnUnknownIdFails() {
        assertEquals("stakeholder.error.gone", assertThrows(StudioException.class, () -> stakeholders.delete(999)).messageKey());
        assertEquals("stakeholder.error.gone", assertThrows(StudioException.class, () -> stakeholders.restore(999)).messageKey());
    }

    @Test
    void theDatabaseRefusesRatingsOutOfRange() {
        StudioException e = assertThrows(StudioException.class,
                () -> stakeholders.add(ANA.withInfluenceAndInterest(6, 3)));

        assertEquals("workspace.error.storage", e.messageKey());
        assertEquals(List.of(), reopened());
    }

    @Test
    void textAtTheLimitsRoundTrips() {
        String longest = "é".repeat(200);
        String email = "a".repeat(254 - "@example.com".length()) + "@example.com";
        Stakeholder full = new Stakeholder(0, longest, longest, StakeholderGroup.LEGAL, longest, longest, 3, 3,
                Stance.BLOCKER, email);

        Stakeholder added = stakeholders.add(full);

        assertEquals(List.of(added), reopened());
        assertEquals(full.withId(added.id()), added);
    }
}
