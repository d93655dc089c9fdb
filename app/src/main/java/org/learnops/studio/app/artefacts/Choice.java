package org.learnops.studio.app.artefacts;

import java.util.Optional;

/**
 * Something a record can point at — a stakeholder, an activity area, a system — or "none" (id 0).
 * Equal by id, so a choice stays selected when the name it shows changes.
 */
public final class Choice {

    private final long id;
    private final String label;

    Choice(long id, String label) {
        this.id = id;
        this.label = label;
    }

    static Choice of(Optional<Long> id, java.util.function.LongFunction<Choice> known, Choice none) {
        return id.map(known::apply).orElse(none);
    }

    public long id() {
        return id;
    }

    public String label() {
        return label;
    }

    Optional<Long> optionalId() {
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
