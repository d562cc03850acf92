package org.parley.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.contract.Redline.Run;
import org.parley.contract.Redline.RunType;
import org.parley.support.CorpusPairs;
import org.parley.support.SharedCorpus;

class RedlineTest {

    @Test
    void aChangedWordIsStruckAndTheNewOneUnderlined() {
        List<Run> runs = Redline.between("Employees accrue eight hours per month.", "Employees accrue six hours per month.");
        assertThat(runs).containsExactly(new Run(RunType.EQUAL, "Employees accrue "), new Run(RunType.DELETE, "eight"),
                new Run(RunType.INSERT, "six"), new Run(RunType.EQUAL, " hours per month."));
    }

    @Test
    void numbersWithPointsAndCommasChangeAsOneWord() {
        List<Run> runs = Redline.between("a differential of $4.00 for 1,112 members", "a differential of $3.25 for 1,112 members");
        assertThat(runs).contains(new Run(RunType.DELETE, "4.00"), new Run(RunType.INSERT, "3.25"));
    }

    @Test
    void amountsChangeWholeNotDigitByDigit() {
        List<Run> runs = Redline.between("up to two thousand dollars ($2,000) per year", "up to five thousand dollars ($5,000) per year");
        assertThat(runs).contains(new Run(RunType.DELETE, "2,000"), new Run(RunType.INSERT, "5,000"));
    }

    @Test
    void textAddedAfterAWordKeepsTheWordEqual() {
        List<Run> runs = Redline.between("No cap applies.", "No cap applies & none is set.");
        assertThat(runs).containsExactly(new Run(RunType.EQUAL, "No cap applies"), new Run(RunType.INSERT, " & none is set"),
                new Run(RunType.EQUAL, "."));
    }

    @Test
    void neighbouringChangedWordsReadAsOnePhrase() {
        List<Run> runs = Redline.between("the Employer shall decide", "the Union may decide");
        assertThat(runs).containsExactly(new Run(RunType.EQUAL, "the "), new Run(RunType.DELETE, "Employer shall"),
                new Run(RunType.INSERT, "Union may"), new Run(RunType.EQUAL, " decide"));
    }

    @Test
    void punctuationAndWhitespaceArePreservedExactly() {
        String before = "Section 1.  Rest breaks:\tten (10) minutes;\n\nmeal: thirty (30).";
        String after = "Section 1.  Rest breaks:\tfifteen (15) minutes;\n\nmeal: thirty (30), paid.";
        List<Run> runs = Redline.between(before, after);
        assertThat(Redline.oldText(runs)).isEqualTo(before);
        assertThat(Redline.newText(runs)).isEqualTo(after);
        assertThat(runs).contains(new Run(RunType.INSERT, ", paid"));
    }

    @Test
    void aLineLaidOutAgainShowsOnlyItsSpacingChanged() {
        List<Run> runs = Redline.between("Section 4.  Every January, each university\nwill remind employees.\n",
                "    Section 4. Every January,   each university\nwill remind employees.\n");
        assertThat(runs).containsExactly(new Run(RunType.INSERT, "    "), new Run(RunType.EQUAL, "Section 4. "), new Run(RunType.DELETE, " "),
                new Run(RunType.EQUAL, "Every January, "), new Run(RunType.INSERT, "  "),
                new Run(RunType.EQUAL, "each university\nwill remind employees.\n"));
    }

    @Test
    void anAgreementReTypesetWithOneWordChangedShowsThatWordAndTheSpacingOnly() {
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (int line = 0; line < 400; line++) {
            String words = "Article " + line / 20 + " clause " + line + " of the agreement, as agreed by both parties";
            before.append(words).append(line % 7 == 0 ? " \n\n" : "\n");
            String relaid = "        " + words.replace(", ", ",    ");
            after.append(line == 250 ? relaid.replace("both", "all") : relaid).append(line % 7 == 0 ? "\n\n" : "\n");
        }
        List<Run> runs = Redline.between(before.toString(), after.toString());
        assertThat(Redline.oldText(runs)).isEqualTo(before.toString());
        assertThat(Redline.newText(runs)).isEqualTo(after.toString());
        assertThat(runs.stream().filter(r -> r.type() != RunType.EQUAL && !r.text().isBlank()))
                .containsExactly(new Run(RunType.DELETE, "both"), new Run(RunType.INSERT, "all"));
    }

    @Test
    void wordsRunTogetherOrPulledApartAreAChangeNotSpacing() {
        List<Run> runs = Redline.between("Every one of the employees\nshall be paid.\n", "Everyone of the employees\nshall be paid.\n");
        assertThat(runs).contains(new Run(RunType.DELETE, "Every one"), new Run(RunType.INSERT, "Everyone"));
    }

    @Test
    void aCharacterWrittenAsTwoUnitsIsNeverSplitBetweenRuns() {
        List<Run> runs = Redline.between("café 𝄞 — x", "café 𝄟 — x"); // the two share their first UTF-16 unit
        assertThat(runs).containsExactly(new Run(RunType.EQUAL, "café "), new Run(RunType.DELETE, "𝄞"), new Run(RunType.INSERT, "𝄟"),
                new Run(RunType.EQUAL, " — x"));
    }

