package org.learnops.studio.domain.artefacts;

import java.util.List;

/**
 * Everything the Supporting artefacts step holds (records not deleted), for the screen and the
 * overview.
 */
public record Artefacts(List<GlossaryTerm> glossary, List<Policy> policies, List<Communication> communications,
                        List<LearningSystem> systems, List<Integration> integrations) {

    public Artefacts {
        glossary = List.copyOf(glossary);
        policies = List.copyOf(policies);
        communications = List.copyOf(communications);
        systems = List.copyOf(systems);
        integrations = List.copyOf(integrations);
    }

    public static Artefacts empty() {
        return new Artefacts(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
