package org.learnops.studio.app.artefacts;

import org.learnops.studio.app.common.Choice;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.learnops.studio.domain.artefacts.GlossaryTerm;

/** A glossary term being edited. */
public final class TermRow extends RecordRow<GlossaryTerm> {

    private final StringProperty term;
    private final StringProperty definition;
    private final ObjectProperty<Choice> owner;
    private final StringProperty synonyms;

    TermRow(GlossaryTerm record, Choice owner) {
        super(record.id(), List.of("term", "definition", "synonyms"));
        this.term = new SimpleStringProperty(record.term());
        this.definition = new SimpleStringProperty(record.definition());
        this.owner = new SimpleObjectProperty<>(owner);
        this.synonyms = new SimpleStringProperty(record.synonyms());
    }

    public StringProperty termProperty() {
        return term;
    }

    public StringProperty definitionProperty() {
        return definition;
    }

    public ObjectProperty<Choice> ownerProperty() {
        return owner;
    }

    public StringProperty synonymsProperty() {
        return synonyms;
    }

    @Override
    List<Property<?>> editable() {
        return List.of(term, definition, owner, synonyms);
    }

    @Override
    String label() {
        return term.get();
    }

    @Override
    GlossaryTerm toRecord() {
        return new GlossaryTerm(id(), term.get(), definition.get(), owner.get().optionalId(), synonyms.get());
    }
}
