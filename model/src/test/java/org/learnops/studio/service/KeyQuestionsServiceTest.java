package org.learnops.studio.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.questions.Comparison;
import org.learnops.studio.domain.questions.ConditionStatus;
import org.learnops.studio.domain.questions.DoneCondition;
import org.learnops.studio.domain.questions.KeyQuestion;
import org.learnops.studio.domain.questions.Metric;
import org.learnops.studio.domain.questions.OperationalFigures;
import org.learnops.studio.error.InvalidInputException;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.workspace.WorkspaceFile;

/** The Key questions step's use cases on a real workspace. */
class KeyQuestionsServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-15T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Workspace workspace;
    private KeyQuestionsService service;

    @BeforeEach
    void open() {
        workspace = new JdbcWorkspaceOpener().create(WorkspaceFile.of(folder.resolve("plan")));
        service = new KeyQuestionsService(workspace.keyQuestions(), OperationalFigures.NOT_YET_RECORDED, CLOCK);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aNewConditionStartsWithTheMetricsUsualTarget() {
        DoneCondition added = service.add(KeyQuestion.DELIVERY, Metric.NO_SHOW_RATE);
        assertEquals(Comparison.AT_MOST, added.comparison());
        assertEquals(new BigDecimal("10"), added.threshold());
        assertEquals(List.of(added), service.conditions());
    }

    @Test
    void aThresholdOutsideTheRangeIsRefusedAndTheStoredOneStays() {
        DoneCondition added = service.add(KeyQuestion.DELIVERY, Metric.EVENT_FILL_RATE);
        DoneCondition tooHigh = new DoneCondition(added.id(), added.question(), added.metric(), added.scope(),
                added.comparison(), new BigDecimal("150"), Optional.empty(), Optional.empty());
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> service.save(tooHigh));
        assertEquals(List.of(Problem.of("threshold", "questions.error.range", "0", "100")), refused.problems());
        assertEquals(new BigDecimal("80"), service.conditions().get(0).threshold());
    }

    @Test
    void todayEveryConditionHasNoDataAndSoNoWarningButTheMissingOwner() {
        DoneCondition added = service.add(KeyQuestion.MEASUREMENT, Metric.REQUEST_SLA_MET);
        assertEquals(ConditionStatus.NO_DATA, service.evaluate(added).status());
        assertEquals(List.of(Problem.of("condition:" + added.id(), "questions.warning.noOwner", 3, "Request SLA met %")),
                service.warnings());
        assertEquals(List.of(KeyQuestion.CONTENT, KeyQuestion.DELIVERY, KeyQuestion.RESPONSIBILITY),
                service.completeness().missingCondition());
    }

    @Test
    void evaluatesWithTheFiguresItIsGivenOnTheClocksDay() {
        KeyQuestionsService withFigures = new KeyQuestionsService(workspace.keyQuestions(),
                (metric, scope) -> Optional.of(new BigDecimal("70")), CLOCK);
        DoneCondition added = withFigures.add(KeyQuestion.MEASUREMENT, Metric.EVENT_FILL_RATE);
        DoneCondition dated = new DoneCondition(added.id(), added.question(), added.metric(), added.scope(),
                added.comparison(), added.threshold(), Optional.of(LocalDate.of(2027, 3, 14)), Optional.empty());
        withFigures.save(dated);
        assertEquals(ConditionStatus.NOT_MET, withFigures.evaluateAll().get(0).status());
        assertEquals(true, withFigures.evaluateAll().get(0).overdue());
    }

    @Test
    void answersAreStoredAsTyped() {
        service.saveAnswer(KeyQuestion.CONTENT, "First paragraph.\n\nSecond paragraph.");
        assertEquals("First paragraph.\n\nSecond paragraph.", service.answers().get(KeyQuestion.CONTENT));
        assertThrows(InvalidInputException.class, () -> service.saveAnswer(KeyQuestion.CONTENT, "x".repeat(20_001)));
    }
}
