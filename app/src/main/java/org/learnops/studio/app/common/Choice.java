package org.learnops.studio.app.common;

import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Something a record or a filter can point at — a person, a room, an activity area, a system — or
 * "none"/"any" (id 0), as a picker shows it. Equal by id, so a choice stays chosen when the name it
 * shows changes or the picker's entries are read again.
 */
public final class Choice {

    private final long id;
    private final String label;

    public Choice(long id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The "none" or "any" entry, labelled e.g. "Nobody" or "Any room". */
    public static Choice none(String label) {
        return new Choice(0, label);
    }

    /** The choice for {@code id} looked up among the {@code known} ones, or {@code none} when there is no id. */
    public static Choice of(Optional<Long> id, LongFunction<Choice> known, Choice none) {
        return id.map(known::apply).orElse(none);
    }

    public long id() {
        return id;
    }

    public String label() {
        return label;
    }

    public boolean isNone() {
        return id == 0;
    }

    public Optional<Long> optionalId() {
        return id == 0 ? Optional.empty() : Optional.of(id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Choice choice && choice.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return label;
    }
}
