package org.learnops.studio.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.domain.questions.Comparison;
import org.learnops.studio.domain.questions.DoneCondition;
import org.learnops.studio.domain.questions.KeyQuestion;
import org.learnops.studio.domain.questions.Metric;
import org.learnops.studio.domain.questions.MetricScope;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.domain.stakeholder.StakeholderGroup;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.KeyQuestionsRepository;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.workspace.WorkspaceFile;

/** The four answers and the done-conditions on a real H2 file. */
class JdbcKeyQuestionsRepositoryTest {

    @TempDir
    Path folder;

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();
    private WorkspaceFile file;
    private Workspace workspace;
    private KeyQuestionsRepository questions;

    @BeforeEach
    void createWorkspace() {
        file = WorkspaceFile.of(folder.resolve("plan"));
        workspace = opener.create(file);
        questions = workspace.keyQuestions();
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    private void reopen() {
        workspace.close();
        workspace = opener.open(file);
        questions = workspace.keyQuestions();
    }

    @Test
    void aNewWorkspaceHasFourEmptyAnswersAndNoConditions() {
        assertEquals(List.of(KeyQuestion.values()), List.copyOf(questions.answers().keySet()));
        questions.answers().values().forEach(answer -> assertEquals("", answer));
        assertEquals(List.of(), questions.conditions());
    }

    @Test
    void aLongMultiParagraphAnswerSurvivesReopeningIntact() {
        StringBuilder text = new StringBuilder();
        while (text.length() < 10_000) {
            text.append("Content is authored by area experts — “reviewed” yearly; ümlauts & tabs\t.\n\n");
        }
        String answer = text.substring(0, 10_000);
        questions.saveAnswer(KeyQuestion.CONTENT, answer);
        questions.saveAnswer(KeyQuestion.RESPONSIBILITY, "Central LearnOps.");
        reopen();
        assertEquals(answer, questions.answers().get(KeyQuestion.CONTENT));
        assertEquals(10_000, questions.answers().get(KeyQuestion.CONTENT).length());
        assertEquals("Central LearnOps.", questions.answers().get(KeyQuestion.RESPONSIBILITY));
        assertEquals("", questions.answers().get(KeyQuestion.DELIVERY));
    }

    @Test
    void aConditionKeepsEveryFieldAcrossReopening() {
        Stakeholder dana = workspace.stakeholders().add(Stakeholder.named("Dana Reyes", StakeholderGroup.SENIOR_LEADER));
        DoneCondition added = questions.add(DoneCondition.usual(KeyQuestion.MEASUREMENT, Metric.COST_PER_ATTENDED_LEARNER));
        DoneCondition edited = new DoneCondition(added.id(), KeyQuestion.MEASUREMENT, Metric.COST_PER_ATTENDED_LEARNER,
                new MetricScope(Optional.of(5L), "Sales EMEA"), Comparison.LESS_THAN, new BigDecimal("412.75"),
                Optional.of(LocalDate.of(2027, 6, 30)), Optional.of(dana.id()));
        questions.update(edited);
        DoneCondition plain = questions.add(DoneCondition.usual(KeyQuestion.CONTENT, Metric.EVENT_FILL_RATE));
        reopen();
        assertEquals(List.of(plain, edited), questions.conditions()); // question order
        assertEquals(new BigDecimal("80"), questions.conditions().get(0).threshold());
    }

    @Test
    void deleteHidesAConditionAndRestoreBringsItBackWithItsId() {
        DoneCondition first = questions.add(DoneCondition.usual(KeyQuestion.DELIVERY, Metric.NO_SHOW_RATE));
        DoneCondition second = questions.add(DoneCondition.usual(KeyQuestion.DELIVERY, Metric.ATTENDANCE_RATE));
        questions.delete(first.id());
        assertEquals(List.of(second), questions.conditions());
        assertThrows(StudioException.class, () -> questions.update(first));
        reopen();
        assertEquals(List.of(second), questions.conditions());
        questions.restore(first.id());
        assertEquals(List.of(first, second), questions.conditions());
    }

    @Test
    void changingAConditionThatIsGoneFails() {
        DoneCondition ghost = DoneCondition.usual(KeyQuestion.DELIVERY, Metric.NO_SHOW_RATE).withId(999);
        StudioException failure = assertThrows(StudioException.class, () -> questions.update(ghost));
        assertEquals("questions.error.gone", failure.messageKey());
    }
}
