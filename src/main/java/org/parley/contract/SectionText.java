package org.parley.contract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The blocks of a section's text as pages and documents lay them out: paragraphs (separated by a
 * blank line), list items and table rows ("| a | b |"), one a line.
 */
public final class SectionText {

    /** @return "paragraph", "item" or "table", for templates */
    public sealed interface Block permits Paragraph, ListItem, Table {
        String kind();
    }

    public record Paragraph(String text) implements Block {
        public String kind() {
            return "paragraph";
        }
    }

    public record ListItem(String text) implements Block {
        public String kind() {
            return "item";
        }
    }

    public record Table(List<List<String>> rows) implements Block {
        public String kind() {
            return "table";
        }
    }

    private SectionText() {
    }

    public static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        List<List<String>> rows = null;
        StringBuilder paragraph = null;
        for (String line : (text == null ? "" : text).split("\n", -1)) {
            String t = line.strip();
            boolean row = t.startsWith("|") && t.endsWith("|") && t.length() > 1;
            if (!row && rows != null) {
                blocks.add(new Table(rows));
                rows = null;
            }
            if (t.isEmpty()) {
                if (paragraph != null) {
                    blocks.add(new Paragraph(paragraph.toString()));
                    paragraph = null;
                }
                continue;
            }
            if (row) {
                if (paragraph != null) {
                    blocks.add(new Paragraph(paragraph.toString()));
                    paragraph = null;
                }
                if (t.matches("\\|[\\s:|-]+\\|")) {
                    continue; // a Markdown separator row
                }
                if (rows == null) {
                    rows = new ArrayList<>();
                }
                rows.add(Arrays.stream(t.substring(1, t.length() - 1).split("\\|", -1)).map(String::strip).toList());
            } else if (t.matches("^(?:[-*•▪◦]|\\(?\\d{1,2}[.)]|\\(?[a-zA-Z][.)]|\\([ivxlIVXL]{1,5}\\))\\s+\\S.*")) {
                if (paragraph != null) {
                    blocks.add(new Paragraph(paragraph.toString()));
                    paragraph = null;
                }
                blocks.add(new ListItem(t));
            } else if (paragraph == null) {
                paragraph = new StringBuilder(t);
            } else {
                paragraph.append('\n').append(t);
            }
        }
        if (rows != null) {
            blocks.add(new Table(rows));
        }
        if (paragraph != null) {
            blocks.add(new Paragraph(paragraph.toString()));
        }
        return blocks;
    }
}
