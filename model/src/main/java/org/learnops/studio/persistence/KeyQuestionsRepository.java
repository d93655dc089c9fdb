package org.learnops.studio.persistence;

import java.util.List;
import java.util.Map;
import org.learnops.studio.domain.questions.DoneCondition;
import org.learnops.studio.domain.questions.KeyQuestion;

/**
 * Stores the Key questions step: the four answers and the done-conditions. Deleting a condition
 * only marks it deleted, so an undo brings it back with its id. Every write is one committed transaction.
 */
public interface KeyQuestionsRepository {

    /** Every question's answer (empty when not yet answered), in question order. */
    Map<KeyQuestion, String> answers();

    void saveAnswer(KeyQuestion question, String answer);

    /** Conditions not deleted, by question, then as added. */
    List<DoneCondition> conditions();

    /** Stores a new condition and returns it with its id. */
    DoneCondition add(DoneCondition condition);

    void update(DoneCondition condition);

    void delete(long id);

    /** Undo of {@link #delete}: the condition is back, unchanged. */
    void restore(long id);
}
