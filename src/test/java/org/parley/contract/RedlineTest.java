package org.parley.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.contract.Redline.Run;
import org.parley.contract.Redline.RunType;
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

    /** The same property on real successive versions of a contract, section by section. */
    @Test
    void applyingTheRedlineGivesTheNewTextForRealSuccessiveContracts() throws IOException {
        String before = Files.readString(SharedCorpus.file("contracts/grinnell-ugsdw/ugsdw-grinnell-contract-2021-2023.md"));
        String after = Files.readString(SharedCorpus.file("contracts/grinnell-ugsdw/ugsdw-grinnell-contract-2024-2027.md"));
        List<Run> runs = Redline.between(before, after);
        assertThat(Redline.oldText(runs)).isEqualTo(before);
        assertThat(Redline.newText(runs)).isEqualTo(after);
        assertThat(Redline.changes(runs)).isTrue();
        String older = Files.readString(SharedCorpus.file("contracts/oregon-state-cia/oregon-das-cia-cba-2023-2025.txt"));
        String newer = Files.readString(SharedCorpus.file("contracts/oregon-state-cia/oregon-das-cia-cba-2025-2027.txt"));
        List<Run> oregon = Redline.between(older, newer);
        assertThat(Redline.oldText(oregon)).isEqualTo(older);
        assertThat(Redline.newText(oregon)).isEqualTo(newer);
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
