package org.parley.contract;

/**
 * A section of an agreement.
 *
 * @param number how the agreement numbers it, qualified by its article: "13.2", "4.2.1", "10.1(A)";
 *               text of an article that is not divided into sections has the article's number
 * @param text   paragraphs separated by a blank line; list items and table rows ("| a | b |") one a line
 */
public record Section(String number, String title, String text) {

    public String heading() {
        return title == null || title.isBlank() ? "Section " + number : number + " " + title;
    }
}
