package org.parley.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parley.platform.ParleyException;

/**
 * Section changes checked against an agreement, and agreed changes applied to it: the tentative
 * contract. Two agreed changes to the same section that do not say the same thing are a
 * conflict, reported with both texts, and neither is applied.
 */
public final class AppliedChanges {

    private AppliedChanges() {
    }

    /** Where an agreed change came from: the tentative agreement and the version it agreed to. */
    public record Source(long tentativeAgreementId, long threadId, String threadTitle, String versionLabel, LocalDate signedOn) {
    }

    public record AgreedChange(SectionChange change, Source source) {
    }

    public enum SectionStatus { UNCHANGED, REPLACED, ADDED, DELETED, RENUMBERED }

    /**
     * A section of the resulting contract.
     *
     * @param number     its number in the result (after any renumbering)
     * @param baseNumber its number in the base agreement, or null for an added section
     * @param baseText   its text in the base agreement ("" for an added section)
     * @param text       its text in the result ("" for a deleted section)
     * @param source     the TA the change came from, or null when unchanged
     */
    public record ResultSection(String articleNumber, String articleTitle, String number, String baseNumber, String title,
                                String baseText, String text, SectionStatus status, Source source) {
    }

    public record Conflict(String section, List<AgreedChange> changes) {
    }

    public record Result(List<ResultSection> sections, List<Conflict> conflicts) {

        public List<ResultSection> changed() {
            return sections.stream().filter(s -> s.status() != SectionStatus.UNCHANGED).toList();
        }
    }

    /** Refuses changes that do not fit the agreement, naming the section and what is wrong. */
    public static void check(Agreement base, List<SectionChange> changes) {
        Set<String> touched = new HashSet<>();
        for (SectionChange change : changes) {
            ParleyException.require(change.op(), "Each change's op (REPLACE, ADD, DELETE or RENUMBER)");
            String number = ParleyException.requireText(change.section(), "Each change's section number");
            if (!touched.add(number)) {
                throw ParleyException.invalid("Section " + number + " is changed twice in this version; state one change per section.");
            }
            boolean exists = base.section(number).isPresent();
            switch (change.op()) {
                case REPLACE -> {
                    if (!exists) {
                        throw ParleyException.invalid("Section " + number + " is not in " + base.name() + ": choose “Add section” for a new one (op ADD in the API).");
                    }
                    ParleyException.requireText(change.text(), "The new text of section " + number);
                }
                case ADD -> {
                    if (exists) {
                        throw ParleyException.invalid("Section " + number + " already exists in " + base.name() + ": choose “Amend section” to change it (op REPLACE in the API).");
                    }
                    ParleyException.requireText(change.text(), "The text of the new section " + number);
                }
                case DELETE -> {
                    if (!exists) {
                        throw ParleyException.invalid("Section " + number + " is not in " + base.name() + ", so it cannot be deleted.");
                    }
                }
                case RENUMBER -> {
                    if (!exists) {
                        throw ParleyException.invalid("Section " + number + " is not in " + base.name() + ", so it cannot be renumbered.");
                    }
                    String to = ParleyException.requireText(change.newNumber(), "The new number of section " + number);
                    if (base.section(to).isPresent()) {
                        throw ParleyException.invalid("Section " + number + " cannot become " + to + ": that number is taken.");
                    }
                }
            }
        }
    }

