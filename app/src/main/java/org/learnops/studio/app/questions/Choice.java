package org.learnops.studio.app.questions;

import java.util.Objects;
import java.util.Optional;

/**
 * An owner or activity area a done-condition can have, or none. Equal by id, so a choice stays
 * chosen when its label changes on another step.
 */
public final class Choice {

    private final Long id;
    private final String label;

    Choice(Long id, String label) {
        this.id = id;
        this.label = label;
    }

    public Optional<Long> id() {
        return Optional.ofNullable(id);
    }

    public String label() {
        return label;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Choice choice && Objects.equals(id, choice.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return label;
    }
}
