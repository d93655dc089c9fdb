package org.learnops.studio.app.governance;

/**
 * An activity area as the matrix groups processes under it: its display name and whether the
 * strategy covers it. Equal by id, so a choice stays selected when the name changes.
 */
public record AreaGroup(long id, String name, boolean inScope) {

    @Override
    public boolean equals(Object other) {
        return other instanceof AreaGroup group && group.id == id;
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
