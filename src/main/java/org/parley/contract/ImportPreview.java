package org.parley.contract;

import java.util.List;

/** What an import found, shown before anything is saved. */
public record ImportPreview(String format, List<Article> articles, List<ImportProblem> problems) {

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
