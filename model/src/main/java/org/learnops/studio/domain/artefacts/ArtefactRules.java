package org.learnops.studio.domain.artefacts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.learnops.studio.domain.Problem;

/** What makes each supporting artefact valid. Problems name the field they concern. */
public final class ArtefactRules {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_SHORT_TEXT_LENGTH = 2_000;
    public static final int MAX_LONG_TEXT_LENGTH = 10_000;

    private ArtefactRules() {
    }

    /** A term is required and unique ignoring case and outer spaces ({@code others} may include the term itself). */
    public static List<Problem> check(GlossaryTerm term, Collection<GlossaryTerm> others) {
        List<Problem> problems = new ArrayList<>();
        String name = term.term().strip();
        if (required(problems, "term", name)
                && others.stream().anyMatch(other -> other.id() != term.id() && other.term().strip().equalsIgnoreCase(name))) {
            problems.add(Problem.of("term", "artefacts.error.termTaken", name));
        }
        length(problems, "definition", term.definition(), MAX_LONG_TEXT_LENGTH);
        length(problems, "synonyms", term.synonyms(), MAX_SHORT_TEXT_LENGTH);
        return problems;
    }

    public static List<Problem> check(Policy policy) {
        List<Problem> problems = new ArrayList<>();
        required(problems, "title", policy.title().strip());
        length(problems, "body", policy.body(), MAX_LONG_TEXT_LENGTH);
        return problems;
    }

    public static List<Problem> check(Communication communication) {
        List<Problem> problems = new ArrayList<>();
        required(problems, "audience", communication.audience().strip());
        length(problems, "message", communication.message(), MAX_SHORT_TEXT_LENGTH);
        return problems;
    }

    /** A system needs a name and a place on the map (no negative coordinates). */
    public static List<Problem> check(LearningSystem system) {
        List<Problem> problems = new ArrayList<>();
        required(problems, "name", system.name().strip());
        length(problems, "notes", system.notes(), MAX_LONG_TEXT_LENGTH);
        if (system.x() < 0 || system.y() < 0) {
            problems.add(Problem.of("position", "artefacts.error.position"));
        }
        return problems;
    }

    /** An integration joins two different systems that are on the map ({@code systems}: the ones not deleted). */
    public static List<Problem> check(Integration integration, Collection<LearningSystem> systems) {
        List<Problem> problems = new ArrayList<>();
        boolean fromKnown = systems.stream().anyMatch(system -> system.id() == integration.fromSystemId());
        boolean toKnown = systems.stream().anyMatch(system -> system.id() == integration.toSystemId());
        if (!fromKnown) {
            problems.add(Problem.of("from", "artefacts.error.systemRequired"));
        }
        if (!toKnown) {
            problems.add(Problem.of("to", "artefacts.error.systemRequired"));
        }
        if (fromKnown && integration.fromSystemId() == integration.toSystemId()) {
            problems.add(Problem.of("to", "artefacts.error.sameSystem"));
        }
        length(problems, "data", integration.data(), MAX_SHORT_TEXT_LENGTH);
        return problems;
    }

    /** @return true when the value is not blank (else a "required" problem is added) and not too long */
    private static boolean required(List<Problem> problems, String field, String stripped) {
        if (stripped.isEmpty()) {
            problems.add(Problem.of(field, "artefacts.error.required"));
            return false;
        }
        if (stripped.length() > MAX_NAME_LENGTH) {
            problems.add(Problem.of(field, "artefacts.error.tooLong", MAX_NAME_LENGTH));
            return false;
        }
        return true;
    }

    private static void length(List<Problem> problems, String field, String value, int max) {
        if (value.length() > max) {
            problems.add(Problem.of(field, "artefacts.error.tooLong", max));
        }
    }
}
