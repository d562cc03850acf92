package org.parley.contract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.contract.Agreement;
import org.parley.contract.Article;
import org.parley.contract.Citation;
import org.parley.contract.Section;

/**
 * Resolves the citations agreements, memos and MOUs make ("10.L.5", "Article 12, Section 2(F)",
 * "Sec. 11.B", "Appendix A", "12.01") to the unit, section and subdivision they point to, and finds
 * them in an agreement's own text so that its pages can link them. A subdivision is found in the
 * section's text as the paragraph or item that starts with its label ("L.", "(L)", "L)"), nested
 * labels one inside the other.
 */
public final class Citations {

    private static final String UNIT_WORDS = "Appendix|Schedule|Exhibit|Attachment|Addendum|Annex|LOA|MOU";
    /** A citation as it stands in running text. */
    static final Pattern IN_TEXT = Pattern.compile(
            "\\b(?:(?:Article|ARTICLE|Art\\.)\\s+(?:[0-9]{1,3}|[IVXLC]{1,7})\\b(?:,?\\s+(?:Section|Sec\\.|§)\\s*\\d+(?:\\.[0-9A-Za-z]+)*"
                    + "(?:\\([A-Za-z0-9]{1,3}\\))*)?"
                    + "|(?:Sections?|Sec\\.|§)\\s*\\d+(?:\\.[0-9A-Z]+)*(?:\\([A-Za-z0-9]{1,3}\\))*"
                    + "|(?:" + UNIT_WORDS + "|APPENDIX|SCHEDULE|EXHIBIT)\\s+[A-Z0-9]{1,2}\\b)");
    private static final Pattern REF = Pattern.compile(
            "(?i)^\\s*(?:(article|art\\.?|" + UNIT_WORDS.toLowerCase(Locale.ROOT) + ")\\s*([0-9A-Z]{1,7})\\s*,?\\s*)?"
                    + "(?:(?:section|sec\\.?|§)\\s*)?([0-9A-Z][0-9A-Z.()]*)?\\s*\\.?\\s*$");

    private final Agreement agreement;
    private final Map<String, Article> units = new HashMap<>();
    private final Map<String, Section> sections = new HashMap<>();

    Citations(Agreement agreement) {
        this.agreement = agreement;
        for (Article article : agreement.articles()) {
            units.putIfAbsent(key(article.number()), article);
            units.putIfAbsent(key(Headings.arabic(article.number())), article);
            for (Section section : article.sections()) {
                sections.putIfAbsent(key(section.number()), section);
            }
        }
    }

    /** A piece of running text: plain, or a citation that resolves (with the reference to link). */
    public record Piece(String text, String ref) {
    }

    Optional<Citation> resolve(String ref) {
        if (ref == null || ref.isBlank() || ref.length() > 120) {
            return Optional.empty();
        }
        Matcher m = REF.matcher(ref.strip().replaceAll("\\s+", " "));
        if (!m.matches() || m.group(2) == null && m.group(3) == null) {
            return Optional.empty();
        }
        String word = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        List<String> path = m.group(3) == null ? List.of() : components(m.group(3));
        Article unit = null;
        if (m.group(2) != null) {
            String id = m.group(2).toUpperCase(Locale.ROOT);
            unit = word.startsWith("art") ? units.get(key(Headings.arabic(id)))
                    : units.get(key(capitalised(word) + " " + id));
            if (unit == null) {
                return Optional.empty();
            }
        }
        return within(ref.strip(), unit, path);
    }

    /** Finds the longest leading part of the path that names a section (qualified by the unit if there is one). */
    private Optional<Citation> within(String ref, Article unit, List<String> path) {
        for (int length = path.size(); length >= 1; length--) {
            for (String number : spellings(unit, path.subList(0, length))) {
                Section section = sections.get(key(number));
                if (section != null && (unit == null || unit.sections().contains(section))) {
                    return Optional.of(cite(ref, articleOf(section), section, path.subList(length, path.size())));
                }
            }
            if (unit == null && length == 1) {
                Article top = units.get(key(path.get(0)));
                if (top != null && !top.sections().isEmpty()) {
                    return Optional.of(cite(ref, top, top.sections().get(0), path.subList(1, path.size())));
                }
            }
        }
        if (unit != null && !unit.sections().isEmpty()) {
            return Optional.of(cite(ref, unit, unit.sections().get(0), path));
        }
        return Optional.empty();
    }

