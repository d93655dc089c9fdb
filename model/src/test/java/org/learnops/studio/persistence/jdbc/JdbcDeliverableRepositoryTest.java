package org.learnops.studio.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.domain.expectations.Deliverable;
import org.learnops.studio.domain.expectations.DeliverableKind;
import org.learnops.studio.domain.expectations.DeliverableStatus;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.domain.stakeholder.StakeholderGroup;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.DeliverableRepository;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.workspace.WorkspaceFile;

/** The deliverables table on a real H2 file. */
class JdbcDeliverableRepositoryTest {

    @TempDir
    Path folder;

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();
    private WorkspaceFile file;
    private Workspace workspace;
    private DeliverableRepository deliverables;

    @BeforeEach
    void createWorkspace() {
        file = WorkspaceFile.of(folder.resolve("plan"));
        workspace = opener.create(file);
        deliverables = workspace.deliverables();
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    private List<Deliverable> reopened() {
        workspace.close();
        workspace = opener.open(file);
        deliverables = workspace.deliverables();
        return deliverables.list();
    }

    private Deliverable kind(DeliverableKind kind) {
        return deliverables.list().stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    }

    private static Deliverable filledIn(Deliverable d, long ownerId, LocalDate due, String notes) {
        return new Deliverable(d.id(), d.kind(), d.customTitle(), true, "So leaders say yes", "Executive board",
                Optional.of(ownerId), Optional.of(due), DeliverableStatus.IN_REVIEW, notes);
    }

    @Test
    void aNewWorkspaceOffersTheEightInTheArticlesOrderNoneTicked() {
        List<Deliverable> all = deliverables.list();

        assertEquals(Arrays.asList(DeliverableKind.values()), all.stream().map(Deliverable::kind).toList());
        for (Deliverable d : all) {
            assertFalse(d.included(), d.kind() + " starts unticked");
            assertEquals(DeliverableStatus.NOT_STARTED, d.status());
            assertEquals(Optional.empty(), d.ownerId());
            assertEquals(Optional.empty(), d.dueDate());
            assertEquals("", d.customTitle());
        }
    }

    @Test
    void everyFieldOfOneOfTheEightRoundTripsIncludingOwnerDueDateAndALongNote() {
        Stakeholder owner = workspace.stakeholders().add(Stakeholder.named("Dana Reyes", StakeholderGroup.SENIOR_LEADER));
        String start = "Line one\nLine two – “quoted” ✓\n";
        String note = start + "x".repeat(10_000 - start.length());
        assertEquals(10_000, note.length(), "a 10,000-character note");
        Deliverable changed = filledIn(kind(DeliverableKind.STAKEHOLDER_PITCH_DECK), owner.id(), LocalDate.of(2027, 2, 28), note);

        deliverables.update(changed);

        assertEquals(changed, reopened().get(0));
    }

    @Test
    void ownerAndDueDateCanBeClearedAgain() {
        Stakeholder owner = workspace.stakeholders().add(Stakeholder.named("Dana Reyes", StakeholderGroup.SENIOR_LEADER));
        Deliverable glossary = kind(DeliverableKind.GLOSSARY);
        deliverables.update(filledIn(glossary, owner.id(), LocalDate.of(2027, 1, 1), ""));

        deliverables.update(glossary);

        assertEquals(glossary, reopened().get(DeliverableKind.GLOSSARY.ordinal()));
    }

    @Test
    void oneOfTheEightNeverGetsACustomTitle() {
        Deliverable glossary = kind(DeliverableKind.GLOSSARY);

        deliverables.update(new Deliverable(glossary.id(), glossary.kind(), "Sneaky", true, "", "", Optional.empty(),
                Optional.empty(), DeliverableStatus.DONE, ""));

        assertEquals("", kind(DeliverableKind.GLOSSARY).customTitle());
    }

    @Test
    void aCustomDeliverableGetsAnIdComesLastAndKeepsItsTitleWithoutOuterSpaces() {
        Deliverable added = deliverables.addCustom(Deliverable.custom("  Onboarding guide "));

        List<Deliverable> all = reopened();
        assertEquals(9, all.size());
        assertEquals(added, all.get(8));
        assertEquals("Onboarding guide", added.customTitle());
        assertTrue(added.included());
        assertTrue(added.id() > 0);
    }

    @Test
    void aCustomDeliverableCanBeRenamed() {
        Deliverable added = deliverables.addCustom(Deliverable.custom("Onboarding guide"));
        Deliverable renamed = new Deliverable(added.id(), null, "Induction guide", true, "", "", Optional.empty(),
                Optional.empty(), DeliverableStatus.IN_PROGRESS, "");

        deliverables.update(renamed);

        assertEquals(renamed, reopened().get(8));
    }

    @Test
    void deletingHidesACustomDeliverableAndRestoreBringsItBackInPlaceWithEverything() {
        Stakeholder owner = workspace.stakeholders().add(Stakeholder.named("Lee", StakeholderGroup.LEARNING_OPS));
        Deliverable first = deliverables.addCustom(Deliverable.custom("FAQ"));
        Deliverable second = deliverables.addCustom(Deliverable.custom("Roadmap"));
        Deliverable filled = filledIn(first, owner.id(), LocalDate.of(2027, 5, 1), "notes");
        deliverables.update(filled);

        deliverables.delete(first.id());
        assertEquals(List.of(second), reopened().subList(8, deliverables.list().size()));

        deliverables.restore(first.id());
        assertEquals(List.of(filled, second), reopened().subList(8, 10));
    }

    @Test
    void aDeletedDeliverableCannotBeUpdated() {
        Deliverable added = deliverables.addCustom(Deliverable.custom("FAQ"));
        deliverables.delete(added.id());

        StudioException e = assertThrows(StudioException.class, () -> deliverables.update(added));

        assertEquals("expectations.error.gone", e.messageKey());
    }

    @Test
    void theEightCannotBeDeleted() {
        Deliverable glossary = kind(DeliverableKind.GLOSSARY);

        StudioException e = assertThrows(StudioException.class, () -> deliverables.delete(glossary.id()));

        assertEquals("expectations.error.gone", e.messageKey());
        assertEquals(8, reopened().size());
    }

    @Test
    void anOwnerWhoIsNotAStakeholderIsRefusedAndNothingChanges() {
        Deliverable glossary = kind(DeliverableKind.GLOSSARY);

        StudioException e = assertThrows(StudioException.class,
                () -> deliverables.update(filledIn(glossary, 999, LocalDate.of(2027, 1, 1), "")));

        assertEquals("workspace.error.storage", e.messageKey());
        assertEquals(glossary, kind(DeliverableKind.GLOSSARY));
    }

    @Test
    void aDeletedOwnerStaysStoredAndIsNamedAsRemoved() {
        Stakeholder kept = workspace.stakeholders().add(Stakeholder.named("Kim", StakeholderGroup.IT));
        Stakeholder gone = workspace.stakeholders().add(Stakeholder.named("Ana Silva", StakeholderGroup.HR));
        Stakeholder goneButOwnsNothing = workspace.stakeholders().add(Stakeholder.named("Bo", StakeholderGroup.HR));
        Deliverable glossary = filledIn(kind(DeliverableKind.GLOSSARY), gone.id(), LocalDate.of(2027, 1, 1), "");
        deliverables.update(glossary);
        deliverables.update(filledIn(kind(DeliverableKind.USER_RESEARCH), kept.id(), LocalDate.of(2027, 1, 1), ""));
        workspace.stakeholders().delete(gone.id());
        workspace.stakeholders().delete(goneButOwnsNothing.id());

        assertEquals(Optional.of(gone.id()), reopened().get(DeliverableKind.GLOSSARY.ordinal()).ownerId());
        assertEquals(Map.of(gone.id(), "Ana Silva"), deliverables.removedOwnerNames());

        workspace.stakeholders().restore(gone.id());
        assertEquals(Map.of(), deliverables.removedOwnerNames());
    }

    @Test
    void aWorkspaceFromBeforeTheExpectationsStepGainsTheEight() {
        workspace.close();
        WorkspaceFile older = WorkspaceFile.of(folder.resolve("older"));
        try (Workspace old = JdbcWorkspaceOpener.upToVersion("3").create(older)) {
            old.stakeholders().add(Stakeholder.named("Dana", StakeholderGroup.SENIOR_LEADER));
        }

        workspace = opener.open(older);

        assertEquals(8, workspace.deliverables().list().size());
        assertEquals(1, workspace.stakeholders().list().size());
    }
}
