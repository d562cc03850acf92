package org.parley.subgroup;

/** Whose interest it is: one side's, or shared by both (the common ground options build on). */
public enum InterestSide {
    LABOR, MANAGEMENT, SHARED
}
