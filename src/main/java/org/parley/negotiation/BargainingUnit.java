package org.parley.negotiation;

public record BargainingUnit(long id, String name, Integer memberCount) {
}
