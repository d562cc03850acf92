package org.parley.subgroup;

import java.util.List;
import org.parley.contract.SectionChange;

/** Drafting a recommendation, from an option that reached consensus or not; {@code changes} make it contract language. */
public record NewRecommendation(Long optionId, String title, String text, List<SectionChange> changes, Boolean economic) {

    public NewRecommendation {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
