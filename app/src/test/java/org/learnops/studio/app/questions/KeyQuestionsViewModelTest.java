package org.learnops.studio.app.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.app.common.FakeDialogService;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.SaveTracker;
import org.learnops.studio.app.common.SyncTaskRunner;
import org.learnops.studio.app.common.UndoManager;
import org.learnops.studio.domain.questions.Comparison;
import org.learnops.studio.domain.questions.DoneCondition;
import org.learnops.studio.domain.questions.KeyQuestion;
import org.learnops.studio.domain.questions.Metric;
import org.learnops.studio.domain.questions.OperationalFigures;
import org.learnops.studio.domain.questions.Signal;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.domain.stakeholder.StakeholderGroup;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.service.KeyQuestionsService;
import org.learnops.studio.service.ScopeService;
import org.learnops.studio.service.StakeholderService;
import org.learnops.studio.workspace.WorkspaceFile;

/** The Key questions ViewModel on a real workspace file, without a window, on a fixed day. */
class KeyQuestionsViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-15T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();
    private final Messages messages = Messages.load(Locale.ROOT);
    private final FakeDialogService dialogs = new FakeDialogService();
    private final SaveTracker saves = new SaveTracker();
    private final UndoManager undo = new UndoManager();
    private WorkspaceFile file;
    private Workspace workspace;
    private Stakeholder dana;
    private KeyQuestionsViewModel viewModel;

    @BeforeEach
    void openNewWorkspace() {
        file = WorkspaceFile.of(folder.resolve("plan"));
        workspace = opener.create(file);
        dana = workspace.stakeholders().add(Stakeholder.named("Dana Reyes", StakeholderGroup.SENIOR_LEADER));
        viewModel = loaded(OperationalFigures.NOT_YET_RECORDED);
    }

    private KeyQuestionsViewModel loaded(OperationalFigures figures) {
        KeyQuestionsViewModel loaded = new KeyQuestionsViewModel(new KeyQuestionsService(workspace.keyQuestions(), figures, CLOCK),
                new ScopeService(workspace.scope()), new StakeholderService(workspace.stakeholders()), new SyncTaskRunner(),
                dialogs, messages, saves, undo);
        loaded.load();
        return loaded;
    }

    private KeyQuestionsViewModel reopened() {
        workspace.close();
        workspace = opener.open(file);
        return loaded(OperationalFigures.NOT_YET_RECORDED);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private ConditionRowViewModel addCondition(KeyQuestion question, Metric metric) {
        viewModel.selectedProperty().set(viewModel.question(question));
        viewModel.newMetricProperty().set(metric);
        viewModel.addCondition();
        return viewModel.selectedConditionProperty().get();
    }

    @Test
    void showsTheFourQuestionsStartingWithTheFirst() {
        assertEquals(List.of(KeyQuestion.values()), viewModel.questions().stream().map(QuestionViewModel::question).toList());
        assertSame(viewModel.question(KeyQuestion.CONTENT), viewModel.selectedProperty().get());
    }

    @Test
    void anAnswerIsSavedAsTypedAndUndoable() {
        String longAnswer = "First paragraph.\n\n" + "x".repeat(10_000);
        viewModel.question(KeyQuestion.DELIVERY).answerProperty().set(longAnswer);
        assertEquals(longAnswer, workspace.keyQuestions().answers().get(KeyQuestion.DELIVERY));
        undo.undo();
        assertEquals("", viewModel.question(KeyQuestion.DELIVERY).answerProperty().get());
        assertEquals("", workspace.keyQuestions().answers().get(KeyQuestion.DELIVERY));
        undo.redo();
        assertEquals(longAnswer, reopened().question(KeyQuestion.DELIVERY).answerProperty().get());
    }

    @Test
    void aNewConditionHasTheMetricsUsualTargetAndSaysThereIsNoDataYetAndWhy() {
        ConditionRowViewModel row = addCondition(KeyQuestion.MEASUREMENT, Metric.ATTENDANCE_RATE);
        assertEquals(List.of(row), viewModel.question(KeyQuestion.MEASUREMENT).conditions());
        assertEquals("90", row.thresholdProperty().get());
        assertEquals("≥ 90 %", row.summaryProperty().get());
        assertEquals("No data yet", row.statusProperty().get());
        assertEquals("—", row.valueProperty().get());
        assertEquals(Signal.GREY, row.signalProperty().get());
        assertEquals(messages.get("metric.source.events"), row.reasonProperty().get());
        assertEquals(1, workspace.keyQuestions().conditions().size());
    }

    @Test
    void aThresholdOutsideTheRangeIsRefusedInlineWithTheRangeAndNotStored() {
        ConditionRowViewModel row = addCondition(KeyQuestion.DELIVERY, Metric.EVENT_FILL_RATE);
        row.thresholdProperty().set("150");
        assertEquals("Enter a value from 0 to 100: this measure is a percentage.", row.thresholdErrorProperty().get());
        assertEquals(new BigDecimal("80"), workspace.keyQuestions().conditions().get(0).threshold());
        row.thresholdProperty().set("eighty");
        assertTrue(row.thresholdErrorProperty().get().contains("0 to 100"), row.thresholdErrorProperty().get());
        row.thresholdProperty().set("85.5");
        assertEquals("", row.thresholdErrorProperty().get());
        assertEquals(new BigDecimal("85.5"), workspace.keyQuestions().conditions().get(0).threshold());
        assertEquals("≥ 85.5 %", row.summaryProperty().get());
        assertEquals(List.of(), dialogs.shown);
    }

    @Test
    void everyFieldOfAConditionIsStoredAndKeptAcrossReopening() {
        long events = new ScopeService(workspace.scope()).load().areas().get(4).id();
        ConditionRowViewModel row = addCondition(KeyQuestion.RESPONSIBILITY, Metric.COST_PER_ATTENDED_LEARNER);
        row.comparisonProperty().set(Comparison.LESS_THAN);
        row.thresholdProperty().set("412.50");
        assertEquals(LocalDate.of(2027, 6, 30), viewModel.typeTargetDate(row, "2027-06-30"));
        viewModel.typeTargetDate(row, "2027-02-30");
        assertEquals("“2027-02-30” is not a date. Write it as 2027-06-30.", row.targetDateErrorProperty().get());
        row.ownerProperty().set(viewModel.ownerChoices().stream().filter(c -> c.id().equals(Optional.of(dana.id()))).findFirst().orElseThrow());
        row.areaProperty().set(viewModel.areaChoices().stream().filter(c -> c.id().equals(Optional.of(events))).findFirst().orElseThrow());
        row.businessAreaProperty().set("Sales EMEA");

        DoneCondition stored = workspace.keyQuestions().conditions().get(0);
        assertEquals(Comparison.LESS_THAN, stored.comparison());
        assertEquals(new BigDecimal("412.5"), stored.threshold());
        assertEquals(Optional.of(LocalDate.of(2027, 6, 30)), stored.targetDate());
        assertEquals(Optional.of(dana.id()), stored.ownerId());
        assertEquals(Optional.of(events), stored.scope().activityAreaId());
        assertEquals("Sales EMEA", stored.scope().businessArea());

        ConditionRowViewModel again = reopened().question(KeyQuestion.RESPONSIBILITY).conditions().get(0);
        assertEquals("412.5", again.thresholdProperty().get());
        assertEquals("Dana Reyes", again.ownerProperty().get().label());
        assertEquals("Event management", again.areaProperty().get().label());
        assertEquals("< 412.5 (money) by 2027-06-30", again.summaryProperty().get());
        assertEquals("No data yet", again.statusProperty().get());
    }

    @Test
    void deleteAsksFirstAndUndoBringsTheSameConditionBack() {
        ConditionRowViewModel row = addCondition(KeyQuestion.CONTENT, Metric.CONTENT_REVIEWS_OVERDUE);
        long id = row.id();
        dialogs.answers.add(false);
        viewModel.delete(row);
        assertEquals("ask", dialogs.shown.get(0).kind());
        assertEquals(List.of(row), viewModel.question(KeyQuestion.CONTENT).conditions());

        dialogs.answers.add(true);
        viewModel.delete(row);
        assertEquals(List.of(), viewModel.question(KeyQuestion.CONTENT).conditions());
        assertNull(viewModel.selectedConditionProperty().get());
        assertEquals(List.of(), workspace.keyQuestions().conditions());

        undo.undo();
        assertEquals(List.of(row), viewModel.question(KeyQuestion.CONTENT).conditions());
        assertSame(row, viewModel.selectedConditionProperty().get());
        assertEquals(id, workspace.keyQuestions().conditions().get(0).id());

        row.thresholdProperty().set("2");
        assertEquals(new BigDecimal("2"), workspace.keyQuestions().conditions().get(0).threshold(), "the restored row saves again");
    }

    @Test
    void undoOfAnAddRemovesTheCondition() {
        addCondition(KeyQuestion.CONTENT, Metric.NO_SHOW_RATE);
        undo.undo();
        assertEquals(List.of(), viewModel.question(KeyQuestion.CONTENT).conditions());
        assertEquals(List.of(), workspace.keyQuestions().conditions());
    }

    @Test
    void aQuestionIsCompleteWithAnAnswerAndACondition() {
        QuestionViewModel content = viewModel.question(KeyQuestion.CONTENT);
        content.answerProperty().set("Authored by area experts.");
        assertEquals(false, content.completeProperty().get());
        addCondition(KeyQuestion.CONTENT, Metric.CONTENT_REVIEWS_OVERDUE);
        assertEquals(true, content.completeProperty().get());
    }

    @Test
    void withFiguresTheValueAndStatusShow() {
        KeyQuestionsViewModel live = loaded((metric, scope) -> Optional.of(new BigDecimal("72.5")));
        live.newMetricProperty().set(Metric.EVENT_FILL_RATE);
        live.addCondition();
        ConditionRowViewModel row = live.selectedConditionProperty().get();
        assertEquals("72.5 %", row.valueProperty().get());
        assertEquals("Not met", row.statusProperty().get());
        assertEquals(Signal.RED, row.signalProperty().get());
        live.typeTargetDate(row, "2027-01-31");
        assertEquals("Not met · overdue", row.statusProperty().get());
        row.thresholdProperty().set("70");
        assertEquals("Met", row.statusProperty().get());
        assertEquals(Signal.GREEN, row.signalProperty().get());
        assertEquals("", row.reasonProperty().get());
    }
}
