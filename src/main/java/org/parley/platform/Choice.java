package org.parley.platform;

/**
 * One option of a select as a page offers it: the value the form sends and the label a person reads. A template
 * writes a list of them with {@code parley:options="${list}"} (and {@code parley:selected="${value}"}) in one step,
 * where a {@code th:each} over a long list (a national table's 150 sessions) would evaluate four expressions per option.
 */
public interface Choice {

    String value();

    String label();
}
