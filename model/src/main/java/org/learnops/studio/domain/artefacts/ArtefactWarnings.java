package org.learnops.studio.domain.artefacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.learnops.studio.domain.Problem;

/**
 * What the Supporting artefacts step should warn about, for the overview. Each problem's
 * {@code field} locates the thing to fix: {@code policy:<id>}, {@code communication:<id>},
 * {@code integration:<id>}.
 */
public final class ArtefactWarnings {

    private ArtefactWarnings() {
    }

    /**
     * Policies past their review date (not retired), planned communications whose date has
     * passed, and integrations with an end whose system was deleted.
     */
    public static List<Problem> list(Artefacts artefacts, LocalDate today) {
        List<Problem> warnings = new ArrayList<>();
        for (Policy policy : artefacts.policies()) {
            if (policy.isReviewOverdue(today)) {
                warnings.add(Problem.of("policy:" + policy.id(), "artefacts.warning.reviewOverdue",
                        policy.title(), policy.reviewDate().orElseThrow().toString()));
            }
        }
        for (Communication communication : artefacts.communications()) {
            if (communication.isLate(today)) {
                warnings.add(Problem.of("communication:" + communication.id(), "artefacts.warning.communicationLate",
                        communication.audience(), communication.date().orElseThrow().toString()));
            }
        }
        Set<Long> systems = artefacts.systems().stream().map(LearningSystem::id).collect(Collectors.toSet());
        for (Integration integration : artefacts.integrations()) {
            if (!systems.contains(integration.fromSystemId()) || !systems.contains(integration.toSystemId())) {
                warnings.add(Problem.of("integration:" + integration.id(), "artefacts.warning.integrationBroken",
                        integration.data()));
            }
        }
        return warnings;
    }
}
