package org.learnops.studio.app.directory;

import java.util.Optional;

/**
 * A person, room, course area or owner a record or filter can point at, or "none"/"any" (id 0).
 * Equal by id, so a choice stays chosen when the name it shows changes.
 */
public final class Choice {

    private final long id;
    private final String label;

    public Choice(long id, String label) {
        this.id = id;
        this.label = label;
    }

    public static Choice none(String label) {
        return new Choice(0, label);
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
