package org.parley.session;

import org.parley.platform.Side;

public record Attendee(Side side, String name) {
}
