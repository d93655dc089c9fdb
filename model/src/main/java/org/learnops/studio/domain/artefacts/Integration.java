package org.learnops.studio.domain.artefacts;

import java.util.Objects;

/**
 * Data flowing between two systems of the ecosystem map.
 *
 * @param id           store identity (0 before it is stored)
 * @param fromSystemId where the data comes from
 * @param toSystemId   where it goes (for a two-way integration: the other end)
 * @param data         what data, e.g. "completions"
 * @param direction    one-way or two-way
 */
public record Integration(long id, long fromSystemId, long toSystemId, String data, Direction direction) {

    public Integration {
        data = GlossaryTerm.text(data);
        direction = Objects.requireNonNull(direction, "direction");
    }

    public Integration withId(long value) {
        return new Integration(value, fromSystemId, toSystemId, data, direction);
    }

    public boolean touches(long systemId) {
        return fromSystemId == systemId || toSystemId == systemId;
    }
}
