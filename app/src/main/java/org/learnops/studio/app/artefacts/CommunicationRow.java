package org.learnops.studio.app.artefacts;

import org.learnops.studio.app.common.Choice;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.learnops.studio.domain.artefacts.Channel;
import org.learnops.studio.domain.artefacts.Communication;
import org.learnops.studio.domain.artefacts.CommunicationStatus;

/** An entry of the communication plan being edited. */
public final class CommunicationRow extends RecordRow<Communication> {

    private final StringProperty audience;
    private final StringProperty message;
    private final ObjectProperty<Channel> channel;
    private final ObjectProperty<LocalDate> date;
    private final ObjectProperty<Choice> owner;
    private final ObjectProperty<CommunicationStatus> status;

    CommunicationRow(Communication record, Choice owner) {
        super(record.id(), List.of("audience", "message"));
        this.audience = new SimpleStringProperty(record.audience());
        this.message = new SimpleStringProperty(record.message());
        this.channel = new SimpleObjectProperty<>(record.channel());
        this.date = new SimpleObjectProperty<>(record.date().orElse(null));
        this.owner = new SimpleObjectProperty<>(owner);
        this.status = new SimpleObjectProperty<>(record.status());
    }

    public StringProperty audienceProperty() {
        return audience;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<Choice> ownerProperty() {
        return owner;
    }

    public ObjectProperty<CommunicationStatus> statusProperty() {
        return status;
    }

    @Override
    List<Property<?>> editable() {
        return List.of(audience, message, channel, date, owner, status);
    }

    @Override
    String label() {
        return audience.get();
    }

    @Override
    Communication toRecord() {
        return new Communication(id(), audience.get(), message.get(), channel.get(), Optional.ofNullable(date.get()),
                owner.get().optionalId(), status.get());
    }
}
