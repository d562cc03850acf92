package org.parley.contract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.parley.contract.ImportProblem;

/**
 * The lines of an agreement published as a web page, read with jsoup: headings (h1–h6) are passed
 * on as headings, paragraphs and list items as lines (an ordered list's numbers, which exist only
 * in the markup, are spelled out as the browser shows them), and table rows as table rows. Scripts,
 * styles, forms and embedded objects are never read; nothing in the page is ever run.
 */
final class HtmlLayout {

    private static final Pattern HTML = Pattern.compile("(?is)^\\s*(?:<\\?php.*?\\?>\\s*)*(?:<!doctype\\s+html|<html|<head|<body)");
    private static final Set<String> IGNORED = Set.of("script", "style", "noscript", "template", "iframe", "object", "embed",
            "svg", "canvas", "form", "button", "select", "textarea", "head");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer", "aside",
            "blockquote", "pre", "dt", "dd", "dl", "center", "address", "figure", "figcaption", "hr", "caption", "body", "ul", "ol");

    private final List<AgreementParser.Line> lines = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private AgreementParser.Line.Hint hint = AgreementParser.Line.Hint.NONE;
    private int ignored;

    private HtmlLayout() {
    }

    static boolean looksLikeHtml(String text) {
        return HTML.matcher(text.length() > 4096 ? text.substring(0, 4096) : text).find();
    }

    static Layout lines(String html) {
        Document document = Jsoup.parse(html);
        HtmlLayout layout = new HtmlLayout();
        layout.block(document.body());
        layout.flush();
        List<ImportProblem> notes = layout.ignored == 0 ? List.of() : List.of(ImportProblem.warning(0, "Ignored " + layout.ignored
                + " scripts, styles, forms and embedded objects of the web page (they are not agreement text)."));
        return new Layout(layout.lines, notes);
    }

    private void block(Element element) {
        for (Node child : element.childNodes()) {
            node(child);
        }
    }

    private void node(Node node) {
        if (node instanceof TextNode text) {
            current.append(text.getWholeText().replace('\u00A0', ' ').replaceAll("\\s+", " "));
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = element.normalName();
        if (IGNORED.contains(tag)) {
            ignored++;
            return;
        }
        switch (tag) {
            case "br" -> flush();
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                paragraphBreak();
                hint = AgreementParser.Line.Hint.HEADING;
                block(element);
                paragraphBreak();
            }
            case "li" -> {
                flush();
                current.append(label(element));
                hint = AgreementParser.Line.Hint.LIST_ITEM;
                block(element);
                flush();
            }
            case "table" -> {
                paragraphBreak();
                table(element);
                paragraphBreak();
            }
            default -> {
                if (BLOCKS.contains(tag)) {
                    paragraphBreak();
                    block(element);
                    paragraphBreak();
                } else {
                    block(element);
                }
            }
        }
    }

    /** "3." for the third item of a numbered list (from its start and type), "•" for a bulleted one. */
    private static String label(Element item) {
        Element list = item.parent();
        if (list == null || !list.normalName().equals("ol")) {
            return list != null && list.normalName().equals("ul") ? "• " : "";
        }
        int index = Integer.parseInt(item.hasAttr("value") && item.attr("value").matches("\\d{1,6}") ? item.attr("value") : "0");
        if (index == 0) {
            int start = list.attr("start").matches("-?\\d{1,6}") ? Integer.parseInt(list.attr("start")) : 1;
            int position = 0;
            for (Element sibling : list.children()) {
                if (sibling == item) {
                    break;
                }
                position += sibling.normalName().equals("li") ? 1 : 0;
            }
            index = start + position;
        }
        String type = list.attr("type");
        String number = switch (type) {
            case "a" -> DocxLayout.Numbering.format(index, "lowerLetter");
            case "A" -> DocxLayout.Numbering.format(index, "upperLetter");
            case "i" -> DocxLayout.Numbering.format(index, "lowerRoman");
            case "I" -> DocxLayout.Numbering.format(index, "upperRoman");
            default -> String.valueOf(index);
        };
        return number + ". ";
    }

    private void table(Element table) {
        for (Element row : table.select("tr")) {
            if (row.closest("table") != table) {
                continue; // a table inside a cell is read as the cell's text
            }
            StringBuilder cells = new StringBuilder("|");
            for (Element cell : row.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    cells.append(' ').append(cell.text().replace('|', '/').replace('\u00A0', ' ').strip()).append(" |");
                }
            }
            if (cells.length() > 1) {
                lines.add(new AgreementParser.Line(lines.size() + 1, cells.toString(), AgreementParser.Line.Hint.TABLE_ROW));
            }
        }
    }

    private void flush() {
        String text = current.toString().strip();
        if (!text.isEmpty()) {
            lines.add(new AgreementParser.Line(lines.size() + 1, text, hint));
        }
        current.setLength(0);
        hint = AgreementParser.Line.Hint.NONE;
    }

    private void paragraphBreak() {
        flush();
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).text().isEmpty()) {
            lines.add(AgreementParser.Line.of(lines.size() + 1, ""));
        }
    }
}
