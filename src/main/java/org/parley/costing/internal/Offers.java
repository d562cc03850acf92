package org.parley.costing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.account.Viewer;
import org.parley.costing.ContractYear;
import org.parley.costing.Costing;
import org.parley.costing.CostingModel;
import org.parley.costing.CostingYear;
import org.parley.costing.MemberOutlook;
import org.parley.costing.OfferGap;
import org.parley.costing.Position;
import org.parley.costing.Term;
import org.parley.negotiation.BargainingTable;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Side;
import org.parley.proposal.ProposalThread;
import org.parley.proposal.ProposalVersion;
import org.parley.proposal.Proposals;
import org.parley.proposal.TableExchanges;
import org.parley.proposal.TentativeAgreement;
import org.parley.proposal.ThreadDetail;
import org.springframework.stereotype.Component;

/**
 * Which terms make up each side's latest offer, and what they cost under a model. A side's latest offer
 * on a thread is its latest version there that carries terms; once a TA stands on the thread, the
 * agreed version's terms count for both sides. A side's package is its latest offer on every economic
 * thread of the negotiation, costed together.
 */
@Component
class Offers {

    record Offer(String label, List<Term> terms) {
    }

    private final CostingRepository repository;
    private final Proposals proposals;
    private final Negotiations negotiations;

    Offers(CostingRepository repository, Proposals proposals, Negotiations negotiations) {
        this.repository = repository;
        this.proposals = proposals;
        this.negotiations = negotiations;
    }

    CostingCalculator.Setup setup(CostingModel model) {
        return new CostingCalculator.Setup(model.name(), model.contractYears(), model.rateRounding(), model.rollUp(),
                model.healthPlans(), repository.workforce(model.id()), repository.schedule(model.id()), model.notes());
    }

    Costing cost(CostingModel model, List<Term> terms) {
        return CostingCalculator.cost(setup(model), terms);
    }

    byte[] workbook(CostingModel model, String title, List<Term> terms) {
        return CostingWorkbook.write(title, model, setup(model), terms);
    }

    Map<Side, Offer> latestOnThread(ThreadDetail thread) {
        Set<Long> withTerms = new HashSet<>();
        thread.versions().forEach(v -> repository.version(v.id()).ifPresent(r -> withTerms.add(v.id())));
        Map<Side, Offer> offers = new EnumMap<>(Side.class);
        latest(thread.versions(), thread.standingAgreement(), withTerms).forEach((side, version) ->
                offers.put(side, new Offer(version.label(), repository.versionTerms(version.id()))));
        return offers;
    }

    Map<Side, Offer> latestPackages(Viewer viewer, long negotiationId) {
        Set<Long> withTerms = new HashSet<>(repository.versionsWithTerms(negotiationId));
        Map<Side, List<String>> labels = new EnumMap<>(Side.class);
        Map<Side, List<Term>> terms = new EnumMap<>(Side.class);
        for (BargainingTable table : negotiations.tables(viewer, negotiationId)) {
            TableExchanges exchanges = proposals.exchanges(viewer, table.id());
            for (ProposalThread thread : exchanges.threads()) {
                if (!thread.economic()) {
                    continue;
                }
                List<ProposalVersion> versions = exchanges.versions().stream().filter(v -> v.threadId() == thread.id()).toList();
                TentativeAgreement ta = exchanges.tentativeAgreements().stream()
                        .filter(t -> t.threadId() == thread.id() && t.standing()).findFirst().orElse(null);
                latest(versions, ta, withTerms).forEach((side, version) -> {
                    labels.computeIfAbsent(side, s -> new ArrayList<>()).add(version.label());
                    terms.computeIfAbsent(side, s -> new ArrayList<>()).addAll(repository.versionTerms(version.id()));
                });
            }
        }
        Map<Side, Offer> offers = new EnumMap<>(Side.class);
        terms.forEach((side, list) -> offers.put(side, new Offer(String.join(", ", labels.get(side)), list)));
        return offers;
    }

    private static Map<Side, ProposalVersion> latest(List<ProposalVersion> versions, TentativeAgreement ta, Set<Long> withTerms) {
        Map<Side, ProposalVersion> latest = new EnumMap<>(Side.class);
        if (ta != null && withTerms.contains(ta.versionId())) {
            versions.stream().filter(v -> v.id() == ta.versionId()).findFirst().ifPresent(v -> {
                latest.put(Side.LABOR, v);
                latest.put(Side.MANAGEMENT, v);
            });
            return latest;
        }
        versions.stream().filter(v -> withTerms.contains(v.id())).sorted(Comparator.comparingInt(ProposalVersion::number))
                .forEach(v -> latest.put(v.side(), v));
        return latest;
    }

    OfferGap gap(CostingModel model, Map<Side, Offer> offers) {
        CostingCalculator.Setup setup = setup(model);
        Offer labor = offers.get(Side.LABOR);
        Offer management = offers.get(Side.MANAGEMENT);
        Costing laborCost = labor == null ? null : CostingCalculator.cost(setup, labor.terms());
        Costing managementCost = management == null ? null : CostingCalculator.cost(setup, management.terms());
        List<BigDecimal> gap = new ArrayList<>();
        BigDecimal whole = null;
        if (laborCost != null && managementCost != null) {
            for (int i = 0; i < laborCost.years().size(); i++) {
                gap.add(laborCost.years().get(i).total().subtract(managementCost.years().get(i).total()));
            }
            whole = laborCost.wholeContract().total().subtract(managementCost.wholeContract().total());
        }
        return new OfferGap(model, labor == null ? null : labor.label(), laborCost, management == null ? null : management.label(),
                managementCost, gap, whole);
    }

    /**
     * A member's own rate under each side's latest package. Read from this module's own record of terms (the
     * latest version of each side per thread), since a member may not read the proposals themselves.
     */
    Optional<MemberOutlook> outlook(CostingModel model, Position person) {
        Map<Side, List<Term>> terms = new EnumMap<>(Side.class);
        Map<Side, List<String>> labels = new EnumMap<>(Side.class);
        for (var latest : repository.latestVersionsBySide(model.negotiationId())) {
            terms.computeIfAbsent(latest.side(), s -> new ArrayList<>()).addAll(repository.versionTerms(latest.versionId()));
            labels.computeIfAbsent(latest.side(), s -> new ArrayList<>()).add(latest.side().initial());
        }
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        CostingCalculator.Setup setup = new CostingCalculator.Setup(model.name(), model.contractYears(), model.rateRounding(),
                model.rollUp(), model.healthPlans(), List.of(person), repository.schedule(model.id()), List.of());
        List<java.time.LocalDate> ends = model.contractYears().stream().map(ContractYear::end).toList();
        BigDecimal today = null;
        List<MemberOutlook.Path> paths = new ArrayList<>();
        Map<Side, String> names = new LinkedHashMap<>();
        names.put(Side.LABOR, "The union's proposal");
        names.put(Side.MANAGEMENT, "The employer's offer");
        for (var side : names.entrySet()) {
            List<Term> list = terms.get(side.getKey());
            if (list == null) {
                continue;
            }
            List<BigDecimal> rates = CostingCalculator.ratesOf(setup, list, person, ends);
            if (rates == null) {
                return Optional.empty();
            }
            today = rates.get(0);
            paths.add(new MemberOutlook.Path(side.getValue(), null, rates.subList(1, rates.size())));
        }
        return Optional.of(new MemberOutlook(model.negotiationId(), person.classification(), person.step(), person.salaried(), today, paths));
    }

    static List<BigDecimal> totals(Costing costing) {
        return costing.years().stream().map(CostingYear::total).toList();
    }
}
