package org.learnops.studio.domain.artefacts;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A word the organisation uses in one agreed sense (Glossary).
 *
 * @param id         store identity (0 before it is stored)
 * @param term       required, unique ignoring case
 * @param definition what it means here
 * @param ownerId    the stakeholder who keeps the definition, if any
 * @param synonyms   other words for it, separated by commas as typed
 */
public record GlossaryTerm(long id, String term, String definition, Optional<Long> ownerId, String synonyms) {

    public GlossaryTerm {
        term = text(term);
        definition = text(definition);
        ownerId = Objects.requireNonNull(ownerId, "ownerId");
        synonyms = text(synonyms);
    }

    public static GlossaryTerm named(String term) {
        return new GlossaryTerm(0, term, "", Optional.empty(), "");
    }

    public GlossaryTerm withId(long value) {
        return new GlossaryTerm(value, term, definition, ownerId, synonyms);
    }

    /** The synonyms one by one: split at commas and semicolons, trimmed, blanks dropped. */
    public List<String> synonymList() {
        return Arrays.stream(synonyms.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** True when {@code query} (ignoring case) occurs in the term, a synonym or the definition; a blank query matches all. */
    public boolean matches(String query) {
        String wanted = query == null ? "" : query.strip().toLowerCase();
        return wanted.isEmpty() || term.toLowerCase().contains(wanted) || synonyms.toLowerCase().contains(wanted)
                || definition.toLowerCase().contains(wanted);
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
