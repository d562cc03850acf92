package org.parley.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpacingTest {

    /** Whether the two differ only in spacing, as the redline finds as it writes their runs; the runs are left empty otherwise. */
    static boolean same(String a, String b) {
        Runs runs = new Runs(a, b);
        boolean alike = Spacing.redline(a.toCharArray(), 0, a.length(), b.toCharArray(), 0, b.length(), runs);
        if (!alike) {
            assertThat(runs.size()).isZero();
        }
        return alike;
    }

    static long fingerprint(String line) {
        return Spacing.fingerprint(line.toCharArray(), 0, line.length());
    }

    @Test
    void indentationRunsOfSpacesAndLineEndsAreSpacing() {
        assertThat(same("  (a) ten  days,\tpaid\r\n", "(a) ten days, paid\n")).isTrue();
        assertThat(fingerprint("  (a) ten  days,\tpaid\r\n")).isEqualTo(fingerprint("(a) ten days, paid\n"));
        assertThat(same("   \n", "\n")).isTrue();
        assertThat(fingerprint("every one")).isEqualTo(fingerprint("everyone")); // alike in fingerprint, told apart as their runs are written
        assertThat(fingerprint("   \n")).isEqualTo(fingerprint(""));
    }

    @Test
    void wordsJoinedSplitOrChangedAreNotSpacing() {
        assertThat(same("every one", "everyone")).isFalse();
        assertThat(same("ten days", "ten days.")).isFalse();
        assertThat(same("ten days", "ten Days")).isFalse();
        assertThat(same("ten", "ten days")).isFalse();
        assertThat(same("", "ten")).isFalse();
    }

    @Test
    void passagesFoundToDifferInMoreLeaveTheRunsAsTheyWere() {
        String a = "Leave:  ten  days, paid";
        String b = "Leave: ten days,  unpaid";
        Runs runs = new Runs(a, b);
        runs.equal(0, 6); // "Leave:", which the passage's first equal run would have been joined to
        assertThat(Spacing.redline(a.toCharArray(), 6, a.length(), b.toCharArray(), 6, b.length(), runs)).isFalse();
        assertThat(runs.list()).containsExactly(new Redline.Run(Redline.RunType.EQUAL, "Leave:"));
    }

    @Test
    void linesAlikeButForSpacingGetOneIdAndOthersTheirOwn() {
        char[] old = "Section 1.  Pay\nSection 2. Leave\n".toCharArray();
        char[] updated = "  Section 1. Pay\nSection 2.  Hours\nSection 2. Leave".toCharArray();
        int[][] ids = Spacing.ids(Spacing.fingerprints(old, Redline.lineStarts(old)), Spacing.fingerprints(updated, Redline.lineStarts(updated)));
        assertThat(ids[0]).containsExactly(0, 1);
        assertThat(ids[1]).containsExactly(0, 2, 1);
    }

    @Test
    void linesWhoseFingerprintsCollideAreStillComparedWordByWord() {
        // the Thue–Morse word of 2,048 letters and its complement: equal under any polynomial hash modulo 2^64 with an odd base
        StringBuilder thueMorse = new StringBuilder();
        StringBuilder complement = new StringBuilder();
        for (int i = 0; i < 2048; i++) {
            boolean odd = Integer.bitCount(i) % 2 == 1;
            thueMorse.append(odd ? 'b' : 'a');
            complement.append(odd ? 'a' : 'b');
        }
        String before = "Article 1\n" + thueMorse + "\nArticle 2\n";
        String after = "Article 1\n" + complement + "\nArticle 2\n";
        assertThat(fingerprint(thueMorse.toString())).isEqualTo(fingerprint(complement.toString()));
        List<Redline.Run> runs = Redline.between(before, after);
        assertThat(Redline.oldText(runs)).isEqualTo(before);
        assertThat(Redline.newText(runs)).isEqualTo(after);
        assertThat(runs).contains(new Redline.Run(Redline.RunType.DELETE, thueMorse.toString()),
                new Redline.Run(Redline.RunType.INSERT, complement.toString()));
    }

    @Test
    void theRunsOfPassagesAlikeButForSpacingSpellBoth() {
        String a = "  Article 3 –  Wages\n\nRates rise\t2%.\n";
        String b = "Article 3 – Wages \n\n    Rates rise 2%.";
        Runs runs = new Runs(a, b);
        assertThat(Spacing.redline(a.toCharArray(), 0, a.length(), b.toCharArray(), 0, b.length(), runs)).isTrue();
        assertThat(Redline.oldText(runs.list())).isEqualTo(a);
        assertThat(Redline.newText(runs.list())).isEqualTo(b);
        assertThat(runs.list()).allMatch(r -> r.type() == Redline.RunType.EQUAL || r.text().isBlank());
    }
}
