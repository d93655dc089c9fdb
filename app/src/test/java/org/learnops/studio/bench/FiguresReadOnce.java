package org.learnops.studio.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.learnops.studio.persistence.ArtefactsRepository;
import org.learnops.studio.persistence.ChampionRepository;
import org.learnops.studio.persistence.DeliverableRepository;
import org.learnops.studio.persistence.GovernanceRepository;
import org.learnops.studio.persistence.KeyQuestionsRepository;
import org.learnops.studio.persistence.NeedsAnalysisRepository;
import org.learnops.studio.persistence.OperationsRepository;
import org.learnops.studio.persistence.OperationsStore;
import org.learnops.studio.persistence.RecordTables;
import org.learnops.studio.persistence.ScopeRepository;
import org.learnops.studio.persistence.StakeholderRepository;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.workspace.WorkspaceFile;

/**
 * The deck with its operational figures out of the picture, as they will be once they are kept up
 * to date in their own tables: every read of the operation's records ({@link OperationsStore}) is
 * answered from what the first deck read, keyed by the method and its arguments; everything else
 * (the strategy's steps: scope, stakeholders, needs, champions, governance, key questions) is read
 * from the open workspace each time, as the product does. Bench only: the answers are kept across
 * workspaces opened on the same file, and nothing is written while they are.
 */
final class FiguresReadOnce {

    private final Map<List<Object>, Object> answers = new ConcurrentHashMap<>();
    private final List<String> read = new ArrayList<>();

    /** What the deck read from the operation the first time, one line per distinct read. */
    List<String> reads() {
        return List.copyOf(read);
    }

    Workspace around(Workspace workspace) {
        OperationsRepository operations = new OperationsRepository() {
            @Override
            public <T> T inTransaction(Function<OperationsStore, T> work) {
                OperationsStore store = (OperationsStore) Proxy.newProxyInstance(OperationsStore.class.getClassLoader(),
                        new Class<?>[] {OperationsStore.class}, remembering(workspace.operations()));
                return work.apply(store);
            }
        };
        return new Workspace() {
            @Override
            public WorkspaceFile file() {
                return workspace.file();
            }

            @Override
            public ScopeRepository scope() {
                return workspace.scope();
            }

            @Override
            public StakeholderRepository stakeholders() {
                return workspace.stakeholders();
            }

            @Override
            public NeedsAnalysisRepository needsAnalysis() {
                return workspace.needsAnalysis();
            }

            @Override
            public ChampionRepository champions() {
                return workspace.champions();
            }

            @Override
            public DeliverableRepository deliverables() {
                return workspace.deliverables();
            }

            @Override
            public GovernanceRepository governance() {
                return workspace.governance();
            }

            @Override
            public ArtefactsRepository artefacts() {
                return workspace.artefacts();
            }

            @Override
            public KeyQuestionsRepository keyQuestions() {
                return workspace.keyQuestions();
            }

            @Override
            public OperationsRepository operations() {
                return operations;
            }

            @Override
            public RecordTables recordTables() {
                return workspace.recordTables();
            }

            @Override
            public void backUpTo(Path zip) {
                workspace.backUpTo(zip);
            }

            @Override
            public void readEverything() {
                workspace.readEverything();
            }

            @Override
            public void close() {
                workspace.close();
            }
        };
    }

    /** Answers a store's read from memory, or reads it once in its own transaction of the real workspace. */
    private InvocationHandler remembering(OperationsRepository real) {
        return (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(this, args);
            }
            List<Object> key = new ArrayList<>();
            key.add(method.getName());
            key.addAll(Arrays.asList(args == null ? new Object[0] : args));
            Object known = answers.get(key);
            if (known != null) {
                return known;
            }
            long start = System.nanoTime();
            Object answer = real.inTransaction(store -> call(method, store, args));
            synchronized (read) {
                read.add(String.format(java.util.Locale.ROOT, "%s %.0f ms", key, (System.nanoTime() - start) / 1e6));
            }
            answers.put(key, answer);
            return answer;
        };
    }

    private static Object call(Method method, OperationsStore store, Object[] args) {
        try {
            return method.invoke(store, args);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }
}
