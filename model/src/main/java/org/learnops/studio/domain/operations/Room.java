package org.learnops.studio.domain.operations;

/**
 * A place sessions happen: a room on a site, or a virtual room with a link.
 *
 * @param id       store identity (0 before it is stored)
 * @param name     required, e.g. "Boardroom 2" or "Teams – Academy"
 * @param site     building or campus; empty for a virtual room
 * @param capacity seats (or licences for a virtual room), at least 1
 * @param virtual  whether it is a virtual room
 * @param link     the joining link of a virtual room; empty otherwise
 */
public record Room(long id, String name, String site, int capacity, boolean virtual, String link) {

    public Room {
        name = name == null ? "" : name;
        site = site == null ? "" : site;
        link = link == null ? "" : link;
    }

    public Room withId(long value) {
        return new Room(value, name, site, capacity, virtual, link);
    }
}
