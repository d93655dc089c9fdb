package org.learnops.studio.domain.artefacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learnops.studio.domain.Problem;

class ArtefactRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    private static GlossaryTerm term(long id, String name) {
        return GlossaryTerm.named(name).withId(id);
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(p -> p.field() + "=" + p.messageKey()).toList();
    }

    @Test
    void aTermIsRequiredAndUniqueIgnoringCaseAndOuterSpaces() {
        List<GlossaryTerm> existing = List.of(term(1, "Learning event"), term(2, "Cohort"));
        assertEquals(List.of("term=artefacts.error.required"), keys(ArtefactRules.check(term(0, "  \t"), existing)));
        assertEquals(List.of("term=artefacts.error.termTaken"), keys(ArtefactRules.check(term(0, " COHORT "), existing)));
        assertEquals(List.of(), ArtefactRules.check(term(2, "cohort"), existing), "renaming a term to its own name in another case");
        assertEquals(List.of(), ArtefactRules.check(term(0, "Cohorts"), existing));
    }

    @Test
    void aDefinitionOfTenThousandCharactersIsAllowedButNotMore() {
        GlossaryTerm longest = new GlossaryTerm(0, "SLA", "x".repeat(10_000), Optional.empty(), "");
        assertEquals(List.of(), ArtefactRules.check(longest, List.of()));
        GlossaryTerm tooLong = new GlossaryTerm(0, "SLA", "x".repeat(10_001), Optional.empty(), "");
        assertEquals(List.of("definition=artefacts.error.tooLong"), keys(ArtefactRules.check(tooLong, List.of())));
    }

    @Test
    void synonymsAreSplitAtCommasAndSemicolonsAndSearchLooksAtTermSynonymsAndDefinition() {
        GlossaryTerm term = new GlossaryTerm(1, "Learning event", "A scheduled session people attend", Optional.empty(),
                "class, course ; ,workshop");
        assertEquals(List.of("class", "course", "workshop"), term.synonymList());
        assertTrue(term.matches("EVENT"));
        assertTrue(term.matches("works"));
        assertTrue(term.matches("attend"));
        assertTrue(term.matches("  "));
        assertFalse(term.matches("budget"));
    }

    @Test
    void aPolicyNeedsATitleAndABodyOfAtMostTenThousandCharacters() {
        assertEquals(List.of("title=artefacts.error.required"), keys(ArtefactRules.check(Policy.titled(" "))));
        Policy policy = new Policy(0, "Vendor onboarding", Optional.empty(), Optional.empty(), PolicyStatus.DRAFT,
                Optional.empty(), "b".repeat(10_000));
        assertEquals(List.of(), ArtefactRules.check(policy));
        assertEquals(List.of("title=artefacts.error.tooLong"), keys(ArtefactRules.check(Policy.titled("t".repeat(201)))));
    }

    @Test
    void aPolicyIsOverdueForReviewAfterItsDateUnlessRetired() {
        Policy policy = new Policy(1, "Cancellations", Optional.empty(), Optional.empty(), PolicyStatus.APPROVED,
                Optional.of(TODAY.minusDays(1)), "");
        assertTrue(policy.isReviewOverdue(TODAY));
        assertFalse(new Policy(1, "Cancellations", Optional.empty(), Optional.empty(), PolicyStatus.APPROVED,
                Optional.of(TODAY), "").isReviewOverdue(TODAY), "due today is not yet overdue");
        assertFalse(new Policy(1, "Cancellations", Optional.empty(), Optional.empty(), PolicyStatus.RETIRED,
                Optional.of(TODAY.minusDays(1)), "").isReviewOverdue(TODAY));
        assertFalse(Policy.titled("No date").isReviewOverdue(TODAY));
    }

    @Test
    void aCommunicationNeedsAnAudience() {
        assertEquals(List.of("audience=artefacts.error.required"), keys(ArtefactRules.check(Communication.forAudience(""))));
        assertEquals(List.of(), ArtefactRules.check(Communication.forAudience("All managers")));
    }

    @Test
    void aSystemNeedsANameAndAPlaceOnTheMap() {
        assertEquals(List.of("name=artefacts.error.required"), keys(ArtefactRules.check(LearningSystem.named(" ", SystemType.LMS))));
        assertEquals(List.of("position=artefacts.error.position"),
                keys(ArtefactRules.check(LearningSystem.named("Cornerstone", SystemType.LMS).at(-1, 10))));
    }

    @Test
    void anIntegrationJoinsTwoDifferentSystemsOnTheMap() {
        List<LearningSystem> systems = List.of(LearningSystem.named("LMS", SystemType.LMS).withId(1),
                LearningSystem.named("HRIS", SystemType.HRIS).withId(2));
        assertEquals(List.of(), ArtefactRules.check(new Integration(0, 1, 2, "people", Direction.ONE_WAY), systems));
        assertEquals(List.of("to=artefacts.error.sameSystem"),
                keys(ArtefactRules.check(new Integration(0, 1, 1, "", Direction.ONE_WAY), systems)));
        assertEquals(List.of("from=artefacts.error.systemRequired"),
                keys(ArtefactRules.check(new Integration(0, 9, 2, "", Direction.TWO_WAY), systems)));
    }
}
