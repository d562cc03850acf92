package org.parley.contract;

import java.util.List;

/** @param number as printed: "13", "XIII", "LOA 2", "Appendix A" */
public record Article(String number, String title, List<Section> sections) {

    public String heading() {
        String label = number.matches("[0-9IVXLCDM]+[A-Z]?") ? "Article " + number : number;
        return title == null || title.isBlank() ? label : label + " – " + title;
    }
}
