package org.parley.costing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.parley.costing.Costing;
import org.parley.costing.CostingModel;
import org.parley.costing.CostingYear;
import org.parley.costing.ModelCosting;
import org.parley.costing.OfferGap;
import org.parley.costing.Term;
import org.parley.platform.Side;

/** The API's shapes of a costing: money as strings with two decimals, so no client reads 0.1 + 0.2. */
final class CostingJson {

    private CostingJson() {
    }

    static String money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    record ModelRef(long id, String name, Side side) {
        static ModelRef of(CostingModel m) {
            return new ModelRef(m.id(), m.name(), m.side());
        }
    }

    record Year(int number, LocalDate start, LocalDate end, String fraction, String wages, String oneTime, String increment,
                String cumulative, String rollUp, String benefits, String total) {
        static Year of(CostingYear y) {
            return new Year(y.number(), y.start(), y.end(), y.fraction().stripTrailingZeros().toPlainString(), money(y.wages()),
                    money(y.oneTime()), money(y.increment()), money(y.cumulative()), money(y.rollUp()), money(y.benefits()), money(y.total()));
        }
    }

    record Whole(String wages, String increment, String rollUp, String benefits, String total) {
    }

    record CostingView(List<Year> years, Whole wholeContract, String baseWages, String costOfOnePercent,
                       String endRateLiftPercent, String costPerMember, int headcount, List<String> assumptions) {
        static CostingView of(Costing c) {
            Costing.Totals w = c.wholeContract();
            return new CostingView(c.years().stream().map(Year::of).toList(),
                    new Whole(money(w.wages()), money(w.increment()), money(w.rollUp()), money(w.benefits()), money(w.total())),
                    money(c.baseWages()), money(c.costOfOnePercent()), money(c.endRateLiftPercent()), money(c.costPerMember()),
                    c.headcount(), c.assumptions());
        }
    }

    /** A scenario with its costing: {id, name, model, shared, terms, years, wholeContract, …}. */
    record ScenarioView(long id, String name, ModelRef model, boolean shared, List<Term> terms, List<Year> years,
                        Whole wholeContract, String baseWages, String costOfOnePercent, String endRateLiftPercent,
                        String costPerMember, int headcount, List<String> assumptions) {
        static ScenarioView of(long id, String name, boolean shared, List<Term> terms, ModelCosting mc) {
            CostingView c = CostingView.of(mc.costing());
            return new ScenarioView(id, name, ModelRef.of(mc.model()), shared, terms, c.years(), c.wholeContract(), c.baseWages(),
                    c.costOfOnePercent(), c.endRateLiftPercent(), c.costPerMember(), c.headcount(), c.assumptions());
        }
    }

    /** A version's costing under one model. */
    record ModelCostingView(ModelRef model, boolean shared, List<Year> years, Whole wholeContract, String baseWages,
                            String costOfOnePercent, String endRateLiftPercent, String costPerMember, int headcount,
                            List<String> assumptions) {
        static ModelCostingView of(ModelCosting mc) {
            CostingView c = CostingView.of(mc.costing());
            return new ModelCostingView(ModelRef.of(mc.model()), mc.shared(), c.years(), c.wholeContract(), c.baseWages(),
                    c.costOfOnePercent(), c.endRateLiftPercent(), c.costPerMember(), c.headcount(), c.assumptions());
        }
    }

    record GapYear(int number, String labor, String management, String gap) {
    }

    record GapView(ModelRef model, String laborOffer, String managementOffer, CostingView labor, CostingView management,
                   List<GapYear> years, String gapWholeContract) {
        static GapView of(OfferGap g) {
            List<GapYear> years = g.model().contractYears().stream().map(y -> new GapYear(y.number(),
                    g.labor() == null ? null : money(g.labor().years().get(y.number() - 1).total()),
                    g.management() == null ? null : money(g.management().years().get(y.number() - 1).total()),
                    g.gap().isEmpty() ? null : money(g.gap().get(y.number() - 1)))).toList();
            return new GapView(ModelRef.of(g.model()), g.laborLabel(), g.managementLabel(),
                    g.labor() == null ? null : CostingView.of(g.labor()), g.management() == null ? null : CostingView.of(g.management()),
                    years, money(g.gapWholeContract()));
        }
    }
}
