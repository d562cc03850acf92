package org.parley.costing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.parley.costing.Term;
import org.parley.costing.TermType;
import org.parley.platform.ParleyException;
import org.parley.platform.TypedInput;

/**
 * The terms form as typed: one row per term, every field as text, so a refused form comes back exactly as
 * it was. Rows with no type are blank and ignored.
 */
record TermRows(List<Row> rows) {

    static final int BLANK_ROWS = 4;

    record Row(String type, String on, String percent, String cents, String amount, String classifications, String name,
               String years, String tier, String premium, String employer, String turnover) {

        static Row blank() {
            return new Row("", "", "", "", "", "", "", "", "", "", "", "");
        }

        static Row of(Term t) {
            return new Row(t.type().name(), t.on() == null ? "" : t.on().toString(), text(t.percent()), text(t.cents()), text(t.amount()),
                    String.join(", ", t.classifications()), t.name() == null ? "" : t.name(), t.years() == null ? "" : t.years().toString(),
                    t.tier() == null ? "" : t.tier(), text(t.monthlyPremium()), text(t.employerPercent()), text(t.turnoverPercent()));
        }

        private static String text(BigDecimal value) {
            return value == null ? "" : value.toPlainString();
        }
    }

    /** The rows of a form post: every field is a list, one entry per row, in the order of the rows. */
    static TermRows of(java.util.Map<String, List<String>> form) {
        List<String> types = form.getOrDefault("type", List.of());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            rows.add(new Row(at(form, "type", i), at(form, "on", i), at(form, "percent", i), at(form, "cents", i), at(form, "amount", i),
                    at(form, "classifications", i), at(form, "name", i), at(form, "years", i), at(form, "tier", i),
                    at(form, "premium", i), at(form, "employer", i), at(form, "turnover", i)));
        }
        return new TermRows(rows);
    }

    static TermRows of(List<Term> terms) {
        List<Row> rows = new ArrayList<>(terms.stream().map(Row::of).toList());
        return new TermRows(rows).withBlanks();
    }

    TermRows withBlanks() {
        List<Row> all = new ArrayList<>(rows.stream().filter(r -> !r.type().isBlank()).toList());
        for (int i = 0; i < BLANK_ROWS; i++) {
            all.add(Row.blank());
        }
        return new TermRows(all);
    }

    private static String at(java.util.Map<String, List<String>> form, String field, int i) {
        List<String> values = form.get(field);
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
    }

    List<Term> terms() {
        List<Term> terms = new ArrayList<>();
        int n = 0;
        for (Row row : rows) {
            if (row.type() == null || row.type().isBlank()) {
                continue;
            }
            n++;
            String where = "Term " + n + ": ";
            TermType type;
            try {
                type = TermType.valueOf(row.type().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ParleyException.invalid(where + "'" + row.type() + "' is not a kind of term.");
            }
            LocalDate on = TypedInput.date(row.on(), "date of term " + n);
            List<String> classes = row.classifications().isBlank() ? List.of()
                    : Arrays.stream(row.classifications().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            Integer years = row.years().isBlank() ? null : TypedInput.wholeNumber(row.years(), "years of service of term " + n);
            terms.add(new Term(type, type.oneTime() ? null : on, type.oneTime() ? on : null, number(row.percent(), where + "percent"),
                    number(row.cents(), where + "cents"), number(row.amount(), where + "amount"), classes,
                    row.name().isBlank() ? null : row.name().strip(), years, row.tier().isBlank() ? null : row.tier().strip(),
                    number(row.premium(), where + "monthly premium"), number(row.employer(), where + "employer share"),
                    number(row.turnover(), where + "turnover")));
        }
        return terms;
    }

    private static BigDecimal number(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", "").replace("$", "").replace("%", ""));
        } catch (NumberFormatException e) {
            throw ParleyException.invalid(what + ": '" + text + "' is not a number.");
        }
    }
}
