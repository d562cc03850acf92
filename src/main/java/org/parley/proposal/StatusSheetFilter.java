package org.parley.proposal;

import org.parley.platform.Side;

/**
 * Narrows the status sheet; null (or blank) fields do not filter.
 *
 * @param text     a word of the subject or the article ("search")
 * @param article  an article as the threads name it, with its sections: "Art. 13" keeps "Art. 13" and "Art. 13.2",
 *                 not "Art. 130" (any case)
 * @param subgroup the subgroup a thread came from ({@link ProposalThread#origin()})
 */
public record StatusSheetFilter(ThreadStatus status, Side lastSide, Boolean economic, String text, String article, String subgroup) {

    public static final StatusSheetFilter ALL = new StatusSheetFilter(null, null, null, null, null, null);

    public StatusSheetFilter(ThreadStatus status, Side lastSide, Boolean economic, String text) {
        this(status, lastSide, economic, text, null, null);
    }

    public StatusSheetFilter {
        text = blankToNull(text);
        article = blankToNull(article);
        subgroup = blankToNull(subgroup);
    }

    public boolean accepts(StatusSheetRow row) {
        return (status == null || row.thread().status() == status)
                && (lastSide == null || row.lastSide() == lastSide)
                && (economic == null || row.thread().economic() == economic)
                && (article == null || inArticle(row.thread().article(), article))
                && (subgroup == null || subgroup.equals(row.thread().origin()))
                && (text == null || contains(row.thread().title(), text) || contains(row.thread().article(), text));
    }

    /** Whether any field filters: the page says "of N threads" then. */
    public boolean narrows() {
        return status != null || lastSide != null || economic != null || text != null || article != null || subgroup != null;
    }

    private static boolean inArticle(String value, String article) {
        return value != null && (value.equalsIgnoreCase(article) || value.toLowerCase().startsWith(article.toLowerCase() + "."));
    }

    private static boolean contains(String value, String text) {
        return value != null && value.toLowerCase().contains(text.strip().toLowerCase());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
