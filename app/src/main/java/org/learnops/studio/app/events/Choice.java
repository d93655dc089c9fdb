package org.learnops.studio.app.events;

import java.util.Objects;

/**
 * One entry of a picker: the value (an id, an enum, {@code null} for "none" or "any") and what the
 * user reads. Equal by value, so a picker keeps its choice when its entries are read again.
 */
public record Choice<T>(T value, String label) {

    public boolean isNone() {
        return value == null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Choice<?> choice && Objects.equals(value, choice.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return label;
    }
}
