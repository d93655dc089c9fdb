package org.learnops.studio.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.domain.artefacts.Channel;
import org.learnops.studio.domain.artefacts.Communication;
import org.learnops.studio.domain.artefacts.CommunicationStatus;
import org.learnops.studio.domain.artefacts.Direction;
import org.learnops.studio.domain.artefacts.GlossaryTerm;
import org.learnops.studio.domain.artefacts.Integration;
import org.learnops.studio.domain.artefacts.LearningSystem;
import org.learnops.studio.domain.artefacts.Policy;
import org.learnops.studio.domain.artefacts.PolicyStatus;
import org.learnops.studio.domain.artefacts.SystemType;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.domain.stakeholder.StakeholderGroup;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.ArtefactsRepository;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.workspace.WorkspaceFile;

/** The supporting artefacts' tables on a real H2 file. */
class JdbcArtefactsRepositoryTest {

    @TempDir
    Path folder;

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();
    private WorkspaceFile file;
    private Workspace workspace;
    private ArtefactsRepository artefacts;

    @BeforeEach
    void createWorkspace() {
        file = WorkspaceFile.of(folder.resolve("plan"));
        workspace = opener.create(file);
        artefacts = workspace.artefacts();
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    private void reopen() {
        workspace.close();
        workspace = opener.open(file);
        artefacts = workspace.artefacts();
    }

    @Test
    void everyArtefactSurvivesAReopenWithEveryField() {
        long owner = workspace.stakeholders().add(Stakeholder.named("Dana", StakeholderGroup.SENIOR_LEADER)).id();
        long area = workspace.scope().loadAreas().get(0).id();
        GlossaryTerm term = artefacts.addTerm(new GlossaryTerm(0, "Cohort", "People who learn together",
                Optional.of(owner), "class, group"));
        Policy policy = artefacts.addPolicy(new Policy(0, "Cancellations", Optional.of(area), Optional.of(owner),
                PolicyStatus.IN_REVIEW, Optional.of(LocalDate.of(2027, 6, 30)), "Line one\n\nLine “two” — ünïcødé"));
        Communication communication = artefacts.addCommunication(new Communication(0, "Managers", "New request form",
                Channel.TOWN_HALL, Optional.of(LocalDate.of(2027, 4, 1)), Optional.of(owner), CommunicationStatus.SENT));
        LearningSystem lms = artefacts.addSystem(new LearningSystem(0, "Cornerstone", SystemType.LMS, Optional.of(owner),
                "Main LMS", 24, 24));
        LearningSystem hris = artefacts.addSystem(LearningSystem.named("Workday", SystemType.HRIS).at(300, 24));
        Integration integration = artefacts.addIntegration(new Integration(0, hris.id(), lms.id(), "people, org units",
                Direction.TWO_WAY));

        reopen();

        assertEquals(List.of(term), artefacts.glossary());
        assertEquals(List.of(policy), artefacts.policies());
        assertEquals(List.of(communication), artefacts.communications());
        assertEquals(List.of(lms, hris), artefacts.systems());
        assertEquals(List.of(integration), artefacts.integrations());
    }

    @Test
    void aMovedSystemKeepsItsPlaceAfterAReopen() {
        LearningSystem lms = artefacts.addSystem(LearningSystem.named("LMS", SystemType.LMS).at(24, 24));
        artefacts.updateSystem(lms.at(517, 233));

        reopen();

        LearningSystem stored = artefacts.systems().get(0);
        assertEquals(517, stored.x());
        assertEquals(233, stored.y());
    }

    @Test
    void aTenThousandCharacterBodyAndDefinitionRoundTripIntact() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 10_000; i++) {
            text.append(i % 50 == 49 ? '\n' : (char) ('a' + i % 26));
        }
        String body = text.substring(0, 10_000).replace('q', 'é');
        Policy policy = artefacts.addPolicy(Policy.titled("Long"));
        artefacts.updatePolicy(new Policy(policy.id(), "Long", Optional.empty(), Optional.empty(), PolicyStatus.DRAFT,
                Optional.empty(), body));
        artefacts.addTerm(new GlossaryTerm(0, "Long", body, Optional.empty(), ""));

        reopen();

        assertEquals(body, artefacts.policies().get(0).body());
        assertEquals(10_000, artefacts.policies().get(0).body().length());
        assertEquals(body, artefacts.glossary().get(0).definition());
    }

    @Test
    void aDeletedRecordIsHiddenAndRestoredWithItsIdAndFields() {
        LearningSystem lms = artefacts.addSystem(LearningSystem.named("LMS", SystemType.LMS).at(24, 24));
        LearningSystem hris = artefacts.addSystem(LearningSystem.named("HRIS", SystemType.HRIS).at(300, 24));
        Integration integration = artefacts.addIntegration(new Integration(0, hris.id(), lms.id(), "people", Direction.ONE_WAY));
        Policy policy = artefacts.addPolicy(Policy.titled("Vendors"));

        artefacts.setSystemDeleted(hris.id(), true);
        artefacts.setPolicyDeleted(policy.id(), true);
        reopen();
        assertEquals(List.of(lms), artefacts.systems());
        assertEquals(List.of(integration), artefacts.integrations(), "the integration waits for its system to come back");
        assertEquals(Map.of(hris.id(), "HRIS"), artefacts.removedSystemNames());
        assertEquals(List.of(), artefacts.policies());
        assertThrows(StudioException.class, () -> artefacts.updatePolicy(policy), "a deleted policy is not edited");

        artefacts.setSystemDeleted(hris.id(), false);
        artefacts.setPolicyDeleted(policy.id(), false);
        reopen();
        assertEquals(List.of(lms, hris), artefacts.systems());
        assertEquals(Map.of(), artefacts.removedSystemNames());
        assertEquals(List.of(policy), artefacts.policies());
    }
}
