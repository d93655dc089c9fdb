package org.learnops.studio.domain.operations;

import java.util.EnumSet;
import java.util.Set;

/**
 * Someone the operation deals with: facilitators, participants and coordinators.
 *
 * @param id           store identity (0 before it is stored)
 * @param name         required
 * @param email        optional; personal data, never exported unless the user asks
 * @param businessArea may be empty
 * @param region       may be empty
 * @param roles        at least one
 */
public record Person(long id, String name, String email, String businessArea, String region, Set<PersonRole> roles) {

    public Person {
        name = text(name);
        email = text(email);
        businessArea = text(businessArea);
        region = text(region);
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Person participant(String name) {
        return new Person(0, name, "", "", "", Set.of(PersonRole.PARTICIPANT));
    }

    public boolean has(PersonRole role) {
        return roles.contains(role);
    }

    public Person withId(long value) {
        return new Person(value, name, email, businessArea, region, roles);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
