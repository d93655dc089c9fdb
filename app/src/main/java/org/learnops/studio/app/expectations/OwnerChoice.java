package org.learnops.studio.app.expectations;

import java.util.Objects;
import java.util.Optional;

/**
 * An owner a deliverable can have: a stakeholder from the register, a stakeholder who has since
 * been removed from it (kept, and shown as removed, so the stored owner is never lost silently),
 * or nobody. Two choices are equal when they name the same stakeholder, whatever their labels.
 */
public final class OwnerChoice {

    private final Long stakeholderId;
    private final String label;
    private final boolean removed;

    private OwnerChoice(Long stakeholderId, String label, boolean removed) {
        this.stakeholderId = stakeholderId;
        this.label = label;
        this.removed = removed;
    }

    static OwnerChoice nobody(String label) {
        return new OwnerChoice(null, label, false);
    }

    static OwnerChoice stakeholder(long id, String label, boolean removed) {
        return new OwnerChoice(id, label, removed);
    }

    public Optional<Long> stakeholderId() {
        return Optional.ofNullable(stakeholderId);
    }

    public String label() {
        return label;
    }

    /** The stakeholder was deleted from the register after being chosen. */
    public boolean isRemoved() {
        return removed;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OwnerChoice choice && Objects.equals(stakeholderId, choice.stakeholderId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(stakeholderId);
    }

    @Override
    public String toString() {
        return label;
    }
}
