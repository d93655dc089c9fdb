package org.learnops.studio.domain.governance;

import java.util.Optional;

/** A role's part in a process: Responsible, Accountable, Consulted or Informed. */
public enum Raci {
    R("governance.raci.r"),
    A("governance.raci.a"),
    C("governance.raci.c"),
    I("governance.raci.i");

    private final String messageKey;

    Raci(String messageKey) {
        this.messageKey = messageKey;
    }

    /** Key of the letter's full name ("Responsible", ...). */
    public String messageKey() {
        return messageKey;
    }

    /** The letter for a typed character (either case), if it is one of R, A, C, I. */
    public static Optional<Raci> ofLetter(String letter) {
        if (letter == null || letter.length() != 1) {
            return Optional.empty();
        }
        for (Raci raci : values()) {
            if (raci.name().equalsIgnoreCase(letter)) {
                return Optional.of(raci);
            }
        }
        return Optional.empty();
    }

    /** Click cycle: empty → R → A → C → I → empty. */
    public static Optional<Raci> next(Optional<Raci> current) {
        if (current.isEmpty()) {
            return Optional.of(R);
        }
        int index = current.get().ordinal() + 1;
        return index < values().length ? Optional.of(values()[index]) : Optional.empty();
    }
}
