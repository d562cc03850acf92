package org.parley.platform;

/** Who may see a record (DOMAIN.md, "Confidentiality"). Every record carries exactly one. */
public enum Audience {
    /** The labor team only. */
    LABOR,
    /** The management team only. */
    MANAGEMENT,
    /** Both bargaining teams. */
    TABLE,
    /** Signed-in members of the unit. */
    MEMBERS,
    /** Anyone. */
    PUBLIC;

    /** The side-private audience of a side. */
    public static Audience of(Side side) {
        return side == Side.LABOR ? LABOR : MANAGEMENT;
    }
}
