package org.parley.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.contract.Redline.Run;
import org.parley.contract.Redline.RunType;

/**
 * Paragraphs and list items added, split, merged, relabelled and moved: the redline pairs each new
 * paragraph with the old one it came from before comparing words (synthetic fixtures, modelled on
 * a benefits MOU whose item (F) was split in two and whose later items were relabelled).
 */
class RedlinePairingTest {

    static final String A = "(A) The District shall provide medical coverage to every eligible employee and dependant.\n";
    static final String B = "(B) Dental coverage is provided through the dental plan chosen by the Health Service System.\n";
    static final String C = "(C) Vision coverage is provided through the vision plan, with one examination a year.\n";
    static final String F_FIRST = "The District contributes to each employee's health account every month of the plan year.";
    static final String F_SECOND = "The contribution is set each plan year by the Health Service Board after a public hearing.";
    static final String G = "The HSA/HRA-VEBA amount is deposited in equal installments on each pay day of the year.";
    static final String H = "Under the Co-Pay Plan, office visits cost twenty dollars and urgent care visits forty dollars.";

    @Test
    void aSplitItemReadsAsAnInsertedBreakAndTheRelabelledItemsAsChangedLabels() {
        String before = A + B + C + "(F) " + F_FIRST + " " + F_SECOND + "\n(G) " + G + "\n(H) " + H + "\n";
        String after = A + B + C + "(F) " + F_FIRST + "\n(G) " + F_SECOND + "\n(H) " + G + "\n(I) " + H + "\n";
        List<Run> runs = spells(before, after);

        assertThat(changed(runs)).noneMatch(t -> t.contains("contributes") || t.contains("contribution is set")
                || t.contains("HSA") || t.contains("Co-Pay") || t.contains("coverage"));
        assertThat(runs).containsSubsequence(new Run(RunType.INSERT, "\n(G) "), new Run(RunType.EQUAL, F_SECOND + "\n("),
                new Run(RunType.DELETE, "G"), new Run(RunType.INSERT, "H"));
        assertThat(runs).containsSubsequence(new Run(RunType.DELETE, "G"), new Run(RunType.INSERT, "H"),
                new Run(RunType.EQUAL, ") " + G + "\n("), new Run(RunType.DELETE, "H"), new Run(RunType.INSERT, "I"),
                new Run(RunType.EQUAL, ") " + H + "\n"));
    }

    @Test
    void relabelledItemsAreNotComparedWithTheirNeighbours() {
        String before = A + B + C;
        String after = A.replace("(A)", "(B)") + B.replace("(B)", "(C)") + C.replace("(C)", "(D)");
        List<Run> runs = spells(before, after);
        assertThat(changed(runs)).allMatch(t -> t.matches("[A-D]"));
        assertThat(runs.stream().filter(r -> r.type() == RunType.DELETE)).hasSize(3);
    }

    @Test
    void twoItemsMergedReadAsTheRemovalOfALabel() {
        String before = "(A) " + F_FIRST + "\n(B) " + F_SECOND + "\n(C) " + G + "\n";
        String after = "(A) " + F_FIRST + " " + F_SECOND + "\n(B) " + G + "\n";
        List<Run> runs = spells(before, after);
        assertThat(changed(runs)).noneMatch(t -> t.contains("contributes") || t.contains("contribution") || t.contains("HSA"));
        assertThat(runs.stream().filter(r -> r.type() == RunType.DELETE).map(Run::text)).anyMatch(t -> t.contains("(B)"));
    }

    @Test
    void aParagraphInsertedInTheMiddleIsOneInsertionAndItsNeighboursAreUntouched() {
        String inserted = "(B) Hearing aids are covered up to two thousand dollars every three years for each member.\n";
        String before = A + B.replace("(B)", "(C)") + C.replace("(C)", "(D)");
        String after = A + inserted + B + C;
        List<Run> runs = spells(before, after);
        assertThat(runs.stream().filter(r -> r.type() == RunType.INSERT).map(Run::text)).anyMatch(t -> t.contains("Hearing aids are covered up to two thousand dollars"));
        assertThat(changed(runs)).noneMatch(t -> t.contains("Dental") || t.contains("Vision") || t.contains("medical"));
    }

