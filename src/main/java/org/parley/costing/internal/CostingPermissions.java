package org.parley.costing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.account.Viewer;
import org.parley.costing.CostingModel;
import org.parley.platform.Audience;
import org.parley.platform.ParleyException;
import org.springframework.stereotype.Component;

/**
 * The costing module's rules in one place. A model and everything under it is its side's alone (LABOR or
 * MANAGEMENT); what a side shares becomes a TABLE record, for both teams and administrators. Anything
 * else answers "not found", so the other side cannot even learn that a model or scenario exists.
 */
@Component
class CostingPermissions {

    record VisibleScenario(CostingRepository.ScenarioRow row, CostingModel model) {
    }

    private final CostingRepository repository;

    CostingPermissions(CostingRepository repository) {
        this.repository = repository;
    }

    private static boolean ownSide(Viewer viewer, CostingModel model) {
        return viewer.onTeam() && viewer.side() == model.side() && viewer.canSee(Audience.of(model.side()));
    }

    /** A model of the viewer's own side. */
    CostingModel ownModel(Viewer viewer, long modelId) {
        return repository.model(modelId).filter(m -> ownSide(viewer, m))
                .orElseThrow(() -> ParleyException.notFound("There is no costing model " + modelId + " of your side."));
    }

    /** A model the viewer's team may change: refuses anyone not on a team first (403), then another side's model (404). */
    CostingModel ownModelToChange(Viewer by, long modelId) {
        by.requireTeam();
        return ownModel(by, modelId);
    }

    VisibleScenario visibleScenario(Viewer viewer, long scenarioId) {
        var row = repository.scenario(scenarioId);
        if (row.isPresent()) {
            CostingModel model = repository.model(row.get().modelId()).orElseThrow();
            if (ownSide(viewer, model) || (row.get().shared() && viewer.canSee(Audience.TABLE))) {
                return new VisibleScenario(row.get(), model);
            }
        }
        throw ParleyException.notFound("There is no costing scenario " + scenarioId + " you may see.");
    }

    /** The models a version's costing may be shown under: the viewer's side's, and those whose side shared it. */
    List<CostingModel> modelsForVersion(Viewer viewer, long negotiationId, long versionId) {
        List<CostingModel> models = new ArrayList<>();
        if (viewer.onTeam()) {
            models.addAll(repository.models(negotiationId, viewer.side()));
        }
        if (viewer.canSee(Audience.TABLE)) {
            repository.modelsSharingVersion(versionId).stream()
                    .filter(m -> m.negotiationId() == negotiationId && !ownSide(viewer, m)).forEach(models::add);
        }
        return models;
    }

    /** The model both offers are compared under: the one asked for (the viewer's side's), or the side's newest. */
    Optional<CostingModel> modelForGap(Viewer viewer, long negotiationId, Long modelId) {
        if (modelId != null) {
            CostingModel model = ownModel(viewer, modelId);
            if (model.negotiationId() != negotiationId) {
                throw ParleyException.invalid("The costing model " + modelId + " belongs to another negotiation.");
            }
            return Optional.of(model);
        }
        if (!viewer.onTeam()) {
            return Optional.empty();
        }
        return repository.models(negotiationId, viewer.side()).stream().findFirst();
    }
}
