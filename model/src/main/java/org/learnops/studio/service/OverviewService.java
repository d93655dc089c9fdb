package org.learnops.studio.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.artefacts.ArtefactWarnings;
import org.learnops.studio.domain.artefacts.Artefacts;
import org.learnops.studio.domain.artefacts.ArtefactsCompleteness;
import org.learnops.studio.domain.champions.Champion;
import org.learnops.studio.domain.champions.GapRules;
import org.learnops.studio.domain.expectations.Deliverable;
import org.learnops.studio.domain.governance.GovernanceBody;
import org.learnops.studio.domain.governance.GovernanceRules;
import org.learnops.studio.domain.governance.RaciMatrix;
import org.learnops.studio.domain.overview.Overview;
import org.learnops.studio.domain.overview.OverviewRules;
import org.learnops.studio.domain.overview.StepProgress;
import org.learnops.studio.domain.overview.StrategyStep;
import org.learnops.studio.domain.overview.Warning;
import org.learnops.studio.domain.questions.OperationalFigures;
import org.learnops.studio.domain.scope.Scope;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.persistence.Workspace;

/** Reads every step of the open workspace and sums it up: progress per step and all warnings. */
public class OverviewService {

    private final Workspace workspace;
    private final OperationalFigures figures;
    private final Clock clock;

    public OverviewService(Workspace workspace, Clock clock) {
        this(workspace, new EventFigures(workspace.operations()), clock);
    }

    /** With figures already read elsewhere (the stakeholder deck reads each figure once for every slide). */
    public OverviewService(Workspace workspace, OperationalFigures figures, Clock clock) {
        this.workspace = workspace;
        this.figures = figures;
        this.clock = clock;
    }

    public Overview load() {
        LocalDate today = LocalDate.now(clock);
        Scope scope = new ScopeService(workspace.scope()).load();
        List<Stakeholder> stakeholders = workspace.stakeholders().list();
        Set<Long> stakeholderIds = stakeholders.stream().map(Stakeholder::id).collect(Collectors.toSet());
        List<Deliverable> deliverables = workspace.deliverables().list();
        List<Champion> champions = workspace.champions().list();

        List<StepProgress> steps = new ArrayList<>();
        steps.add(OverviewRules.scope(scope));
        steps.add(OverviewRules.expectations(deliverables, stakeholderIds));
        steps.add(OverviewRules.needsAnalysis(new NeedsAnalysisService(workspace.needsAnalysis(), workspace.scope()).load()));
        steps.add(OverviewRules.champions(stakeholders, champions));
        GovernanceService governance = new GovernanceService(workspace.governance());
        RaciMatrix matrix = governance.loadMatrix();
        List<GovernanceBody> bodies = governance.bodies();
        steps.add(OverviewRules.governance(GovernanceRules.summary(governance.loadModel(), bodies, matrix, scope.areas())));
        // Event metrics come from the recorded events; requests, budgets, content and compliance have no data yet.
        KeyQuestionsService questions = new KeyQuestionsService(workspace.keyQuestions(), figures, clock);
        KeyQuestionsService.Review review = questions.review();
        steps.add(OverviewRules.keyQuestions(review.completeness()));
        // read once for the step's progress and its warnings
        Artefacts artefacts = new ArtefactsService(workspace.artefacts()).load();
        steps.add(OverviewRules.artefacts(ArtefactsCompleteness.of(artefacts)));

        return new Overview(steps, warnings(scope, stakeholders, deliverables, champions, matrix, review.warnings(), artefacts,
                today));
    }

    /**
     * The overview's warnings, step by step, from what the caller has read: every deliverable,
     * stakeholder and champion, the RACI matrix, the key questions' warnings and the artefacts.
     * The stakeholder deck reads most of them for its own slides and lists these as next steps.
     */
    public static List<Warning> warnings(Scope scope, List<Stakeholder> stakeholders, List<Deliverable> deliverables,
                                         List<Champion> champions, RaciMatrix matrix, List<Problem> questionWarnings,
                                         Artefacts artefacts, LocalDate today) {
        List<Warning> warnings = new ArrayList<>();
        warnings.addAll(OverviewRules.scopeWarnings(scope));
        warnings.addAll(OverviewRules.expectationsWarnings(deliverables, today));
        warnings.addAll(OverviewRules.gapWarnings(GapRules.find(scope.strategy(), stakeholders, champions, deliverables)));
        warnings.addAll(OverviewRules.warnings(StrategyStep.GOVERNANCE, GovernanceRules.warnings(matrix, scope.areas())));
        warnings.addAll(OverviewRules.warnings(StrategyStep.KEY_QUESTIONS, questionWarnings));
        warnings.addAll(OverviewRules.warnings(StrategyStep.ARTEFACTS, ArtefactWarnings.list(artefacts, today)));
        warnings.sort(Comparator.comparing(Warning::step));
        return warnings;
    }
}
