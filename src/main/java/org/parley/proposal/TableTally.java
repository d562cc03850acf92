package org.parley.proposal;

import java.time.LocalDate;
import java.util.List;

/**
 * What was passed and agreed at a table, counted by the database per day: the figures and charts of a
 * national table read a few hundred counts instead of thousands of versions with their language.
 *
 * @param passed     per date, the proposals each side passed at this table (joint versions are neither side's)
 * @param agreements per date, the TAs signed at this table
 * @param openAwaitingManagement open threads whose latest proposal is labor's
 * @param openAwaitingLabor      open threads whose latest proposal is management's
 */
public record TableTally(long tableId, List<DayCount> passed, List<AgreementCount> agreements, long openAwaitingManagement,
                         long openAwaitingLabor) {

    public record DayCount(LocalDate date, long labor, long management) {
    }

    /**
     * @param walkedBack          of those signed that day, the ones walked back since
     * @param fromRecommendations of those signed that day, the subgroups' recommendations the full table approved
     */
    public record AgreementCount(LocalDate signedOn, long signed, long walkedBack, long fromRecommendations) {
    }
}
