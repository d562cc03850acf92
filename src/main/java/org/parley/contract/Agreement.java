package org.parley.contract;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

public record Agreement(long id, String name, AgreementKind kind, String sourceName, Instant importedAt,
                        List<Article> articles) {

    public Stream<Section> sections() {
        return articles.stream().flatMap(a -> a.sections().stream());
    }

    public Optional<Section> section(String number) {
        return sections().filter(s -> s.number().equals(number)).findFirst();
    }

    /** The article a section belongs to. */
    public Optional<Article> articleOf(String sectionNumber) {
        return articles.stream().filter(a -> a.sections().stream().anyMatch(s -> s.number().equals(sectionNumber))).findFirst();
    }

    public int sectionCount() {
        return (int) sections().count();
    }

    public long wordCount() {
        return sections().mapToLong(s -> s.text().isBlank() ? 0 : s.text().strip().split("\\s+").length).sum();
    }
}
