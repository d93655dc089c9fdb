package org.learnops.studio.domain.governance;

import java.util.List;
import java.util.Optional;

/** The RACI matrix: processes (rows, in the order added), roles (columns, in the order added) and the filled cells. */
public record RaciMatrix(List<RaciProcess> processes, List<RaciRole> roles, List<RaciCell> cells) {

    public RaciMatrix {
        processes = List.copyOf(processes);
        roles = List.copyOf(roles);
        cells = List.copyOf(cells);
    }

    public static RaciMatrix empty() {
        return new RaciMatrix(List.of(), List.of(), List.of());
    }

    public Optional<Raci> letter(long processId, long roleId) {
        return cells.stream().filter(c -> c.processId() == processId && c.roleId() == roleId)
                .map(RaciCell::letter).findFirst();
    }

    public boolean isEmpty() {
        return processes.isEmpty() && roles.isEmpty();
    }
}
