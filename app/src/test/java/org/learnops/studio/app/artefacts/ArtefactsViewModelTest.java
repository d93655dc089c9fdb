package org.learnops.studio.app.artefacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.app.common.FakeDialogService;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.SaveTracker;
import org.learnops.studio.app.common.SyncTaskRunner;
import org.learnops.studio.app.common.UndoManager;
import org.learnops.studio.domain.artefacts.EcosystemMap;
import org.learnops.studio.domain.artefacts.LearningSystem;
import org.learnops.studio.domain.artefacts.PolicyStatus;
import org.learnops.studio.domain.artefacts.SystemType;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.domain.stakeholder.StakeholderGroup;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.service.ArtefactsService;
import org.learnops.studio.service.ScopeService;
import org.learnops.studio.service.StakeholderService;
import org.learnops.studio.workspace.WorkspaceFile;

/** The Supporting artefacts step's ViewModel on a real workspace file, without a window, on a fixed day. */
class ArtefactsViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-15T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();
    private final Messages messages = Messages.load(Locale.ROOT);
    private final FakeDialogService dialogs = new FakeDialogService();
    private final UndoManager undo = new UndoManager();
    private WorkspaceFile file;
    private Workspace workspace;
    private ArtefactsViewModel viewModel;

    @BeforeEach
    void open() {
        file = WorkspaceFile.of(folder.resolve("plan"));
        workspace = opener.create(file);
        workspace.stakeholders().add(Stakeholder.named("Dana Reyes", StakeholderGroup.SENIOR_LEADER));
        viewModel = loaded();
    }

    private ArtefactsViewModel loaded() {
        ArtefactsViewModel loaded = new ArtefactsViewModel(new ArtefactsService(workspace.artefacts()),
                new StakeholderService(workspace.stakeholders()), new ScopeService(workspace.scope()), CLOCK,
                new SyncTaskRunner(), dialogs, messages, new SaveTracker(), undo);
        loaded.load();
        return loaded;
    }

    private ArtefactsViewModel reopened() {
        workspace.close();
        workspace = opener.open(file);
        return loaded();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private SystemRow addSystem(String name, SystemType type) {
        viewModel.newSystemProperty().set(name);
        viewModel.newSystemTypeProperty().set(type);
        viewModel.addSystem();
        return viewModel.selectedSystemProperty().get();
    }

    private void addTerm(String term) {
        viewModel.newTermProperty().set(term);
        viewModel.addTerm();
    }

    private List<String> visibleTerms() {
        return viewModel.visibleTerms().stream().map(row -> row.termProperty().get()).toList();
    }

    @Test
    void aMoveIsSavedAtOnceAndIsOneUndoStep() {
        SystemRow lms = addSystem("Cornerstone", SystemType.LMS);
        SystemRow hris = addSystem("Workday", SystemType.HRIS);
        assertEquals(EcosystemMap.MARGIN, lms.xProperty().get());
        assertNotEquals(lms.xProperty().get(), hris.xProperty().get(), "a new system gets a free place");

        viewModel.moveSystem(lms, 402.6, 311.2);

        assertEquals(403, lms.xProperty().get());
        assertEquals(311, lms.yProperty().get());
        assertEquals("Move “Cornerstone” on the map", undo.undoDescriptionProperty().get());
        undo.undo();
        assertEquals(List.of(EcosystemMap.MARGIN, EcosystemMap.MARGIN), List.of(lms.xProperty().get(), lms.yProperty().get()),
                "one undo takes back both coordinates");
        assertEquals(EcosystemMap.MARGIN, workspace.artefacts().systems().get(0).x());
        undo.redo();

        SystemRow stored = reopened().systems().get(0);
        assertEquals(List.of(403, 311), List.of(stored.xProperty().get(), stored.yProperty().get()));
    }

    @Test
    void aSystemCannotBeDroppedLeftOfOrAboveTheMapAndADropInPlaceIsNoStep() {
        SystemRow lms = addSystem("LMS", SystemType.LMS);
        String before = undo.undoDescriptionProperty().get();
        viewModel.moveSystem(lms, lms.xProperty().get(), lms.yProperty().get());
        assertEquals(before, undo.undoDescriptionProperty().get());
        viewModel.moveSystem(lms, -50, -3);
        assertEquals(List.of(0, 0), List.of(lms.xProperty().get(), lms.yProperty().get()));
        LearningSystem stored = workspace.artefacts().systems().get(0);
        assertEquals(List.of(0, 0), List.of(stored.x(), stored.y()));
    }

    @Test
    void anIntegrationNeedsTwoSystemsAndJoinsTheSelectedOneToAnother() {
        addSystem("LMS", SystemType.LMS);
        viewModel.addIntegration();
        assertFalse(viewModel.integrationErrorProperty().get().isEmpty());
        assertEquals(List.of(), workspace.artefacts().integrations());

        SystemRow hris = addSystem("HRIS", SystemType.HRIS);
        viewModel.addIntegration();
        IntegrationRow added = viewModel.selectedIntegrationProperty().get();
        assertEquals(hris.id(), added.fromProperty().get().id());
        added.dataProperty().set("people");
        assertEquals("people", workspace.artefacts().integrations().get(0).data());

        added.toProperty().set(added.fromProperty().get());
        assertEquals("An integration joins two different systems.", added.errorProperty("to").get());
        assertNotEquals(hris.id(), workspace.artefacts().integrations().get(0).toSystemId(), "the invalid end is not stored");
    }

    @Test
    void deletingASystemAsksFirstAndUndoBringsItBackWithItsIntegration() {
        SystemRow lms = addSystem("LMS", SystemType.LMS);
        SystemRow hris = addSystem("HRIS", SystemType.HRIS);
        viewModel.addIntegration();
        IntegrationRow integration = viewModel.selectedIntegrationProperty().get();

        dialogs.answers.add(false);
        viewModel.deleteSystem(hris);
        assertEquals(2, viewModel.systems().size(), "cancelled");

        dialogs.answers.add(true);
        viewModel.deleteSystem(hris);
        assertEquals(List.of(lms), viewModel.systems());
        assertTrue(viewModel.isBroken(integration));
        assertEquals("HRIS (deleted)", integration.fromProperty().get().label());
        assertEquals(1, workspace.artefacts().systems().size());

        undo.undo();
        assertEquals(List.of(lms, hris), viewModel.systems());
        assertFalse(viewModel.isBroken(integration));
        assertEquals("HRIS", integration.fromProperty().get().label());
        assertEquals(2, workspace.artefacts().systems().size());
    }

    @Test
    void theGlossaryIsAlphabeticalIgnoringCaseAndTheSearchLooksAtTermsSynonymsAndDefinitions() {
        addTerm("learning event");
        addTerm("Cohort");
        addTerm("Évaluation");
        addTerm("budget");
        assertEquals(List.of("budget", "Cohort", "Évaluation", "learning event"), visibleTerms());

        viewModel.selectedTermProperty().get().synonymsProperty().set("spend plan, funding");
        viewModel.terms().stream().filter(row -> row.termProperty().get().equals("Cohort")).findFirst().orElseThrow()
                .definitionProperty().set("People who learn together");
        viewModel.searchProperty().set("FUND");
        assertEquals(List.of("budget"), visibleTerms());
        viewModel.searchProperty().set("together");
        assertEquals(List.of("Cohort"), visibleTerms());
        viewModel.searchProperty().set("");
        assertEquals(4, visibleTerms().size());
    }

    @Test
    void aTakenOrBlankTermIsRefusedInlineAndNothingIsStored() {
        addTerm("Cohort");
        addTerm("  cohort ");
        assertEquals("“cohort” is already in the glossary.", viewModel.addErrorProperty().get());
        addTerm("   ");
        assertEquals("Required: type a name.", viewModel.addErrorProperty().get());
        assertEquals(1, workspace.artefacts().glossary().size());

        TermRow row = viewModel.terms().get(0);
        row.termProperty().set(" ");
        assertEquals("Required: type a name.", row.errorProperty("term").get());
        assertEquals("Cohort", workspace.artefacts().glossary().get(0).term(), "the stored term stays");
        assertTrue(dialogs.shown.isEmpty(), "validation is inline, never a dialog");
    }

    @Test
    void aPolicyKeepsATenThousandCharacterBodyAndIsFlaggedWhenItsReviewDatePasses() {
        viewModel.newPolicyProperty().set("Cancellation policy");
        viewModel.addPolicy();
        PolicyRow policy = viewModel.selectedPolicyProperty().get();
        String body = "Paragraph one.\n\n" + "x".repeat(10_000 - 16);
        policy.bodyProperty().set(body);
        policy.statusProperty().set(PolicyStatus.APPROVED);
        policy.reviewDateProperty().set(LocalDate.of(2027, 3, 14));
        policy.ownerProperty().set(viewModel.ownerChoices().get(1));
        policy.areaProperty().set(viewModel.areaChoices().get(2));
        assertTrue(policy.reviewOverdueProperty().get());
        policy.statusProperty().set(PolicyStatus.RETIRED);
        assertFalse(policy.reviewOverdueProperty().get(), "a retired policy needs no review");

        PolicyRow stored = reopened().policies().get(0);
        assertEquals(body, stored.bodyProperty().get());
        assertEquals(PolicyStatus.RETIRED, stored.statusProperty().get());
        assertEquals("Dana Reyes", stored.ownerProperty().get().label());
        assertEquals(viewModel.areaChoices().get(2), stored.areaProperty().get());
    }

    @Test
    void aDeletedCommunicationComesBackWithUndoAndEditsAreUndoable() {
        viewModel.newAudienceProperty().set("All people managers");
        viewModel.addCommunication();
        CommunicationRow row = viewModel.selectedCommunicationProperty().get();
        row.messageProperty().set("The new request form is live");
        undo.undo();
        assertEquals("", row.messageProperty().get());
        assertEquals("", workspace.artefacts().communications().get(0).message());

        dialogs.answers.add(true);
        viewModel.deleteCommunication(row);
        assertEquals(List.of(), workspace.artefacts().communications());
        undo.undo();
        assertEquals(List.of(row), viewModel.communications());
        assertEquals("All people managers", workspace.artefacts().communications().get(0).audience());
    }

    @Test
    void theMapIsSavedAsAReadablePngAndACancelledChooserWritesNothing() throws Exception {
        BufferedImage picture = new BufferedImage(120, 80, BufferedImage.TYPE_INT_ARGB);
        picture.setRGB(10, 10, Color.RED.getRGB());
        Path target = folder.resolve("map");
        dialogs.chosenFiles.add(Optional.of(target));

        viewModel.savePicture(() -> picture);

        Path png = folder.resolve("map.png");
        BufferedImage read = ImageIO.read(png.toFile());
        assertNotNull(read, "a PNG ImageIO can read");
        assertEquals(120, read.getWidth());
        assertEquals(Color.RED.getRGB(), read.getRGB(10, 10));
        assertEquals("information", dialogs.shown.get(0).kind());
        try (var files = Files.list(folder)) {
            assertTrue(files.noneMatch(path -> path.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }

        dialogs.chosenFiles.add(Optional.empty());
        viewModel.savePicture(() -> {
            throw new AssertionError("no snapshot when the user cancels");
        });
    }
}
