package org.learnops.studio.app.questions;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.learnops.studio.domain.questions.KeyQuestion;

/** One of the four questions: its narrative answer and its done-conditions. */
public final class QuestionViewModel {

    private final KeyQuestion question;
    private final StringProperty answer = new SimpleStringProperty("");
    private final ObservableList<ConditionRowViewModel> conditions = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper();

    QuestionViewModel(KeyQuestion question) {
        this.question = question;
        complete.bind(Bindings.createBooleanBinding(() -> !answer.get().isBlank() && !conditions.isEmpty(), answer, conditions));
    }

    public KeyQuestion question() {
        return question;
    }

    /** The narrative answer, saved as it is typed. */
    public StringProperty answerProperty() {
        return answer;
    }

    public ObservableList<ConditionRowViewModel> conditions() {
        return conditions;
    }

    /** Answered and with at least one done-condition. */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }
}