    /** The base agreement with the agreed changes applied, in the agreement's order, added sections in place. */
    public static Result apply(Agreement base, List<AgreedChange> agreed) {
        Map<String, List<AgreedChange>> bySection = new LinkedHashMap<>();
        for (AgreedChange change : agreed) {
            bySection.computeIfAbsent(change.change().section(), k -> new ArrayList<>()).add(change);
        }
        List<Conflict> conflicts = new ArrayList<>();
        Map<String, AgreedChange> effective = new LinkedHashMap<>();
        bySection.forEach((section, changes) -> {
            AgreedChange first = changes.get(0);
            boolean same = changes.stream().allMatch(c -> sameEffect(c.change(), first.change()));
            if (same) {
                effective.put(section, first);
            } else {
                conflicts.add(new Conflict(section, List.copyOf(changes)));
            }
        });
        Map<String, AgreedChange> renumberedTo = new LinkedHashMap<>();
        effective.values().stream().filter(c -> c.change().op() == SectionChange.Op.RENUMBER)
                .forEach(c -> renumberedTo.put(c.change().newNumber(), c));
        for (AgreedChange added : effective.values().stream().filter(c -> c.change().op() == SectionChange.Op.ADD).toList()) {
            AgreedChange clash = renumberedTo.get(added.change().section());
            if (clash != null) {
                conflicts.add(new Conflict(added.change().section(), List.of(clash, added)));
                effective.remove(added.change().section());
                effective.remove(clash.change().section());
            }
        }

        List<ResultSection> result = new ArrayList<>();
        for (Article article : base.articles()) {
            List<ResultSection> inArticle = new ArrayList<>();
            for (Section section : article.sections()) {
                AgreedChange change = effective.get(section.number());
                if (change == null) {
                    inArticle.add(new ResultSection(article.number(), article.title(), section.number(), section.number(),
                            section.title(), section.text(), section.text(), SectionStatus.UNCHANGED, null));
                    continue;
                }
                SectionChange c = change.change();
                inArticle.add(switch (c.op()) {
                    case REPLACE -> new ResultSection(article.number(), article.title(), section.number(), section.number(),
                            c.title() == null || c.title().isBlank() ? section.title() : c.title(), section.text(), c.text(),
                            SectionStatus.REPLACED, change.source());
                    case DELETE -> new ResultSection(article.number(), article.title(), section.number(), section.number(),
                            section.title(), section.text(), "", SectionStatus.DELETED, change.source());
                    case RENUMBER -> new ResultSection(article.number(), article.title(), c.newNumber(), section.number(),
                            section.title(), section.text(), section.text(), SectionStatus.RENUMBERED, change.source());
                    case ADD -> throw new IllegalStateException("an existing section cannot be added");
                });
            }
            for (AgreedChange change : effective.values()) {
                SectionChange c = change.change();
                if (c.op() == SectionChange.Op.ADD && belongsTo(c.section(), article, base)) {
                    // after the last section numbered before it; the agreement's own order is kept
                    int at = 0;
                    for (int i = 0; i < inArticle.size(); i++) {
                        if (compareNumbers(inArticle.get(i).number(), c.section()) < 0) {
                            at = i + 1;
                        }
                    }
                    inArticle.add(at, new ResultSection(article.number(), article.title(), c.section(), null,
                            c.title() == null ? "" : c.title(), "", c.text(), SectionStatus.ADDED, change.source()));
                }
            }
            result.addAll(inArticle);
        }
        for (AgreedChange change : effective.values()) {
            SectionChange c = change.change();
            if (c.op() == SectionChange.Op.ADD && base.articles().stream().noneMatch(a -> belongsTo(c.section(), a, base))) {
                result.add(new ResultSection("", "New sections", c.section(), null, c.title() == null ? "" : c.title(), "",
                        c.text(), SectionStatus.ADDED, change.source()));
            }
        }
        return new Result(result, conflicts);
    }

    private static boolean sameEffect(SectionChange a, SectionChange b) {
        return a.op() == b.op() && Objects.equals(a.newNumber(), b.newNumber()) && Objects.equals(a.text(), b.text())
                && Objects.equals(blankToNull(a.title()), blankToNull(b.title()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A new section "14.9" belongs to the article whose number or sections start with "14". */
    private static boolean belongsTo(String number, Article article, Agreement base) {
        String prefix = number.contains(".") ? number.substring(0, number.indexOf('.')) : number;
        boolean byNumber = article.sections().stream().anyMatch(s -> s.number().equals(prefix) || s.number().startsWith(prefix + "."));
        if (!byNumber) {
            return false;
        }
        return base.articles().stream().filter(a -> a.sections().stream()
                .anyMatch(s -> s.number().equals(prefix) || s.number().startsWith(prefix + "."))).findFirst().orElse(null) == article;
    }

    /** Orders "13.2" before "13.10" and "13.2" before "13.2.1". */
    static int compareNumbers(String a, String b) {
        String[] x = a.split("[.()]+");
        String[] y = b.split("[.()]+");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d+") && y[i].matches("\\d+")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
