package org.learnops.studio.persistence;

import java.util.List;
import java.util.Map;
import org.learnops.studio.domain.artefacts.Communication;
import org.learnops.studio.domain.artefacts.GlossaryTerm;
import org.learnops.studio.domain.artefacts.Integration;
import org.learnops.studio.domain.artefacts.LearningSystem;
import org.learnops.studio.domain.artefacts.Policy;

/**
 * Stores the Supporting artefacts step. Deleting only marks a record deleted, so an undo brings it
 * back with its id and every field ({@code setDeleted(id, false)}). Lists hold records not
 * deleted, in the order added. Every write is one committed transaction.
 */
public interface ArtefactsRepository {

    List<GlossaryTerm> glossary();

    GlossaryTerm addTerm(GlossaryTerm term);

    void updateTerm(GlossaryTerm term);

    void setTermDeleted(long id, boolean deleted);

    List<Policy> policies();

    Policy addPolicy(Policy policy);

    void updatePolicy(Policy policy);

    void setPolicyDeleted(long id, boolean deleted);

    List<Communication> communications();

    Communication addCommunication(Communication communication);

    void updateCommunication(Communication communication);

    void setCommunicationDeleted(long id, boolean deleted);

    List<LearningSystem> systems();

    LearningSystem addSystem(LearningSystem system);

    /** Stores every field, its place on the map included. */
    void updateSystem(LearningSystem system);

    void setSystemDeleted(long id, boolean deleted);

    /** Names of deleted systems an integration (not deleted) still points at, by id. */
    Map<Long, String> removedSystemNames();

    List<Integration> integrations();

    Integration addIntegration(Integration integration);

    void updateIntegration(Integration integration);

    void setIntegrationDeleted(long id, boolean deleted);
}
