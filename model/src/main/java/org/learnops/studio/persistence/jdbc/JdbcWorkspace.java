package org.learnops.studio.persistence.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.Statement;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.ArtefactsRepository;
import org.learnops.studio.persistence.NeedsAnalysisRepository;
import org.learnops.studio.persistence.ChampionRepository;
import org.learnops.studio.persistence.DeliverableRepository;
import org.learnops.studio.persistence.GovernanceRepository;
import org.learnops.studio.persistence.KeyQuestionsRepository;
import org.learnops.studio.persistence.OperationsRepository;
import org.learnops.studio.persistence.RecordTables;
import org.learnops.studio.persistence.ScopeRepository;
import org.learnops.studio.persistence.StakeholderRepository;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.workspace.WorkspaceFile;
import org.learnops.studio.workspace.WorkspaceLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class JdbcWorkspace implements Workspace {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcWorkspace.class);

    private final WorkspaceFile file;
    private final WorkspaceLock lock;
    private final Database database;
    private final ScopeRepository scope;
    private final StakeholderRepository stakeholders;
    private final NeedsAnalysisRepository needsAnalysis;
    private final ChampionRepository champions;
    private final DeliverableRepository deliverables;
    private final GovernanceRepository governance;
    private final ArtefactsRepository artefacts;
    private final KeyQuestionsRepository keyQuestions;
    private final OperationsRepository operations;
    private final RecordTables recordTables;
    private boolean closed;

    JdbcWorkspace(WorkspaceFile file, WorkspaceLock lock, Database database) {
        this.file = file;
        this.lock = lock;
        this.database = database;
        this.scope = new JdbcScopeRepository(database);
        this.stakeholders = new JdbcStakeholderRepository(database);
        this.needsAnalysis = new JdbcNeedsAnalysisRepository(database);
        this.champions = new JdbcChampionRepository(database);
        this.deliverables = new JdbcDeliverableRepository(database);
        this.governance = new JdbcGovernanceRepository(database);
        this.artefacts = new JdbcArtefactsRepository(database);
        this.keyQuestions = new JdbcKeyQuestionsRepository(database);
        this.operations = new JdbcOperationsRepository(database);
        this.recordTables = new JdbcRecordTables(database);
    }

    /** The workspace's connection, for tests of this package that must look at the file with SQL (the crash harness). */
    Database database() {
        return database;
    }

    @Override
    public OperationsRepository operations() {
        return operations;
    }

    @Override
    public RecordTables recordTables() {
        return recordTables;
    }

    @Override
    public WorkspaceFile file() {
        return file;
    }

    @Override
    public ScopeRepository scope() {
        return scope;
    }

    @Override
    public StakeholderRepository stakeholders() {
        return stakeholders;
    }

    @Override
    public NeedsAnalysisRepository needsAnalysis() {
        return needsAnalysis;
    }

    @Override
    public ChampionRepository champions() {
        return champions;
    }

    @Override
    public DeliverableRepository deliverables() {
        return deliverables;
    }

    @Override
    public GovernanceRepository governance() {
        return governance;
    }

    @Override
    public ArtefactsRepository artefacts() {
        return artefacts;
    }

    @Override
    public KeyQuestionsRepository keyQuestions() {
        return keyQuestions;
    }

    @Override
    public void backUpTo(Path zip) {
        Path partial = zip.resolveSibling(zip.getFileName() + ".part");
        try {
            Files.createDirectories(zip.toAbsolutePath().getParent());
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            throw new StudioException("backup.error.cannotWrite", e, zip.toString());
        }
        try {
            database.inTransaction(connection -> {
                try (Statement backup = connection.createStatement()) {
                    backup.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
                }
                return null;
            });
            Files.move(partial, zip, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | StudioException e) {
            // A full disk or a folder gone read-only: no half-written copy is left behind.
            try {
                Files.deleteIfExists(partial);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw new StudioException("backup.error.cannotWrite", e, zip.toString());
        }
    }

    @Override
    public void readEverything() {
        try {
            database.inTransaction(connection -> {
                try (Statement script = connection.createStatement();
                        ResultSet lines = script.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
                    while (lines.next()) {
                        lines.getString(1);
                    }
                }
                return null;
            });
        } catch (StudioException e) {
            throw new StudioException("workspace.error.unreadable", e, file.path().toString());
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            database.close();
            LOG.info("Closed workspace {}", file.path());
        } finally {
            // The lock goes last: nobody else may open the file while H2 still writes to it.
            lock.close();
        }
    }
}
