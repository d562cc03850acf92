package org.parley.contract;

import java.util.List;

/**
 * What an import found, shown before anything is saved: the units and sections, the problems, and
 * the line of each heading it recognised (so that a person can promote, demote or merge them).
 */
public record ImportPreview(String format, List<Article> articles, List<ImportProblem> problems, List<Heading> headings) {

    public ImportPreview(String format, List<Article> articles, List<ImportProblem> problems) {
        this(format, articles, problems, List.of());
    }

    /**
     * A heading the importer recognised, with the source line it stands on; {@code printed} is the number
     * as the document prints it where the importer read it otherwise (a misprint read by the sequence), else "".
     */
    public record Heading(int line, Level level, String number, String title, String printed) {

        public enum Level { UNIT, SECTION }

        public Heading(int line, Level level, String number, String title) {
            this(line, level, number, title, "");
        }
    }

    public boolean saveable() {
        return !articles.isEmpty() && problems.stream().noneMatch(p -> p.severity() == ImportProblem.Severity.ERROR);
    }

    public int sectionCount() {
        return articles.stream().mapToInt(a -> a.sections().size()).sum();
    }

    public long wordCount() {
        return articles.stream().flatMap(a -> a.sections().stream())
                .mapToLong(s -> s.text().isBlank() ? 0 : s.text().strip().split("\\s+").length).sum();
    }
}
