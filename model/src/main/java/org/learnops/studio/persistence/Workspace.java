package org.learnops.studio.persistence;

import org.learnops.studio.workspace.WorkspaceFile;

/** An open workspace: its file, lock and repositories. Close it to release the file. */
public interface Workspace extends AutoCloseable {

    WorkspaceFile file();

    ScopeRepository scope();

    StakeholderRepository stakeholders();

    NeedsAnalysisRepository needsAnalysis();
    ChampionRepository champions();
    DeliverableRepository deliverables();
    GovernanceRepository governance();

    ArtefactsRepository artefacts();

    KeyQuestionsRepository keyQuestions();

    OperationsRepository operations();

    /** Row-level access for the workshop file (whole-workspace export and import). */
    RecordTables recordTables();

    @Override
    void close();
}
