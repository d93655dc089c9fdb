package org.learnops.studio.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.domain.champions.Champion;
import org.learnops.studio.domain.champions.EngagementEntry;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.domain.stakeholder.StakeholderGroup;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.ChampionRepository;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.workspace.WorkspaceFile;

/** Champions and engagement logs on a real H2 file. */
class JdbcChampionRepositoryTest {

    private static final LocalDate MAY_4 = LocalDate.of(2026, 5, 4);

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();

    @TempDir
    Path folder;

    private WorkspaceFile file;
    private Workspace workspace;
    private ChampionRepository champions;
    private Stakeholder ana;
    private Stakeholder bo;

    @BeforeEach
    void createWorkspace() {
        file = WorkspaceFile.of(folder.resolve("plan"));
        workspace = opener.create(file);
        champions = workspace.champions();
        ana = workspace.stakeholders().add(Stakeholder.named("Ana", StakeholderGroup.BUSINESS_AREA));
        bo = workspace.stakeholders().add(Stakeholder.named("Bo", StakeholderGroup.HR));
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    private void reopen() {
        workspace.close();
        workspace = opener.open(file);
        champions = workspace.champions();
    }

    private long complianceAreaId() {
        return workspace.scope().loadAreas().get(7).id();
    }

    @Test
    void aChampionKeepsEveryFieldAcrossARestart() {
        Champion added = champions.add(new Champion(0, ana.id(), " Retail ", "EMEA ", Optional.of(complianceAreaId()),
                "Opens doors\nin the branch network"));

        assertTrue(added.id() > 0);
        assertEquals(new Champion(added.id(), ana.id(), "Retail", "EMEA", Optional.of(complianceAreaId()),
                "Opens doors\nin the branch network"), added, "names stored without outer spaces");
        reopen();
        assertEquals(List.of(added), champions.list());
    }

    @Test
    void anUpdateStoresEveryFieldIncludingClearingTheActivityArea() {
        Champion added = champions.add(new Champion(0, ana.id(), "Retail", "", Optional.of(complianceAreaId()), ""));
        Champion changed = new Champion(added.id(), bo.id(), "Wholesale", "APAC", Optional.empty(), "Monthly update");

        champions.update(changed);

        reopen();
        assertEquals(List.of(changed), champions.list());
    }

    @Test
    void aTenThousandCharacterCommitmentAndNoteRoundTripIntact() {
        String text = "Commitment with ünïcödé, quotes ' \" and newlines\n".repeat(250).substring(0, 10_000);
        Champion added = champions.add(new Champion(0, ana.id(), "", "", Optional.empty(), text));
        EngagementEntry entry = champions.addEngagement(new EngagementEntry(0, added.id(), MAY_4, text));

        reopen();

        assertEquals(10_000, champions.list().get(0).commitment().length());
        assertEquals(text, champions.list().get(0).commitment());
        assertEquals(List.of(entry), champions.engagements());
        assertEquals(text, champions.engagements().get(0).note());
    }

    @Test
    void aDeletedChampionIsHiddenAndRestoredWithItsLog() {
        Champion first = champions.add(Champion.of(ana.id(), "Retail", ""));
        Champion second = champions.add(Champion.of(bo.id(), "", "EMEA"));
        EngagementEntry entry = champions.addEngagement(new EngagementEntry(0, first.id(), MAY_4, "Kick-off"));

        champions.delete(first.id());
        reopen();
        assertEquals(List.of(second), champions.list());
        assertEquals(List.of(), champions.engagements(), "the log goes with its champion");

        champions.restore(first.id());
        reopen();
        assertEquals(List.of(first, second), champions.list());
        assertEquals(List.of(entry), champions.engagements());
    }

    @Test
    void championsOfADeletedStakeholderAreHiddenUntilTheStakeholderIsRestored() {
        Champion champion = champions.add(Champion.of(ana.id(), "Retail", ""));
        EngagementEntry entry = champions.addEngagement(new EngagementEntry(0, champion.id(), MAY_4, "Kick-off"));

        workspace.stakeholders().delete(ana.id());
        reopen();
        assertEquals(List.of(), champions.list());
        assertEquals(List.of(), champions.engagements());

        workspace.stakeholders().restore(ana.id());
        assertEquals(List.of(champion), champions.list());
        assertEquals(List.of(entry), champions.engagements());
    }

    @Test
    void aDeletedChampionCannotBeUpdated() {
        Champion champion = champions.add(Champion.of(ana.id(), "Retail", ""));
        champions.delete(champion.id());

        StudioException e = assertThrows(StudioException.class,
                () -> champions.update(new Champion(champion.id(), ana.id(), "Wholesale", "", Optional.empty(), "")));

        assertEquals("champions.error.gone", e.messageKey());
    }

    @Test
    void aChampionNeedsAStakeholderThatExists() {
        StudioException e = assertThrows(StudioException.class, () -> champions.add(Champion.of(999, "Retail", "")));

        assertEquals("workspace.error.storage", e.messageKey());
        assertEquals(List.of(), champions.list());
    }

    @Test
    void engagementsComeOldestFirstAndDeletedOnesAreHiddenUntilRestored() {
        Champion champion = champions.add(Champion.of(ana.id(), "Retail", ""));
        Champion other = champions.add(Champion.of(bo.id(), "", "EMEA"));
        EngagementEntry later = champions.addEngagement(new EngagementEntry(0, champion.id(), MAY_4.plusDays(3), "Workshop"));
        EngagementEntry earlier = champions.addEngagement(new EngagementEntry(0, champion.id(), MAY_4, "Call"));
        EngagementEntry others = champions.addEngagement(new EngagementEntry(0, other.id(), MAY_4.plusDays(1), "Lunch"));

        assertEquals(List.of(earlier, others, later), champions.engagements());

        champions.deleteEngagement(earlier.id());
        reopen();
        assertEquals(List.of(others, later), champions.engagements());
        champions.restoreEngagement(earlier.id());
        reopen();
        assertEquals(List.of(earlier, others, later), champions.engagements());
    }

    @Test
    void unknownIdsFailWithTheirOwnMessage() {
        assertEquals("champions.error.gone",
                assertThrows(StudioException.class, () -> champions.delete(999)).messageKey());
        assertEquals("champions.error.entryGone",
                assertThrows(StudioException.class, () -> champions.restoreEngagement(999)).messageKey());
    }

    @Test
    void anOlderWorkspaceGetsTheChampionTablesWhenOpened() {
        WorkspaceFile older = WorkspaceFile.of(folder.resolve("older"));
        try (Workspace v3 = JdbcWorkspaceOpener.upToVersion("3").create(older)) {
            v3.stakeholders().add(Stakeholder.named("Cy", StakeholderGroup.IT));
        }

        try (Workspace migrated = opener.open(older)) {
            long cy = migrated.stakeholders().list().get(0).id();
            Champion champion = migrated.champions().add(Champion.of(cy, "", "LATAM"));
            assertEquals(List.of(champion), migrated.champions().list());
        }
    }
}
