package org.learnops.studio.app.expectations;

import java.util.Objects;

/**
 * One entry of a filter list: the value rows must have, or {@code null} for "any". Equal when
 * the values are, so a list refreshed with new labels keeps the user's choice.
 *
 * @param value the value to match, or {@code null} to match every row
 * @param label what the list shows
 */
public record FilterChoice<T>(T value, String label) {

    public boolean isAny() {
        return value == null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FilterChoice<?> choice && Objects.equals(value, choice.value);
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
