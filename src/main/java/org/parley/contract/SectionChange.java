package org.parley.contract;

/**
 * One edit a proposal makes to an agreement, section by section.
 *
 * @param section   the section's number in the agreement (for ADD, the number of the new section)
 * @param newNumber for RENUMBER, the number the section takes
 * @param title     for REPLACE and ADD, the section's title (REPLACE keeps the old one when null)
 * @param text      for REPLACE and ADD, the section's whole new text
 */
public record SectionChange(Op op, String section, String newNumber, String title, String text) {

    public enum Op { REPLACE, ADD, DELETE, RENUMBER }

    public static SectionChange replace(String section, String text) {
        return new SectionChange(Op.REPLACE, section, null, null, text);
    }

    /** What the section reads as after this change, or null when it is deleted. */
    public String textAfter(Section before) {
        return switch (op) {
            case REPLACE, ADD -> text;
            case DELETE -> null;
            case RENUMBER -> before == null ? null : before.text();
        };
    }
}
