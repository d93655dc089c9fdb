package org.learnops.studio.domain.expectations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.learnops.studio.domain.Problem;

class DeliverableRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    private static Deliverable custom(long id, String title) {
        return Deliverable.custom(title).withId(id);
    }

    private static Deliverable glossary() {
        return new Deliverable(5, DeliverableKind.GLOSSARY, "", false, "", "", Optional.empty(), Optional.empty(),
                DeliverableStatus.NOT_STARTED, "");
    }

    private static Deliverable due(boolean included, LocalDate dueDate, DeliverableStatus status) {
        return new Deliverable(5, DeliverableKind.GLOSSARY, "", included, "", "", Optional.empty(),
                Optional.ofNullable(dueDate), status, "");
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::messageKey).toList();
    }

    @Test
    void aCustomDeliverableWithAFreshTitleIsValid() {
        assertEquals(List.of(), DeliverableRules.check(custom(20, "Onboarding guide"), List.of(glossary(), custom(21, "FAQ"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   \t  "})
    void aBlankCustomTitleIsRefused(String title) {
        List<Problem> problems = DeliverableRules.check(custom(20, title), List.of());

        assertEquals(List.of(Problem.of("title", "expectations.error.titleRequired")), problems);
    }

    @Test
    void aTooLongTitleIsRefused() {
        assertEquals(List.of(), DeliverableRules.check(custom(20, "t".repeat(DeliverableRules.MAX_TITLE_LENGTH)), List.of()));
        assertEquals(List.of(Problem.of("title", "expectations.error.tooLong", DeliverableRules.MAX_TITLE_LENGTH)),
                DeliverableRules.check(custom(20, "t".repeat(DeliverableRules.MAX_TITLE_LENGTH + 1)), List.of()));
    }

    @ParameterizedTest
    @EnumSource(DeliverableKind.class)
    void aCustomDeliverableMayNotTakeTheNameOfOneOfTheEight(DeliverableKind kind) {
        String title = "  " + kind.canonicalName().toUpperCase() + " ";

        List<Problem> problems = DeliverableRules.check(custom(20, title), List.of());

        assertEquals(List.of(Problem.of("title", "expectations.error.titleTaken", kind.canonicalName().toUpperCase())),
                problems);
    }

    @Test
    void customTitlesAreUniqueIgnoringCaseAndOuterSpaces() {
        List<Deliverable> others = List.of(custom(20, "Onboarding guide"), custom(21, "FAQ"));

        assertEquals(List.of("expectations.error.titleTaken"),
                keys(DeliverableRules.check(custom(22, " onboarding GUIDE "), others)));
        assertEquals(List.of(), DeliverableRules.check(custom(20, "Onboarding Guide"), others),
                "renaming a deliverable may keep its own title");
    }

    @Test
    void theEightNeedNoTitleAndIgnoreAnyCustomTitle() {
        Deliverable glossary = glossary();

        assertEquals(List.of(), DeliverableRules.check(glossary, List.of(glossary, custom(20, "Glossary v2"))));
    }

    @Test
    void aNoteOfTenThousandCharactersIsAllowedOneMoreIsNot() {
        String note = "n".repeat(10_000);
        Deliverable withNote = new Deliverable(20, null, "Guide", true, "", "", Optional.empty(), Optional.empty(),
                DeliverableStatus.NOT_STARTED, note);

        assertEquals(List.of(), DeliverableRules.check(withNote, List.of()));
        Deliverable tooLong = new Deliverable(20, null, "Guide", true, "", "", Optional.empty(), Optional.empty(),
                DeliverableStatus.NOT_STARTED, note + "n");
        assertEquals(List.of(Problem.of("notes", "expectations.error.tooLong", 10_000)),
                DeliverableRules.check(tooLong, List.of()));
    }

    @Test
    void purposeAndAudienceHaveLimits() {
        Deliverable tooLong = new Deliverable(5, DeliverableKind.GLOSSARY, "", true,
                "p".repeat(DeliverableRules.MAX_PURPOSE_LENGTH + 1), "a".repeat(DeliverableRules.MAX_AUDIENCE_LENGTH + 1),
                Optional.empty(), Optional.empty(), DeliverableStatus.NOT_STARTED, "");

        assertEquals(List.of("purpose", "audience"),
                DeliverableRules.check(tooLong, List.of()).stream().map(Problem::field).toList());
    }

    @Test
    void anIncludedDeliverableDueBeforeTodayAndNotDoneIsOverdue() {
        assertTrue(due(true, TODAY.minusDays(1), DeliverableStatus.NOT_STARTED).isOverdue(TODAY));
        assertTrue(due(true, TODAY.minusYears(1), DeliverableStatus.IN_REVIEW).isOverdue(TODAY));
    }

    @Test
    void dueTodayOrLaterIsNotOverdue() {
        assertFalse(due(true, TODAY, DeliverableStatus.IN_PROGRESS).isOverdue(TODAY));
        assertFalse(due(true, TODAY.plusDays(1), DeliverableStatus.IN_PROGRESS).isOverdue(TODAY));
    }

    @Test
    void doneNotIncludedOrUndatedIsNeverOverdue() {
        assertFalse(due(true, TODAY.minusDays(1), DeliverableStatus.DONE).isOverdue(TODAY));
        assertFalse(due(false, TODAY.minusDays(1), DeliverableStatus.NOT_STARTED).isOverdue(TODAY));
        assertFalse(due(true, null, DeliverableStatus.NOT_STARTED).isOverdue(TODAY));
    }
}