    @Test
    void aMovedAndEditedParagraphIsStruckHereAndInsertedThere() {
        String before = "Section 1. " + F_FIRST + "\n\nSection 2. " + G + "\n\nSection 3. " + H + "\n";
        String after = "Section 1. " + G.replace("equal", "two") + "\n\nSection 2. " + H.replace("twenty", "thirty")
                + "\n\nSection 3. " + F_FIRST.replace("month", "quarter") + "\n";
        List<Run> runs = spells(before, after);
        assertThat(runs.stream().filter(r -> r.type() == RunType.DELETE).map(Run::text)).anyMatch(t -> t.contains(F_FIRST.substring(0, 40)));
        assertThat(runs.stream().filter(r -> r.type() == RunType.INSERT).map(Run::text)).anyMatch(t -> t.contains(F_FIRST.substring(0, 40)));
        assertThat(runs).contains(new Run(RunType.DELETE, "equal"), new Run(RunType.INSERT, "two"),
                new Run(RunType.DELETE, "twenty"), new Run(RunType.INSERT, "thirty"));
    }

    @Test
    void aRewrittenParagraphAmongOthersIsStruckAndInsertedWholeNotWordByWord() {
        String before = A + "(B) Employees may carry over forty hours of vacation into the next calendar year.\n" + C;
        String after = A.replace("(A)", "(1)") + "(2) The Employer shall pay the premium for the basic life insurance policy.\n"
                + C.replace("(C)", "(3)");
        List<Run> runs = spells(before, after);
        assertThat(runs).containsSubsequence(new Run(RunType.DELETE, "(B) Employees may carry over forty hours of vacation into the next calendar year.\n"),
                new Run(RunType.INSERT, "(2) The Employer shall pay the premium for the basic life insurance policy.\n"));
    }

    @Test
    void sectionsWithChangedWordsStillChangeWordByWord() {
        String before = "1.1 Employees accrue eight hours per month.\n1.2 Overtime is paid at time and one half.\n";
        String after = "1.1 Employees accrue six hours per month.\n1.2 Overtime is paid at double time.\n";
        List<Run> runs = spells(before, after);
        assertThat(runs).contains(new Run(RunType.DELETE, "eight"), new Run(RunType.INSERT, "six"));
    }

    @Test
    void aLongNumberedListWithAnItemInsertedAtTheTopReadsAsOneInsertionAndRenumbering() {
        java.util.Random random = new java.util.Random(8);
        String[] words = ("wages steps holidays seniority layoff recall grievance arbitration uniforms mileage parking "
                + "training probation vacancies transfers overtime callback standby shift differential meals breaks lockers "
                + "safety ergonomics telework bereavement jury military sabbatical tuition childcare pension dental vision").split(" ");
        List<String> items = new java.util.ArrayList<>();
        for (int k = 0; k < 120; k++) {
            StringBuilder item = new StringBuilder("The parties agree on");
            for (int w = 0; w < 8; w++) {
                item.append(' ').append(words[random.nextInt(words.length)]).append(random.nextInt(1000));
            }
            items.add(item.append('.').toString());
        }
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder("1. A new first item about remote work stipends.\n");
        for (int k = 0; k < items.size(); k++) {
            before.append(k + 1).append(". ").append(items.get(k)).append('\n');
            after.append(k + 2).append(". ").append(items.get(k)).append('\n');
        }
        List<Run> runs = spells(before.toString(), after.toString());
        assertThat(changed(runs)).allMatch(t -> t.matches("\\d+") || t.contains("remote work stipends"));
    }

    static List<Run> spells(String before, String after) {
        List<Run> runs = Redline.between(before, after);
        assertThat(Redline.oldText(runs)).isEqualTo(before);
        assertThat(Redline.newText(runs)).isEqualTo(after);
        return runs;
    }

    static List<String> changed(List<Run> runs) {
        return runs.stream().filter(r -> r.type() != RunType.EQUAL).map(Run::text).toList();
    }
}
