package org.parley.costing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.parley.contract.ContractDocuments;
import org.parley.contract.LegalDocument;
import org.parley.costing.Costing;
import org.parley.costing.CostingModel;
import org.parley.costing.CostingYear;
import org.parley.costing.Term;

/** A costing's table, terms and assumptions as a PDF, written by the same writer as the other documents. */
final class CostingPdf {

    private CostingPdf() {
    }

    static byte[] of(String title, CostingModel model, List<Term> terms, Costing costing) {
        List<LegalDocument.Part> parts = new ArrayList<>();
        parts.add(new LegalDocument.Heading("Cost by contract year", 2));
        List<List<String>> rows = new ArrayList<>();
        for (CostingYear y : costing.years()) {
            rows.add(List.of("Year " + y.number() + " (" + y.start() + " to " + y.end() + ")", money(y.wages()), money(y.increment()),
                    money(y.cumulative()), money(y.rollUp()), money(y.benefits()), money(y.total())));
        }
        Costing.Totals whole = costing.wholeContract();
        rows.add(List.of("Whole contract", money(whole.wages()), money(whole.increment()), "", money(whole.rollUp()),
                money(whole.benefits()), money(whole.total())));
        parts.add(new LegalDocument.Grid(List.of("Year", "Wages", "Increment", "Cumulative", "Roll-up", "Benefits", "Total"), rows));
        parts.add(new LegalDocument.Grid(List.of("Figure", "Value"), List.of(
                List.of("Base annual payroll", money(costing.baseWages())),
                List.of("Cost of 1% (with the roll-up)", money(costing.costOfOnePercent())),
                List.of("End-rate lift", costing.endRateLiftPercent().toPlainString() + "%"),
                List.of("Cost per member (whole contract)", money(costing.costPerMember())),
                List.of("Headcount", String.valueOf(costing.headcount())))));
        parts.add(new LegalDocument.Heading("Terms", 2));
        parts.add(new LegalDocument.Text(terms.isEmpty() ? "None." : String.join("\n", terms.stream().map(Term::describe).toList())));
        parts.add(new LegalDocument.Heading("Assumptions", 2));
        parts.add(new LegalDocument.Text(String.join("\n", costing.assumptions())));
        return ContractDocuments.pdf(new LegalDocument(title, List.of(new LegalDocument.Field("Model", model.name()),
                new LegalDocument.Field("Side", model.side().label())), parts, false, true));
    }

    private static String money(BigDecimal amount) {
        return Assumptions.money(amount);
    }
}
