package org.learnops.studio.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.expectations.Deliverable;
import org.learnops.studio.domain.expectations.DeliverableKind;
import org.learnops.studio.domain.expectations.DeliverableStatus;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.domain.stakeholder.StakeholderGroup;
import org.learnops.studio.error.InvalidInputException;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.workspace.WorkspaceFile;

class DeliverableServiceTest {

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();

    @TempDir
    Path folder;

    private WorkspaceFile file;
    private Workspace workspace;
    private DeliverableService service;

    @BeforeEach
    void createWorkspace() {
        file = WorkspaceFile.of(folder.resolve("plan"));
        workspace = opener.create(file);
        service = new DeliverableService(workspace.deliverables());
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    private List<Deliverable> reopened() {
        workspace.close();
        workspace = opener.open(file);
        service = new DeliverableService(workspace.deliverables());
        return service.list();
    }

    private static Deliverable renamed(Deliverable d, String title) {
        return new Deliverable(d.id(), d.kind(), title, d.included(), d.purpose(), d.audience(), d.ownerId(),
                d.dueDate(), d.status(), d.notes());
    }

    private static Problem onlyProblem(Runnable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
        assertEquals(1, e.problems().size(), e.problems().toString());
        return e.problems().get(0);
    }

    @Test
    void aCustomDeliverableIsAddedIncludedAndNotStarted() {
        Deliverable added = service.addCustom("  Onboarding guide  ");

        Deliverable stored = reopened().get(8);
        assertEquals(added, stored);
        assertEquals("Onboarding guide", stored.customTitle());
        assertTrue(stored.included());
        assertEquals(DeliverableStatus.NOT_STARTED, stored.status());
    }

    @Test
    void blankCanonicalAndDuplicateTitlesAreRefusedAndNothingIsStored() {
        service.addCustom("FAQ");

        assertEquals("expectations.error.titleRequired", onlyProblem(() -> service.addCustom("   ")).messageKey());
        assertEquals("expectations.error.titleRequired", onlyProblem(() -> service.addCustom(null)).messageKey());
        assertEquals(Problem.of("title", "expectations.error.titleTaken", "glossary"),
                onlyProblem(() -> service.addCustom("glossary")));
        assertEquals(Problem.of("title", "expectations.error.titleTaken", "faq"), onlyProblem(() -> service.addCustom("faq ")));
        assertEquals(9, reopened().size());
    }

    @Test
    void aRenameThatClashesIsRefusedAndTheOldTitleStays() {
        service.addCustom("FAQ");
        Deliverable roadmap = service.addCustom("Roadmap");

        Problem problem = onlyProblem(() -> service.save(renamed(roadmap, "Faq")));

        assertEquals("expectations.error.titleTaken", problem.messageKey());
        assertEquals("Roadmap", reopened().get(9).customTitle());
    }

    @Test
    void savingStoresOwnerDueDateStatusAndATenThousandCharacterNote() {
        Stakeholder owner = workspace.stakeholders().add(Stakeholder.named("Dana", StakeholderGroup.SENIOR_LEADER));
        Deliverable glossary = service.list().get(DeliverableKind.GLOSSARY.ordinal());
        Deliverable changed = new Deliverable(glossary.id(), glossary.kind(), "", true, "Shared words", "Everyone",
                Optional.of(owner.id()), Optional.of(LocalDate.of(2027, 6, 30)), DeliverableStatus.DONE, "é".repeat(10_000));

        service.save(changed);

        assertEquals(changed, reopened().get(DeliverableKind.GLOSSARY.ordinal()));
    }

    @Test
    void aTooLongNoteIsRefused() {
        Deliverable glossary = service.list().get(DeliverableKind.GLOSSARY.ordinal());
        Deliverable changed = new Deliverable(glossary.id(), glossary.kind(), "", true, "", "", Optional.empty(),
                Optional.empty(), DeliverableStatus.DONE, "n".repeat(10_001));

        assertEquals("notes", onlyProblem(() -> service.save(changed)).field());
        assertEquals(glossary, reopened().get(DeliverableKind.GLOSSARY.ordinal()));
    }

    @Test
    void aDeletedCustomDeliverableComesBackWithRestore() {
        Deliverable faq = service.addCustom("FAQ");

        service.delete(faq);
        assertEquals(8, reopened().size());
        service.restore(faq);

        assertEquals(faq, reopened().get(8));
    }

    @Test
    void restoreIsRefusedWhenAnotherDeliverableTookTheTitleMeanwhile() {
        Deliverable faq = service.addCustom("FAQ");
        service.delete(faq);
        service.addCustom("faq");

        assertEquals("expectations.error.titleTaken", onlyProblem(() -> service.restore(faq)).messageKey());
        assertEquals(9, reopened().size());
    }

    @Test
    void theEightCannotBeDeleted() {
        Deliverable deck = service.list().get(0);

        StudioException e = assertThrows(StudioException.class, () -> service.delete(deck));

        assertEquals("expectations.error.builtInCannotBeDeleted", e.messageKey());
        assertEquals(8, reopened().size());
    }

    @Test
    void removedOwnersAreReportedByName() {
        Stakeholder ana = workspace.stakeholders().add(Stakeholder.named("Ana", StakeholderGroup.HR));
        Deliverable deck = service.list().get(0);
        service.save(new Deliverable(deck.id(), deck.kind(), "", true, "", "", Optional.of(ana.id()), Optional.empty(),
                DeliverableStatus.NOT_STARTED, ""));
        workspace.stakeholders().delete(ana.id());

        assertEquals(Map.of(ana.id(), "Ana"), service.removedOwnerNames());
    }
}