    @Test
    void aMovedParagraphIsStruckWholeAndInsertedWhole() {
        String a = "Alpha paragraph about wages and steps.\n\n";
        String b = "Bravo paragraph about holidays.\n\n";
        String c = "Charlie paragraph about seniority lists.\n";
        List<Run> runs = Redline.between(a + b + c, b + c.strip() + "\n\n" + a.strip() + "\n");
        assertThat(runs.stream().filter(r -> r.type() == RunType.DELETE).map(Run::text)).anyMatch(t -> t.contains("Alpha paragraph about wages and steps."));
        assertThat(runs.stream().filter(r -> r.type() == RunType.INSERT).map(Run::text)).anyMatch(t -> t.contains("Alpha paragraph about wages and steps."));
    }

    @Test
    void identicalTextsAreOneEqualRunAndEmptyTextsNone() {
        assertThat(Redline.between("same", "same")).containsExactly(new Run(RunType.EQUAL, "same"));
        assertThat(Redline.between("", "")).isEmpty();
        assertThat(Redline.between("", "new text")).containsExactly(new Run(RunType.INSERT, "new text"));
        assertThat(Redline.between("old text", null)).containsExactly(new Run(RunType.DELETE, "old text"));
    }

    /** Property: for any two texts, the runs spell the old text and the new text exactly. */
    @Test
    void applyingTheRedlineToTheOldTextGivesTheNewTextForRandomTexts() {
        Random random = new Random(20261126L);
        String[] vocabulary = {"the", "Employer", "Union", "shall", "may", "employee", "8", "4.00", "1,112", "don't",
                "hours", "(a)", "—", ",", ".", ";", " ", "  ", "\n", "\n\n", "\t", "é", "overtime", "Section", "13.2", "“", "”"};
        for (int round = 0; round < 3000; round++) {
            String before = randomText(random, vocabulary, random.nextInt(60));
            String after = mutate(random, vocabulary, before);
            List<Run> runs = Redline.between(before, after);
            assertThat(Redline.oldText(runs)).as("round %d", round).isEqualTo(before);
            assertThat(Redline.newText(runs)).as("round %d", round).isEqualTo(after);
            for (int k = 1; k < runs.size(); k++) {
                assertThat(runs.get(k).type()).as("adjacent runs of one kind in round %d", round).isNotEqualTo(runs.get(k - 1).type());
                assertThat(runs.get(k).text()).isNotEmpty();
            }
        }
    }

    /**
     * Property on documents of labelled items and paragraphs: whatever is split, merged, relabelled,
     * inserted, removed, moved or edited, the runs spell both texts, none is empty and no two
     * neighbours are of one kind.
     */
    @Test
    void applyingTheRedlineGivesTheNewTextForRandomlyRestructuredDocuments() {
        Random random = new Random(20261202L);
        String[] vocabulary = {"the", "Employer", "Union", "shall", "may", "employee", "eight", "4.00", "1,112", "don't",
                "hours", "overtime", "Section", "13.2", "plan", "amount", "deposited", "per", "month", "é", "—", ",", ";"};
        for (int round = 0; round < 1500; round++) {
            List<String> items = new ArrayList<>();
            int count = 1 + random.nextInt(12);
            for (int k = 0; k < count; k++) {
                items.add(randomText(random, vocabulary, 3 + random.nextInt(25)).strip());
            }
            String style = random.nextBoolean() ? "(%s) " : "%s. ";
            boolean blankLines = random.nextBoolean();
            String before = document(items, style, blankLines);
            List<String> changed = restructure(random, vocabulary, items);
            String after = random.nextInt(8) == 0 ? document(changed, "%s) ", !blankLines) : document(changed, style, blankLines);
            List<Run> runs = Redline.between(before, after);
            assertThat(Redline.oldText(runs)).as("round %d", round).isEqualTo(before);
            assertThat(Redline.newText(runs)).as("round %d", round).isEqualTo(after);
            for (int k = 0; k < runs.size(); k++) {
                assertThat(runs.get(k).text()).as("round %d", round).isNotEmpty();
                if (k > 0) {
                    assertThat(runs.get(k).type()).as("adjacent runs of one kind in round %d", round).isNotEqualTo(runs.get(k - 1).type());
                }
            }
        }
    }

    /** The same property on real successive versions of agreements (PDFs as PDFBox reads them). */
    @Test
    void applyingTheRedlineGivesTheNewTextForRealSuccessiveContracts() throws IOException {
        SharedCorpus.file("contracts/grinnell-ugsdw/ugsdw-grinnell-contract-2024-2027.md");
        List<CorpusPairs.Pair> pairs = CorpusPairs.all();
        assertThat(pairs).isNotEmpty();
        for (CorpusPairs.Pair pair : pairs) {
            List<Run> runs = Redline.between(pair.oldText(), pair.newText());
            assertThat(Redline.oldText(runs)).as(pair.name()).isEqualTo(pair.oldText());
            assertThat(Redline.newText(runs)).as(pair.name()).isEqualTo(pair.newText());
            assertThat(Redline.changes(runs)).as(pair.name()).isTrue();
        }
    }

