package org.parley.dashboard;

import java.util.List;
import java.util.Optional;
import org.parley.account.Viewer;

/**
 * The cost of each side's latest economic package and the gap, for the dashboard. The dashboard only
 * declares it; the costing module implements it, so the dashboard never reads costing's records itself.
 */
public interface PackageCosts {

    /** What the viewer may see for this negotiation, or empty (no model of their side, or nothing costed). */
    Optional<Summary> summary(Viewer viewer, long negotiationId);

    /**
     * Figures already written for people.
     *
     * @param labor      labor's latest package over the whole contract, e.g. "$325,302.12 (L-1, L-4)", or "—"
     * @param years      one row per contract year: year, labor, management, gap
     * @param href       the page with the details
     */
    record Summary(String modelName, String labor, String management, String gap, List<List<String>> years, String href) {
    }
}
