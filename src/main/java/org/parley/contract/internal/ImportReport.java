package org.parley.contract.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parley.contract.Article;
import org.parley.contract.ImportPreview;
import org.parley.contract.ImportProblem;
import org.parley.platform.ParleyException;

/**
 * Imports every agreement in a folder (PDF, DOCX, HTML, Markdown, text) and prints, per document,
 * the numbered top-level units found against the count its EXPECTED.md declares, the expected
 * numbers that were missed, the units found that do not exist (numbers outside the declared range,
 * or a numbered unit found twice), the other units (appendices, letters), sections, and the time.
 * Run it with {@code ./parley import-report ../shared/corpus/contracts}.
 */
public final class ImportReport {

    /** One document's figures. */
    public record Row(String path, String format, Integer expected, int numbered, List<String> missing, List<String> invented,
                      int others, int sections, long millis, String refused, int errors) {

        boolean goalMet() {
            return refused == null && missing.isEmpty() && invented.isEmpty();
        }
    }

    private static final Pattern EXPECTED_ROW = Pattern.compile("^\\|\\s*([^|]+?)\\s*\\|[^|]*\\|[^|]*\\|[^|]*\\|\\s*([^|]*)\\|");
    private static final Pattern COUNT = Pattern.compile("^\\s*(?:\\*\\*)?(\\d{1,3})\\b");

    private ImportReport() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/corpus/contracts");
        List<Row> rows = run(root);
        print(rows, System.out);
    }

    /** Imports each document under the folder (skipping the .source.txt sidecars and EXPECTED.md). */
    public static List<Row> run(Path root) throws IOException {
        Map<String, Integer> expected = expected(root.resolve("EXPECTED.md"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(ImportReport::isAgreement).sorted().toList();
        }
        List<Row> rows = new ArrayList<>();
        for (Path file : files) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            rows.add(report(relative, Files.readAllBytes(file), expected.get(relative)));
        }
        return rows;
    }

    static boolean isAgreement(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.matches(".*\\.(pdf|docx|html?|md|markdown|txt)$") && !name.endsWith(".source.txt")
                && !name.equals("expected.md") && !name.contains("file-history");
    }

    static Row report(String path, byte[] bytes, Integer expected) {
        long start = System.nanoTime();
        ImportPreview preview;
        try {
            preview = AgreementFile.read(path.substring(path.lastIndexOf('/') + 1), bytes);
        } catch (ParleyException e) {
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new Row(path, "-", expected, 0, List.of(), List.of(), 0, 0, millis, e.getMessage(), 0);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Set<String> numbered = new LinkedHashSet<>();
        List<String> invented = new ArrayList<>();
        int others = 0;
        for (Article article : preview.articles()) {
            String number = Headings.arabic(article.number());
            if (!number.matches("\\d+|[A-Z]\\.\\d+")) {
                others++;
                continue;
            }
            if (!numbered.add(number)) {
                invented.add(number + " (again)");
            } else if (expected != null && number.matches("\\d+") && (Integer.parseInt(number) > expected || Integer.parseInt(number) < 1)) {
                invented.add(number);
            }
        }
        List<String> missing = new ArrayList<>();
        if (expected != null && numbered.stream().allMatch(n -> n.matches("\\d+"))) {
            for (int n = 1; n <= expected; n++) {
                if (!numbered.contains(String.valueOf(n))) {
                    missing.add(String.valueOf(n));
                }
            }
        } else if (expected != null && numbered.size() < expected) {
            missing.add((expected - numbered.size()) + " of " + expected);
        }
        int errors = (int) preview.problems().stream().filter(p -> p.severity() == ImportProblem.Severity.ERROR).count();
        return new Row(path, preview.format(), expected, numbered.size(), missing, invented, others, preview.sectionCount(), millis,
                null, errors);
    }

    /** The declared count of numbered top-level units per file, from EXPECTED.md's table (null: none declared). */
    static Map<String, Integer> expected(Path file) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        if (!Files.isReadable(file)) {
            return counts;
        }
        for (String line : Files.readAllLines(file)) {
            Matcher row = EXPECTED_ROW.matcher(line);
            if (row.find() && !row.group(1).equals("path") && !row.group(1).startsWith("---")) {
                Matcher count = COUNT.matcher(row.group(2));
                if (count.find()) {
                    counts.put(row.group(1), Integer.parseInt(count.group(1)));
                }
            }
        }
        return counts;
    }

    static void print(List<Row> rows, PrintStream out) {
        out.printf("%-78s %-8s %8s %8s %-24s %-16s %6s %8s %7s %s%n", "document", "format", "expected", "found", "missing",
                "invented", "others", "sections", "ms", "errors / refused");
        int met = 0;
        int declared = 0;
        for (Row r : rows) {
            declared += r.expected() == null ? 0 : 1;
            met += r.expected() != null && r.goalMet() ? 1 : 0;
            out.printf("%-78s %-8s %8s %8d %-24s %-16s %6d %8d %7d %s%n", r.path(), r.format(),
                    r.expected() == null ? "-" : r.expected(), r.numbered(), cut(String.join(",", r.missing())),
                    cut(String.join(",", r.invented())), r.others(), r.sections(), r.millis(),
                    r.refused() != null ? "REFUSED: " + cut(r.refused(), 70) : r.errors());
        }
        out.printf("%d of %d documents with a declared count: every expected unit found and none invented.%n", met, declared);
    }

    private static String cut(String text) {
        return cut(text, 24);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
