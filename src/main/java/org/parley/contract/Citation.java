package org.parley.contract;

/**
 * Where a citation such as "10.L.5", "Article 12, Section 2(F)", "Sec. 11.B" or "Appendix A" points
 * in an agreement: the unit (article, appendix, letter), the section, and, where the citation goes
 * below a section, the subdivision it names ("L.5") and that subdivision's text.
 *
 * @param text the subdivision's text where one is named, otherwise the section's (or the unit's first section's)
 */
public record Citation(String ref, String articleNumber, String articleTitle, String sectionNumber, String sectionTitle,
                       String subdivision, String text) {
}
