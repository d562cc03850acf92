package org.parley.vote;

import java.util.List;

/**
 * Who may vote, as criteria over the roster; each empty or missing list means "any". The electorate
 * is frozen from the roster when the vote is defined.
 *
 * @param statuses roster statuses; by default ACTIVE (in good standing)
 */
public record Electorate(List<String> statuses, List<String> classifications, List<String> worksites, List<String> units) {

    public Electorate {
        statuses = statuses == null || statuses.isEmpty() ? List.of("ACTIVE") : List.copyOf(statuses);
        classifications = classifications == null ? List.of() : List.copyOf(classifications);
        worksites = worksites == null ? List.of() : List.copyOf(worksites);
        units = units == null ? List.of() : List.copyOf(units);
    }

    public static Electorate inGoodStanding() {
        return new Electorate(null, null, null, null);
    }

    /** As a person reads it, e.g. "active members; classification Registered nurse". */
    public String describe() {
        StringBuilder text = new StringBuilder(String.join(" or ", statuses.stream().map(String::toLowerCase).toList())
                + " members");
        if (!classifications.isEmpty()) {
            text.append("; classification ").append(String.join(" or ", classifications));
        }
        if (!worksites.isEmpty()) {
            text.append("; worksite ").append(String.join(" or ", worksites));
        }
        if (!units.isEmpty()) {
            text.append("; unit ").append(String.join(" or ", units));
        }
        return text.toString();
    }
}
