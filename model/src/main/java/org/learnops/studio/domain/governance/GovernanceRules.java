package org.learnops.studio.domain.governance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.scope.ActivityArea;

/**
 * What makes governance records valid, and the RACI rule checks: exactly one Accountable per
 * process, at least one Responsible, every role involved somewhere, every process in an in-scope
 * activity area.
 */
public final class GovernanceRules {

    public static final int MAX_NAME_LENGTH = 200;
    /** Purpose and decision rights: long text, at least 10,000 characters kept intact. */
    public static final int MAX_TEXT_LENGTH = 10_000;
    /** Locator prefixes in a warning's {@link Problem#field()}: "process:12", "role:3". */
    public static final String PROCESS = "process:";
    public static final String ROLE = "role:";

    private GovernanceRules() {
    }

    public static List<Problem> check(GovernanceBody body) {
        List<Problem> problems = new ArrayList<>();
        if (body.name().isBlank()) {
            problems.add(Problem.of("name", "governance.error.bodyNameRequired"));
        }
        length(problems, "name", body.name().strip(), MAX_NAME_LENGTH);
        length(problems, "cadence", body.cadence().strip(), MAX_NAME_LENGTH);
        length(problems, "purpose", body.purpose(), MAX_TEXT_LENGTH);
        length(problems, "decisionRights", body.decisionRights(), MAX_TEXT_LENGTH);
        return problems;
    }

    public static List<Problem> check(RaciProcess process) {
        List<Problem> problems = new ArrayList<>();
        if (process.name().isBlank()) {
            problems.add(Problem.of("name", "governance.error.processNameRequired"));
        }
        if (process.activityAreaId() <= 0) {
            problems.add(Problem.of("area", "governance.error.areaRequired"));
        }
        length(problems, "name", process.name().strip(), MAX_NAME_LENGTH);
        return problems;
    }

    /** @param roles the matrix's roles now (the role itself, if stored, is among them and ignored) */
    public static List<Problem> check(RaciRole role, List<RaciRole> roles) {
        List<Problem> problems = new ArrayList<>();
        if (role.name().isBlank()) {
            problems.add(Problem.of("name", "governance.error.roleNameRequired"));
            return problems;
        }
        length(problems, "name", role.name().strip(), MAX_NAME_LENGTH);
        boolean taken = roles.stream().anyMatch(other -> (role.id() == 0 || other.id() != role.id())
                && normal(other.name()).equals(normal(role.name())));
        if (taken) {
            problems.add(Problem.of("name", "governance.error.roleTaken", role.name().strip()));
        }
        return problems;
    }

    /**
     * The RACI warnings, process by process (in matrix order), then role by role. Each
     * problem's field locates the thing to fix ({@link #PROCESS}id or {@link #ROLE}id); its first
     * argument is the process's or role's name. An empty matrix has no warnings.
     *
     * @param areas the Scope step's activity areas; a process whose area is missing or out of scope is warned about
     */
    public static List<Problem> warnings(RaciMatrix matrix, List<ActivityArea> areas) {
        Map<Long, ActivityArea> areaById = new HashMap<>();
        areas.forEach(area -> areaById.put(area.id(), area));
        Set<Long> roleIds = new HashSet<>();
        matrix.roles().forEach(role -> roleIds.add(role.id()));
        Set<Long> processIds = new HashSet<>();
        matrix.processes().forEach(process -> processIds.add(process.id()));
        List<RaciCell> cells = matrix.cells().stream()
                .filter(cell -> roleIds.contains(cell.roleId()) && processIds.contains(cell.processId())).toList();

        List<Problem> warnings = new ArrayList<>();
        for (RaciProcess process : matrix.processes()) {
            String field = PROCESS + process.id();
            String name = process.name().strip();
            long accountable = count(cells, process.id(), Raci.A);
            if (accountable == 0) {
                warnings.add(Problem.of(field, "governance.warning.noAccountable", name));
            } else if (accountable > 1) {
                warnings.add(Problem.of(field, "governance.warning.manyAccountable", name, accountable));
            }
            if (count(cells, process.id(), Raci.R) == 0) {
                warnings.add(Problem.of(field, "governance.warning.noResponsible", name));
            }
            ActivityArea area = areaById.get(process.activityAreaId());
            if (area == null || !area.inScope()) {
                warnings.add(Problem.of(field, "governance.warning.outOfScope", name));
            }
        }
        for (RaciRole role : matrix.roles()) {
            if (cells.stream().noneMatch(cell -> cell.roleId() == role.id())) {
                warnings.add(Problem.of(ROLE + role.id(), "governance.warning.roleUnused", role.name().strip()));
            }
        }
        return warnings;
    }

    /** The completeness of the step for the overview. */
    public static GovernanceSummary summary(Optional<GovernanceModel> model, List<GovernanceBody> bodies,
                                            RaciMatrix matrix, List<ActivityArea> areas) {
        List<Problem> warnings = warnings(matrix, areas);
        Set<String> warned = new HashSet<>();
        warnings.forEach(warning -> warned.add(warning.field()));
        int complete = (int) matrix.processes().stream().filter(p -> !warned.contains(PROCESS + p.id())).count();
        int withoutMembers = (int) bodies.stream().filter(body -> body.memberIds().isEmpty()).count();
        return new GovernanceSummary(model, bodies.size(), withoutMembers, matrix.processes().size(),
                matrix.roles().size(), complete, warnings.size());
    }

    /** The starter processes and roles not in the matrix yet (names compared ignoring case and outer spaces). */
    public static Starter missingStarter(RaciMatrix matrix, List<RaciProcess> starterProcesses, List<RaciRole> starterRoles) {
        Set<String> haveProcesses = new HashSet<>();
        matrix.processes().forEach(p -> haveProcesses.add(p.activityAreaId() + "/" + normal(p.name())));
        Set<String> haveRoles = new HashSet<>();
        matrix.roles().forEach(r -> haveRoles.add(normal(r.name())));
        List<RaciProcess> processes = new ArrayList<>();
        for (RaciProcess process : starterProcesses) {
            if (haveProcesses.add(process.activityAreaId() + "/" + normal(process.name()))) {
                processes.add(process);
            }
        }
        List<RaciRole> roles = new ArrayList<>();
        for (RaciRole role : starterRoles) {
            if (haveRoles.add(normal(role.name()))) {
                roles.add(role);
            }
        }
        return new Starter(processes, roles);
    }

    /** Processes and roles added together by "Add starter processes and roles" (one undo step). */
    public record Starter(List<RaciProcess> processes, List<RaciRole> roles) {
        public Starter {
            processes = List.copyOf(processes);
            roles = List.copyOf(roles);
        }

        public boolean isEmpty() {
            return processes.isEmpty() && roles.isEmpty();
        }
    }

    private static long count(List<RaciCell> cells, long processId, Raci letter) {
        return cells.stream().filter(cell -> cell.processId() == processId && cell.letter() == letter).count();
    }

    private static void length(List<Problem> problems, String field, String value, int max) {
        if (value.length() > max) {
            problems.add(Problem.of(field, "governance.error.tooLong", max));
        }
    }

    private static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
