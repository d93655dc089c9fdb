package org.learnops.studio.service;

import java.util.List;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.needs.Finding;
import org.learnops.studio.domain.needs.NeedsAnalysis;
import org.learnops.studio.domain.needs.NeedsRules;
import org.learnops.studio.domain.needs.NeedsSession;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.error.InvalidInputException;
import org.learnops.studio.persistence.NeedsAnalysisRepository;
import org.learnops.studio.persistence.ScopeRepository;

/** The Needs analysis step's use cases: every change is checked against {@link NeedsRules}, then stored at once. */
public class NeedsAnalysisService {

    private final NeedsAnalysisRepository repository;
    private final ScopeRepository scope;

    public NeedsAnalysisService(NeedsAnalysisRepository repository, ScopeRepository scope) {
        this.repository = repository;
        this.scope = scope;
    }

    public NeedsAnalysis load() {
        return new NeedsAnalysis(repository.listSessions(), repository.listFindings(), scope.loadAreas());
    }

    /** The Scope step's areas as they are now (the user may have changed them since {@link #load()}). */
    public List<ActivityArea> areas() {
        return scope.loadAreas();
    }

    public NeedsSession addSession(NeedsSession session) {
        refuse(NeedsRules.check(session));
        return repository.addSession(session);
    }

    public void saveSession(NeedsSession session) {
        refuse(NeedsRules.check(session));
        repository.updateSession(session);
    }

    /** Marks the session deleted; findings keep naming it, and {@link #restoreSession} brings it back. */
    public void deleteSession(long id) {
        repository.deleteSession(id);
    }

    public void restoreSession(long id) {
        repository.restoreSession(id);
    }

    public Finding addFinding(Finding finding) {
        refuse(NeedsRules.check(finding));
        return repository.addFinding(finding);
    }

    public void saveFinding(Finding finding) {
        refuse(NeedsRules.check(finding));
        repository.updateFinding(finding);
    }

    public void deleteFinding(long id) {
        repository.deleteFinding(id);
    }

    public void restoreFinding(long id) {
        repository.restoreFinding(id);
    }

    private static void refuse(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
