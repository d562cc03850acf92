package org.parley.proposal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the status sheet, one row per thread, from what was passed and agreed at a table. */
public final class StatusSheet {

    private StatusSheet() {
    }

    public static List<StatusSheetRow> of(TableExchanges exchanges, StatusSheetFilter filter) {
        Map<Long, List<ProposalVersion>> versions = exchanges.versions().stream()
                .collect(Collectors.groupingBy(ProposalVersion::threadId));
        Map<Long, List<TentativeAgreement>> agreements = exchanges.tentativeAgreements().stream()
                .collect(Collectors.groupingBy(TentativeAgreement::threadId));
        List<StatusSheetRow> rows = new ArrayList<>();
        for (ProposalThread thread : exchanges.threads()) {
            List<ProposalVersion> passed = versions.getOrDefault(thread.id(), List.of()).stream()
                    .sorted(Comparator.comparingInt(ProposalVersion::number)).toList();
            ProposalVersion first = passed.isEmpty() ? null : passed.get(0);
            ProposalVersion last = passed.isEmpty() ? null : passed.get(passed.size() - 1);
            ProposalVersion beforeLast = passed.size() < 2 ? null : passed.get(passed.size() - 2);
            TentativeAgreement standing = agreements.getOrDefault(thread.id(), List.of()).stream()
                    .filter(TentativeAgreement::standing).findFirst().orElse(null);
            StatusSheetRow row = new StatusSheetRow(thread, first == null ? null : first.side(),
                    first == null ? null : first.passedOn(), last == null ? null : last.side(),
                    last == null ? null : last.label(), last == null ? null : last.passedOn(),
                    beforeLast != null && beforeLast.side() != last.side(), passed.size(),
                    standing == null ? null : standing.signedOn());
            if (filter.accepts(row)) {
                rows.add(row);
            }
        }
        return rows;
    }
}
