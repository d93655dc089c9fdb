package org.learnops.studio.domain.artefacts;

/**
 * How far the Supporting artefacts step has come, for the overview: counts per artefact and of
 * what is still missing.
 *
 * @param terms                   glossary terms
 * @param termsWithoutDefinition  terms whose definition is blank
 * @param policies                policies and procedures
 * @param policiesApproved        of which approved
 * @param policiesWithoutOwner    of which no owner
 * @param communications          entries of the communication plan
 * @param communicationsOpen      of which still planned
 * @param systems                 systems on the ecosystem map
 * @param integrations            integrations between them
 * @param systemsWithoutIntegration systems no integration touches
 */
public record ArtefactsCompleteness(int terms, int termsWithoutDefinition, int policies, int policiesApproved,
                                    int policiesWithoutOwner, int communications, int communicationsOpen,
                                    int systems, int integrations, int systemsWithoutIntegration) {

    public static ArtefactsCompleteness of(Artefacts artefacts) {
        return new ArtefactsCompleteness(
                artefacts.glossary().size(),
                count(artefacts.glossary().stream().filter(term -> term.definition().isBlank()).count()),
                artefacts.policies().size(),
                count(artefacts.policies().stream().filter(policy -> policy.status() == PolicyStatus.APPROVED).count()),
                count(artefacts.policies().stream().filter(policy -> policy.ownerId().isEmpty()).count()),
                artefacts.communications().size(),
                count(artefacts.communications().stream().filter(c -> c.status() == CommunicationStatus.PLANNED).count()),
                artefacts.systems().size(),
                artefacts.integrations().size(),
                count(artefacts.systems().stream().filter(system -> artefacts.integrations().stream()
                        .noneMatch(integration -> integration.touches(system.id()))).count()));
    }

    /** True when every artefact has at least one entry. */
    public boolean isStarted() {
        return terms > 0 && policies > 0 && communications > 0 && systems > 0;
    }

    private static int count(long value) {
        return (int) value;
    }
}
