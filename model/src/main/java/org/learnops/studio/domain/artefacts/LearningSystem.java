package org.learnops.studio.domain.artefacts;

import java.util.Objects;
import java.util.Optional;

/**
 * A system of the learning ecosystem map, with where the user placed its box on the diagram.
 *
 * @param id      store identity (0 before it is stored)
 * @param name    required
 * @param type    LMS, LXP, ...
 * @param ownerId the stakeholder who owns it, if any
 * @param notes   free text (may be long)
 * @param x       left edge of its box on the map, in diagram units (0 or more)
 * @param y       top edge of its box on the map
 */
public record LearningSystem(long id, String name, SystemType type, Optional<Long> ownerId, String notes, int x, int y) {

    public LearningSystem {
        name = GlossaryTerm.text(name);
        type = Objects.requireNonNull(type, "type");
        ownerId = Objects.requireNonNull(ownerId, "ownerId");
        notes = GlossaryTerm.text(notes);
    }

    public static LearningSystem named(String name, SystemType type) {
        return new LearningSystem(0, name, type, Optional.empty(), "", 0, 0);
    }

    public LearningSystem withId(long value) {
        return new LearningSystem(value, name, type, ownerId, notes, x, y);
    }

    public LearningSystem at(int newX, int newY) {
        return new LearningSystem(id, name, type, ownerId, notes, newX, newY);
    }
}
