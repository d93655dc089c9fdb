package org.learnops.studio.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.artefacts.ArtefactRules;
import org.learnops.studio.domain.artefacts.ArtefactWarnings;
import org.learnops.studio.domain.artefacts.Artefacts;
import org.learnops.studio.domain.artefacts.ArtefactsCompleteness;
import org.learnops.studio.domain.artefacts.Communication;
import org.learnops.studio.domain.artefacts.Direction;
import org.learnops.studio.domain.artefacts.EcosystemMap;
import org.learnops.studio.domain.artefacts.GlossaryTerm;
import org.learnops.studio.domain.artefacts.Integration;
import org.learnops.studio.domain.artefacts.LearningSystem;
import org.learnops.studio.domain.artefacts.Policy;
import org.learnops.studio.domain.artefacts.SystemType;
import org.learnops.studio.error.InvalidInputException;
import org.learnops.studio.persistence.ArtefactsRepository;

/**
 * The Supporting artefacts step's use cases: every change is checked against {@link ArtefactRules},
 * then stored at once. Deletes are undone by the matching {@code restore}.
 */
public class ArtefactsService {

    private final ArtefactsRepository repository;

    public ArtefactsService(ArtefactsRepository repository) {
        this.repository = repository;
    }

    public Artefacts load() {
        return new Artefacts(repository.glossary(), repository.policies(), repository.communications(),
                repository.systems(), repository.integrations());
    }

    /** The step's warnings for the overview; see {@link ArtefactWarnings}. */
    public List<Problem> warnings(LocalDate today) {
        return ArtefactWarnings.list(load(), today);
    }

    public ArtefactsCompleteness completeness() {
        return ArtefactsCompleteness.of(load());
    }

    // --- glossary ---

    public GlossaryTerm addTerm(String term) {
        GlossaryTerm added = GlossaryTerm.named(strip(term));
        refuse(ArtefactRules.check(added, repository.glossary()));
        return repository.addTerm(added);
    }

    public void saveTerm(GlossaryTerm term) {
        refuse(ArtefactRules.check(term, repository.glossary()));
        repository.updateTerm(term);
    }

    public void deleteTerm(GlossaryTerm term) {
        repository.setTermDeleted(term.id(), true);
    }

    /** Undo of {@link #deleteTerm}; refused if another term has taken its name meanwhile. */
    public void restoreTerm(GlossaryTerm term) {
        refuse(ArtefactRules.check(term, repository.glossary()));
        repository.setTermDeleted(term.id(), false);
    }

    // --- policies ---

    public Policy addPolicy(String title) {
        Policy added = Policy.titled(strip(title));
        refuse(ArtefactRules.check(added));
        return repository.addPolicy(added);
    }

    public void savePolicy(Policy policy) {
        refuse(ArtefactRules.check(policy));
        repository.updatePolicy(policy);
    }

    public void deletePolicy(Policy policy) {
        repository.setPolicyDeleted(policy.id(), true);
    }

    public void restorePolicy(Policy policy) {
        repository.setPolicyDeleted(policy.id(), false);
    }

    // --- communication plan ---

    public Communication addCommunication(String audience) {
        Communication added = Communication.forAudience(strip(audience));
        refuse(ArtefactRules.check(added));
        return repository.addCommunication(added);
    }

    public void saveCommunication(Communication communication) {
        refuse(ArtefactRules.check(communication));
        repository.updateCommunication(communication);
    }

    public void deleteCommunication(Communication communication) {
        repository.setCommunicationDeleted(communication.id(), true);
    }

    public void restoreCommunication(Communication communication) {
        repository.setCommunicationDeleted(communication.id(), false);
    }

    // --- ecosystem map ---

    /** Adds a system in the first free place of the map. */
    public LearningSystem addSystem(String name, SystemType type) {
        EcosystemMap.Place place = EcosystemMap.freePlace(repository.systems());
        LearningSystem added = LearningSystem.named(strip(name), type).at(place.x(), place.y());
        refuse(ArtefactRules.check(added));
        return repository.addSystem(added);
    }

    /** Stores every field of a system, its place on the map included (a move is a save). */
    public void saveSystem(LearningSystem system) {
        refuse(ArtefactRules.check(system));
        repository.updateSystem(system);
    }

    /** Deletes a system; integrations that touch it stay (the overview warns) so that undo restores the picture. */
    public void deleteSystem(LearningSystem system) {
        repository.setSystemDeleted(system.id(), true);
    }

    public void restoreSystem(LearningSystem system) {
        repository.setSystemDeleted(system.id(), false);
    }

    /** Deleted systems an integration still points at: id to name. */
    public Map<Long, String> removedSystemNames() {
        return repository.removedSystemNames();
    }

    public Integration addIntegration(long fromSystemId, long toSystemId, String data, Direction direction) {
        Integration added = new Integration(0, fromSystemId, toSystemId, data == null ? "" : data.strip(), direction);
        refuse(ArtefactRules.check(added, repository.systems()));
        return repository.addIntegration(added);
    }

    public void saveIntegration(Integration integration) {
        refuse(ArtefactRules.check(integration, repository.systems()));
        repository.updateIntegration(integration);
    }

    public void deleteIntegration(Integration integration) {
        repository.setIntegrationDeleted(integration.id(), true);
    }

    public void restoreIntegration(Integration integration) {
        repository.setIntegrationDeleted(integration.id(), false);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static void refuse(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