    private Citation cite(String ref, Article unit, Section section, List<String> below) {
        if (below.isEmpty()) {
            return new Citation(ref, unit.number(), unit.title(), section.number(), section.title(), "", section.text());
        }
        String text = subdivision(section.text(), below);
        if (text == null) {
            // the subdivision may be in a later section of the same unit (a section's text split by a heading)
            for (Section other : unit.sections()) {
                text = other == section ? null : subdivision(other.text(), below);
                if (text != null) {
                    section = other;
                    break;
                }
            }
        }
        return new Citation(ref, unit.number(), unit.title(), section.number(), section.title(), String.join(".", below),
                text == null ? section.text() : text);
    }

    /** The paragraphs from the one labelled with the path's first part (then, inside it, the next part) to the next sibling label. */
    static String subdivision(String text, List<String> path) {
        String[] blocks = text.split("\n\n|\n(?=\\|)|(?<=\\|)\n");
        int from = 0;
        int to = blocks.length;
        for (int p = 0; p < path.size(); p++) {
            String part = path.get(p);
            int found = -1;
            for (int i = from; i < to && found < 0; i++) {
                found = labelled(blocks[i], part) ? i : -1;
            }
            if (found < 0) {
                return null;
            }
            int end = found + 1;
            while (end < to && !sibling(blocks[end], part)) {
                end++;
            }
            if (p == path.size() - 1) {
                return String.join("\n\n", java.util.Arrays.asList(blocks).subList(found, end));
            }
            from = found + 1;
            to = end;
        }
        return null;
    }

    private static boolean labelled(String block, String label) {
        String b = block.strip();
        String l = Pattern.quote(label);
        return b.matches("(?s)^(?:\\(" + l + "\\)|" + l + "[.)])\\s.*") || b.matches("(?s)^\\S*\\b" + l + "[.)]\\s.*") && b.indexOf(' ') < 12;
    }

    /** A label of the same kind as this one (a letter after a letter, a number after a number): the next sibling. */
    private static boolean sibling(String block, String label) {
        String b = block.strip();
        String kind = label.matches("\\d+") ? "\\d{1,3}" : label.matches("[a-z]+") ? "[a-z]{1,3}" : "[A-Z]{1,2}";
        return b.matches("(?s)^(?:\\(" + kind + "\\)|" + kind + "[.)])\\s.*") && !labelled(b, label);
    }

    /** "10.L.5" → [10, L, 5]; "2(F)" → [2, F]; "12.01" → [12, 01]. */
    static List<String> components(String path) {
        List<String> parts = new ArrayList<>();
        for (String p : path.replace("(", ".").replace(")", "").split("\\.")) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        return parts;
    }

    /** The ways an agreement may number the section a path names: "12.2", "12.2(F)", "Appendix A.2", "2". */
    private static List<String> spellings(Article unit, List<String> path) {
        String dotted = String.join(".", path);
        List<String> spellings = new ArrayList<>();
        if (unit != null) {
            String number = Headings.arabic(unit.number());
            if (!dotted.startsWith(number + ".")) {
                spellings.add(number + "." + dotted);
            }
            if (path.size() > 1) {
                spellings.add(number + "." + path.get(0) + parenthesised(path.subList(1, path.size())));
            }
        }
        spellings.add(dotted);
        if (path.size() > 1) {
            spellings.add(path.get(0) + "." + path.get(1) + parenthesised(path.subList(2, path.size())));
        }
        return spellings;
    }

    private static String parenthesised(List<String> parts) {
        StringBuilder s = new StringBuilder();
        parts.forEach(p -> s.append('(').append(p).append(')'));
        return s.toString();
    }

    private Article articleOf(Section section) {
        return agreement.articles().stream().filter(a -> a.sections().contains(section)).findFirst().orElseThrow();
    }

    /** The text cut into plain pieces and the citations in it that resolve in this agreement. */
    public List<Piece> pieces(String text) {
        List<Piece> pieces = new ArrayList<>();
        Matcher m = IN_TEXT.matcher(text);
        int at = 0;
        while (m.find()) {
            String ref = m.group().replaceFirst("(?i)^sections", "Section");
            if (resolve(ref).isEmpty()) {
                continue;
            }
            if (m.start() > at) {
                pieces.add(new Piece(text.substring(at, m.start()), null));
            }
            pieces.add(new Piece(m.group(), ref));
            at = m.end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), null));
        }
        return pieces;
    }

    private static String key(String number) {
        return number.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static String capitalised(String word) {
        return word.length() <= 3 ? word.toUpperCase(Locale.ROOT) : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
