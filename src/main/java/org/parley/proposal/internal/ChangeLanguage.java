package org.parley.proposal.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.parley.contract.SectionChange;

/** The plain-language form of section changes, for a version stated only as changes. */
final class ChangeLanguage {

    private ChangeLanguage() {
    }

    static String of(List<SectionChange> changes) {
        return changes.stream().map(ChangeLanguage::describe).collect(Collectors.joining("\n\n"));
    }

    private static String describe(SectionChange c) {
        String title = c.title() == null || c.title().isBlank() ? "" : " " + c.title();
        return switch (c.op()) {
            case REPLACE -> "Section " + c.section() + title + " shall read:\n" + c.text();
            case ADD -> "New section " + c.section() + title + ":\n" + c.text();
            case DELETE -> "Section " + c.section() + " is deleted.";
            case RENUMBER -> "Section " + c.section() + " is renumbered " + c.newNumber() + ".";
        };
    }
}
