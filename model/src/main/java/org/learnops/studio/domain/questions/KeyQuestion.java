package org.learnops.studio.domain.questions;

/** The four questions a learning operations strategy must answer, in the article's order. */
public enum KeyQuestion {
    CONTENT("questions.question.content", "questions.question.content.hint"),
    DELIVERY("questions.question.delivery", "questions.question.delivery.hint"),
    MEASUREMENT("questions.question.measurement", "questions.question.measurement.hint"),
    RESPONSIBILITY("questions.question.responsibility", "questions.question.responsibility.hint");

    private final String messageKey;
    private final String hintKey;

    KeyQuestion(String messageKey, String hintKey) {
        this.messageKey = messageKey;
        this.hintKey = hintKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** What a good answer covers. */
    public String hintKey() {
        return hintKey;
    }

    /** 1 to 4, as the screen and the overview number the questions. */
    public int number() {
        return ordinal() + 1;
    }
}
