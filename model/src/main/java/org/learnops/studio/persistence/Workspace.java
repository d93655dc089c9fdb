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

    /**
     * Writes a consistent copy of the open workspace to {@code zip} with H2's online backup (edits
     * may go on meanwhile). Written to a temporary file beside it, then renamed: {@code zip} is
     * either complete or absent, never half written.
     */
    void backUpTo(java.nio.file.Path zip);

    /**
     * Reads every row of every table (H2's {@code SCRIPT}, discarded as it streams): proves that a
     * copy is readable before it replaces anything. Fails with {@code workspace.error.unreadable}.
     */
    void readEverything();

    @Override
    void close();
}
