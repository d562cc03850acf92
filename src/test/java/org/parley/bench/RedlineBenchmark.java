package org.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parley.contract.Agreement;
import org.parley.contract.AgreementKind;
import org.parley.contract.AppliedChanges;
import org.parley.contract.Article;
import org.parley.contract.ContractDocuments;
import org.parley.contract.Redline;
import org.parley.contract.Section;
import org.parley.contract.SectionChange;
import org.parley.proposal.TentativeContract;
import org.parley.proposal.internal.ProposalDocuments;

/**
 * The whole-agreement redline and the DOCX export of the tentative contract on a synthetic
 * agreement of about 300 pages (~120,000 words) and a revision with ~5% of its words changed
 * across many sections, next to {@code git diff --no-index --word-diff=porcelain} on the same two
 * texts in the same run. Not a test: it runs only with {@code -Dparley.bench=true} (README, "Benchmark").
 */
@EnabledIfSystemProperty(named = "parley.bench", matches = "true")
class RedlineBenchmark {

    /** Enough runs for the JIT to compile the diff's loops fully, as in a server that has been up for a while. */
    static final int WARM_UP = Integer.getInteger("parley.bench.warmup", 60);

    static final String[] WORDS = ("the employer shall union employee employees agreement section article may not be "
            + "with to of in for any all such provided that within days notice written request seniority overtime hours "
            + "rate wage pay leave holiday schedule shift unit grievance arbitration committee representative "
            + "management rights duties including but limited reasonable parties mutually agreed basis regular "
            + "full-time part-time probationary period classification position vacancy posting").split(" ");

    @Test
    void wholeAgreementRedlineAgainstGitWordDiffAndTentativeContractExport() throws Exception {
        Random random = new Random(2026);
        Agreement base = agreement(random);
        Agreement revised = revise(base, random);
        String oldText = text(base);
        String newText = text(revised);
        long words = oldText.split("\\s+").length;
        long changedSections = revised.sections().filter(s -> !s.text().equals(base.section(s.number()).orElseThrow().text())).count();

        for (int i = 0; i < WARM_UP; i++) {
            Redline.between(oldText, newText); // warm-up: a server runs compiled code; let the JIT compile the diff first
        }
        long[] parley = new long[11];
        List<Redline.Run> runs = List.of();
        for (int i = 0; i < parley.length; i++) {
            long start = System.nanoTime();
            runs = Redline.between(oldText, newText);
            parley[i] = System.nanoTime() - start;
        }
        if (!Redline.oldText(runs).equals(oldText) || !Redline.newText(runs).equals(newText)) {
            throw new IllegalStateException("the redline does not spell the two texts");
        }
        long changedWords = runs.stream().filter(r -> r.type() == Redline.RunType.DELETE)
                .mapToLong(r -> r.text().isBlank() ? 0 : r.text().strip().split("\\s+").length).sum();

        long[] perSection = new long[11];
        for (int i = 0; i < perSection.length; i++) {
            long start = System.nanoTime();
            for (Section section : base.sections().toList()) {
                Redline.between(section.text(), revised.section(section.number()).orElseThrow().text());
            }
            perSection[i] = System.nanoTime() - start;
        }

        Path dir = Files.createTempDirectory("parley-bench");
        Path a = dir.resolve("old.txt");
        Path b = dir.resolve("new.txt");
        Files.writeString(a, oldText);
        Files.writeString(b, newText);
        gitWordDiff(a, b);
        long[] git = new long[11];
        for (int i = 0; i < git.length; i++) {
            long start = System.nanoTime();
            gitWordDiff(a, b);
            git[i] = System.nanoTime() - start;
        }

        TentativeContract contract = tentativeContract(base, revised);
        for (int i = 0; i < 3; i++) {
            ContractDocuments.docx(ProposalDocuments.tentativeContract(contract, true));
        }
        long[] export = new long[5];
        int bytes = 0;
        for (int i = 0; i < export.length; i++) {
            long start = System.nanoTime();
            bytes = ContractDocuments.docx(ProposalDocuments.tentativeContract(contract, true)).length;
            export[i] = System.nanoTime() - start;
        }

        System.out.printf("%n== Redline benchmark (median of %d runs after warm-up)%n", parley.length);
        System.out.printf("agreement: %,d words, %d articles, %d sections; revision changes %d sections, %,d words struck (%.1f%%)%n",
                words, base.articles().size(), base.sectionCount(), changedSections, changedWords, 100.0 * changedWords / words);
        System.out.printf("Parley whole-text redline   %8.1f ms%n", ms(median(parley)));
        System.out.printf("Parley per-section redlines %8.1f ms%n", ms(median(perSection)));
        System.out.printf("git diff --word-diff        %8.1f ms (process included)%n", ms(median(git)));
        System.out.printf("ratio Parley/git            %8.2f  (below 1: Parley is faster)%n", (double) median(parley) / median(git));
        System.out.printf("tentative contract DOCX     %8.1f ms, %,d bytes, %d sections redlined (target: under 3,000 ms)%n",
                ms(median(export)), bytes, contract.result().changed().size());
    }

