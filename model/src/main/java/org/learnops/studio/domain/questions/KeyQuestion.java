package org.learnops.studio.domain.questions;

/** The four questions a learning operations strategy must answer, in the article's order. */
public enum KeyQuestion {
    CONTENT("questions.question.content", "questions.question.content.hint", "questions.question.content.short"),
    DELIVERY("questions.question.delivery", "questions.question.delivery.hint", "questions.question.delivery.short"),
    MEASUREMENT("questions.question.measurement", "questions.question.measurement.hint", "questions.question.measurement.short"),
    RESPONSIBILITY("questions.question.responsibility", "questions.question.responsibility.hint", "questions.question.responsibility.short");

    private final String messageKey;
    private final String hintKey;
    private final String shortKey;

    KeyQuestion(String messageKey, String hintKey, String shortKey) {
        this.messageKey = messageKey;
        this.hintKey = hintKey;
        this.shortKey = shortKey;
    }

    /** A one-word name, e.g. "Content", for the question bar. */
    public String shortKey() {
        return shortKey;
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
