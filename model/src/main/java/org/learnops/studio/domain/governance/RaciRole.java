package org.learnops.studio.domain.governance;

/**
 * A column of the RACI matrix, e.g. "Central LearnOps" or "Finance".
 *
 * @param id   store identity (0 before it is stored)
 * @param name required, unique ignoring case
 */
public record RaciRole(long id, String name) {

    public RaciRole {
        name = name == null ? "" : name;
    }

    public RaciRole withId(long value) {
        return new RaciRole(value, name);
    }

    public RaciRole withName(String value) {
        return new RaciRole(id, value);
    }
}
