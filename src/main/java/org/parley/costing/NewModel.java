package org.parley.costing;

import java.time.LocalDate;
import java.util.List;
import org.parley.platform.Side;

/**
 * A costing model as a team sets it up.
 *
 * @param side      the viewer's side; optional (a team only ever makes models of its own side)
 * @param notes     the model's own assumptions (turnover, new hires, headcount), one per line
 */
public record NewModel(long negotiationId, Side side, String name, LocalDate contractStart, int years,
                       LocalDate firstYearEnd, LocalDate contractEnd, RateRounding rateRounding, List<RollUpItem> rollUp,
                       List<HealthPlan> healthPlans, List<String> notes) {

    public NewModel {
        rollUp = rollUp == null ? List.of() : List.copyOf(rollUp);
        healthPlans = healthPlans == null ? List.of() : List.copyOf(healthPlans);
        notes = notes == null ? List.of() : notes.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
    }
}
