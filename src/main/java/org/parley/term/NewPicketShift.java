package org.parley.term;

/** @param startsAt ISO date-times; without an offset, the negotiation's zone */
public record NewPicketShift(String location, String startsAt, String endsAt, String captain, Integer slots, String note) {
}
