package org.parley.term;

/**
 * An answer to an offer of extension: ACCEPTED, REFUSED or COUNTERED by the other side, or
 * WITHDRAWN by the side that offered it. A counter carries its own {@code days} or {@code until}.
 *
 * @param at ISO date-time; now when left out
 */
public record ExtensionResponse(String response, String at, Integer days, String until, String conditions) {
}
