package org.learnops.studio.app.champions;

import java.util.Optional;

/**
 * An activity area a champion can be assigned to, or "none" (id 0). Equal by id, so a choice stays
 * selected when the area's name changes on the Scope step.
 */
public final class AreaChoice {

    private final long id;
    private final String name;

    AreaChoice(long id, String name) {
        this.id = id;
        this.name = name;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    Optional<Long> areaId() {
        return id == 0 ? Optional.empty() : Optional.of(id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AreaChoice choice && choice.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    /** The name, as a combo box shows it. */
    @Override
    public String toString() {
        return name;
    }
}