    static Agreement agreement(Random random) {
        List<Article> articles = new ArrayList<>();
        for (int a = 1; a <= 60; a++) {
            List<Section> sections = new ArrayList<>();
            for (int s = 1; s <= 10; s++) {
                StringBuilder text = new StringBuilder();
                for (int p = 0; p < 2; p++) {
                    if (p > 0) {
                        text.append("\n\n");
                    }
                    text.append(sentence(random, 100));
                }
                sections.add(new Section(a + "." + s, "Title " + a + "." + s, text.toString()));
            }
            articles.add(new Article(String.valueOf(a), "Article title " + a, sections));
        }
        return new Agreement(1, "Synthetic agreement", AgreementKind.CURRENT, "synthetic", Instant.EPOCH, articles);
    }

    /** Changes about 12% of the words in 40% of the sections, and moves a paragraph in a few. */
    static Agreement revise(Agreement base, Random random) {
        List<Article> articles = new ArrayList<>();
        for (Article article : base.articles()) {
            List<Section> sections = new ArrayList<>();
            for (Section section : article.sections()) {
                String text = section.text();
                if (random.nextInt(10) < 4) {
                    List<String> words = new ArrayList<>(Arrays.asList(text.split(" ", -1)));
                    int edits = words.size() * 12 / 100;
                    for (int e = 0; e < edits; e++) {
                        int at = random.nextInt(words.size());
                        if (words.get(at).contains("\n")) {
                            continue;
                        }
                        switch (random.nextInt(3)) {
                            case 0 -> words.set(at, WORDS[random.nextInt(WORDS.length)]);
                            case 1 -> words.add(at, WORDS[random.nextInt(WORDS.length)]);
                            default -> words.set(at, String.valueOf(random.nextInt(100)));
                        }
                    }
                    text = String.join(" ", words);
                }
                if (random.nextInt(50) == 0) {
                    String[] paragraphs = text.split("\n\n");
                    text = paragraphs[paragraphs.length - 1] + "\n\n" + String.join("\n\n", Arrays.copyOf(paragraphs, paragraphs.length - 1));
                }
                sections.add(new Section(section.number(), section.title(), text));
            }
            articles.add(new Article(article.number(), article.title(), sections));
        }
        return new Agreement(2, "Revision", AgreementKind.CURRENT, "synthetic", Instant.EPOCH, articles);
    }

    static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                text.append(w % 17 == 0 ? ", " : " ");
            }
            text.append(w % 23 == 7 ? "(" + random.nextInt(90) + ")" : WORDS[random.nextInt(WORDS.length)]);
        }
        return text.append('.').toString();
    }

    static String text(Agreement agreement) {
        StringBuilder text = new StringBuilder();
        for (Article article : agreement.articles()) {
            text.append("ARTICLE ").append(article.number()).append(" – ").append(article.title()).append("\n\n");
            for (Section section : article.sections()) {
                text.append(section.number()).append(' ').append(section.title()).append(". ").append(section.text()).append("\n\n");
            }
        }
        return text.toString();
    }

    static TentativeContract tentativeContract(Agreement base, Agreement revised) {
        List<AppliedChanges.AgreedChange> changes = new ArrayList<>();
        long ta = 1;
        for (Section section : revised.sections().toList()) {
            if (!section.text().equals(base.section(section.number()).orElseThrow().text())) {
                changes.add(new AppliedChanges.AgreedChange(SectionChange.replace(section.number(), section.text()),
                        new AppliedChanges.Source(ta, ta, "Thread on " + section.number(), "L-" + ta, LocalDate.of(2026, 3, 1))));
                ta++;
            }
        }
        return new TentativeContract(1, "Benchmark negotiation", base, LocalDate.of(2026, 3, 17),
                AppliedChanges.apply(base, changes), List.of(), changes.size(), 0);
    }

    static void gitWordDiff(Path a, Path b) throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "diff", "--no-index", "--word-diff=porcelain", a.toString(), b.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!git.waitFor(5, TimeUnit.MINUTES)) {
            git.destroyForcibly();
            throw new IllegalStateException("git diff did not finish");
        }
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

}