    /**
     * Long texts have their word comparisons shared with a second thread, in stretches joined in
     * order: the runs are the same, run for run, as when one thread does all, whichever thread
     * takes which stretch (here a helper that starts each piece of work on a new thread at once).
     */
    @Test
    void longTextsComparedOnTwoThreadsGiveTheSameRunsAsOnOne() {
        Random random = new Random(20261203L);
        String[] vocabulary = {"the", "Employer", "Union", "shall", "may", "employee", "eight", "4.00", "hours", "overtime",
                "Section", "13.2", "plan", "amount", "per", "month", ",", ";"};
        List<String> items = new ArrayList<>();
        for (int k = 0; k < 4_000; k++) {
            items.add(randomText(random, vocabulary, 3 + random.nextInt(40)).strip());
        }
        String before = document(items, "(%s) ", random.nextBoolean());
        String after = document(restructureMany(random, vocabulary, items), "(%s) ", true);
        assertThat(before.length() + after.length()).isGreaterThan(Comparisons.LONG * 4);
        List<Run> alone = Redline.sharedWith(null, before, after);
        List<Run> shared = Redline.sharedWith(work -> Thread.ofPlatform().start(work), before, after);
        assertThat(shared).isEqualTo(alone);
        assertThat(Redline.oldText(shared)).isEqualTo(before);
        assertThat(Redline.newText(shared)).isEqualTo(after);
    }

    @Test
    void realSuccessiveContractsComparedOnTwoThreadsGiveTheSameRunsAsOnOne() throws IOException {
        SharedCorpus.file("contracts/grinnell-ugsdw/ugsdw-grinnell-contract-2024-2027.md");
        for (CorpusPairs.Pair pair : CorpusPairs.all()) {
            assertThat(Redline.sharedWith(work -> Thread.ofPlatform().start(work), pair.oldText(), pair.newText()))
                    .as(pair.name()).isEqualTo(Redline.sharedWith(null, pair.oldText(), pair.newText()));
        }
    }

    private static List<String> restructureMany(Random random, String[] vocabulary, List<String> items) {
        List<String> result = new ArrayList<>();
        for (int at = 0; at < items.size(); at += 10) {
            result.addAll(restructure(random, vocabulary, items.subList(at, Math.min(items.size(), at + 10))));
        }
        return result;
    }

    private static String document(List<String> items, String style, boolean blankLines) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < items.size(); k++) {
            text.append(String.format(style, (char) ('A' + k % 26))).append(items.get(k)).append(blankLines ? "\n\n" : "\n");
        }
        return text.toString();
    }

    /** Splits, merges, inserts, removes, moves and edits items; labels follow from the new order. */
    private static List<String> restructure(Random random, String[] vocabulary, List<String> items) {
        List<String> result = new ArrayList<>(items);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && !result.isEmpty(); e++) {
            int at = random.nextInt(result.size());
            switch (random.nextInt(6)) {
                case 0 -> { // split
                    String item = result.get(at);
                    int cut = item.indexOf(' ', item.length() / 2);
                    if (cut > 0) {
                        result.set(at, item.substring(0, cut));
                        result.add(at + 1, item.substring(cut + 1));
                    }
                }
                case 1 -> { // merge with the next
                    if (at + 1 < result.size()) {
                        result.set(at, result.get(at) + " " + result.remove(at + 1));
                    }
                }
                case 2 -> result.add(at, randomText(random, vocabulary, 3 + random.nextInt(20)).strip());
                case 3 -> result.remove(at);
                case 4 -> result.add(random.nextInt(result.size()), result.remove(at));
                default -> result.set(at, mutate(random, vocabulary, result.get(at)));
            }
        }
        return result;
    }

    private static String randomText(Random random, String[] vocabulary, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(vocabulary[random.nextInt(vocabulary.length)]);
            if (random.nextInt(3) > 0) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    private static String mutate(Random random, String[] vocabulary, String text) {
        List<String> tokens = new ArrayList<>(Redline.tokens(text));
        int edits = random.nextInt(6);
        for (int e = 0; e < edits; e++) {
            int at = tokens.isEmpty() ? 0 : random.nextInt(tokens.size() + 1);
            switch (random.nextInt(3)) {
                case 0 -> tokens.add(Math.min(at, tokens.size()), vocabulary[random.nextInt(vocabulary.length)]);
                case 1 -> {
                    if (!tokens.isEmpty()) {
                        tokens.remove(Math.min(at, tokens.size() - 1));
                    }
                }
                default -> {
                    if (!tokens.isEmpty()) {
                        tokens.set(Math.min(at, tokens.size() - 1), vocabulary[random.nextInt(vocabulary.length)]);
                    }
                }
            }
        }
        if (random.nextInt(10) == 0) {
            return randomText(random, vocabulary, random.nextInt(30));
        }
        return String.join("", tokens);
    }
}
