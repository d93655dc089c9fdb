package org.learnops.studio.domain.governance;

import java.util.Objects;

/** One filled cell of the RACI matrix: what {@code roleId} does in {@code processId}. */
public record RaciCell(long processId, long roleId, Raci letter) {

    public RaciCell {
        Objects.requireNonNull(letter, "letter");
    }
}
