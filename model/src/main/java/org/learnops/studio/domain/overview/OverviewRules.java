package org.learnops.studio.domain.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.artefacts.ArtefactsCompleteness;
import org.learnops.studio.domain.champions.Champion;
import org.learnops.studio.domain.champions.Gap;
import org.learnops.studio.domain.expectations.Deliverable;
import org.learnops.studio.domain.governance.GovernanceSummary;
import org.learnops.studio.domain.needs.NeedsAnalysis;
import org.learnops.studio.domain.needs.NeedsGroup;
import org.learnops.studio.domain.questions.KeyQuestion;
import org.learnops.studio.domain.questions.QuestionsReview;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.scope.Scope;
import org.learnops.studio.domain.scope.Strategy;
import org.learnops.studio.domain.stakeholder.Stakeholder;

/** What each step should have (progress) and what needs fixing (warnings), for the Overview. */
public final class OverviewRules {

    private OverviewRules() {
    }

    public static StepProgress scope(Scope scope) {
        Strategy strategy = scope.strategy();
        List<ActivityArea> inScope = scope.areas().stream().filter(ActivityArea::inScope).toList();
        return new StepProgress(StrategyStep.SCOPE, List.of(
                new Check("overview.scope.name", !strategy.name().isBlank()),
                new Check("overview.scope.sponsor", !strategy.sponsor().isBlank()),
                new Check("overview.scope.owner", !strategy.owner().isBlank()),
                new Check("overview.scope.authority", !strategy.authorityNotes().isBlank()),
                new Check("overview.scope.areas", !inScope.isEmpty()),
                new Check("overview.scope.rationale", !inScope.isEmpty()
                        && inScope.stream().noneMatch(area -> area.rationale().isBlank()))));
    }

    /** In-scope areas that look like a drain. */
    public static List<Warning> scopeWarnings(Scope scope) {
        return scope.areas().stream()
                .filter(ActivityArea::looksLikeDrain)
                .map(area -> Warning.of(StrategyStep.SCOPE, "area:" + area.id(), "overview.warning.drain", label(area),
                        area.effort(), area.impact()))
                .toList();
    }

    /** A built-in area by its name in the bundle, a custom one by its own name. */
    public static Object label(ActivityArea area) {
        return area.isCustom() ? area.customName() : area.builtIn();
    }

    public static Object label(Deliverable deliverable) {
        return deliverable.isCustom() ? deliverable.customTitle() : deliverable.kind();
    }

    /**
     * @param stakeholderIds the stakeholders in the register (not deleted): an owner who was removed
     *                       does not count as an owner
     */
    public static StepProgress expectations(List<Deliverable> deliverables, Set<Long> stakeholderIds) {
        List<Deliverable> included = deliverables.stream().filter(Deliverable::included).toList();
        return new StepProgress(StrategyStep.EXPECTATIONS, List.of(
                new Check("overview.expectations.chosen", !included.isEmpty()),
                new Check("overview.expectations.owners", !included.isEmpty()
                        && included.stream().allMatch(d -> d.ownerId().filter(stakeholderIds::contains).isPresent())),
                new Check("overview.expectations.dueDates", !included.isEmpty()
                        && included.stream().allMatch(d -> d.dueDate().isPresent()))));
    }

    public static List<Warning> expectationsWarnings(List<Deliverable> deliverables, LocalDate today) {
        return deliverables.stream()
                .filter(deliverable -> deliverable.isOverdue(today))
                .map(deliverable -> Warning.of(StrategyStep.EXPECTATIONS, "deliverable:" + deliverable.id(),
                        "overview.warning.overdue", label(deliverable), deliverable.dueDate().orElseThrow().toString()))
                .toList();
    }

    /** The article asks to hear both senior leaders and learning-operations staff. */
    public static StepProgress needsAnalysis(NeedsAnalysis needs) {
        return new StepProgress(StrategyStep.NEEDS_ANALYSIS, List.of(
                new Check("overview.needs.session", !needs.sessions().isEmpty()),
                new Check("overview.needs.findings", !needs.findings().isEmpty()),
                new Check("overview.needs.seniorLeaders", heard(needs, NeedsGroup.SENIOR_LEADERS)),
                new Check("overview.needs.learningOps", heard(needs, NeedsGroup.LEARNING_OPS_STAFF))));
    }

    private static boolean heard(NeedsAnalysis needs, NeedsGroup group) {
        return needs.sessions().stream().anyMatch(session -> session.group() == group)
                || needs.findings().stream().anyMatch(finding -> finding.group() == group);
    }

    public static StepProgress champions(Collection<Stakeholder> stakeholders, Collection<Champion> champions) {
        return new StepProgress(StrategyStep.CHAMPIONS, List.of(
                new Check("overview.champions.stakeholders", !stakeholders.isEmpty()),
                new Check("overview.champions.champion", !champions.isEmpty())));
    }

    public static StepProgress governance(GovernanceSummary summary) {
        return new StepProgress(StrategyStep.GOVERNANCE, List.of(
                new Check("overview.governance.model", summary.model().isPresent()),
                new Check("overview.governance.bodies", summary.bodies() > 0 && summary.bodiesWithoutMembers() == 0),
                new Check("overview.governance.raci", summary.processes() > 0 && summary.roles() > 0),
                new Check("overview.governance.raciClean", summary.processes() > 0 && summary.warnings() == 0)));
    }

    public static StepProgress keyQuestions(QuestionsReview.Completeness questions) {
        int all = KeyQuestion.values().length;
        return new StepProgress(StrategyStep.KEY_QUESTIONS, List.of(
                new Check("overview.questions.answered", questions.answered() == all),
                new Check("overview.questions.conditions", questions.withCondition() == all)));
    }

    public static StepProgress artefacts(ArtefactsCompleteness artefacts) {
        return new StepProgress(StrategyStep.ARTEFACTS, List.of(
                new Check("overview.artefacts.glossary", artefacts.terms() > 0 && artefacts.termsWithoutDefinition() == 0),
                new Check("overview.artefacts.policies", artefacts.policies() > 0 && artefacts.policiesWithoutOwner() == 0),
                new Check("overview.artefacts.communication", artefacts.communications() > 0),
                new Check("overview.artefacts.ecosystem", artefacts.systems() > 0 && artefacts.integrations() > 0)));
    }

    /** A step's own rule checks ({@code field} locates the thing to fix), as overview warnings. */
    public static List<Warning> warnings(StrategyStep step, List<Problem> problems) {
        return problems.stream()
                .map(problem -> new Warning(step, problem.field(), problem.messageKey(), problem.arguments()))
                .toList();
    }

    /** Champion gaps, each under the step where it is fixed (a deliverable's owner is set on Expectations). */
    public static List<Warning> gapWarnings(List<Gap> gaps) {
        List<Warning> warnings = new ArrayList<>();
        for (Gap gap : gaps) {
            StrategyStep step = gap.kind() == Gap.Kind.DELIVERABLE_WITHOUT_OWNER ? StrategyStep.EXPECTATIONS : StrategyStep.CHAMPIONS;
            warnings.add(new Warning(step, "", gap.messageKey(), gap.arguments()));
        }
        return warnings;
    }
}
