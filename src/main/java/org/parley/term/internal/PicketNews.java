package org.parley.term.internal;

import java.time.Clock;
import java.util.List;
import org.parley.account.Viewer;
import org.parley.member.MembersNews;
import org.parley.member.RosterMember;
import org.parley.term.PicketShift;
import org.springframework.stereotype.Component;

/** Puts the coming picket shifts on the members' home page, with a link to sign up. */
@Component
class PicketNews implements MembersNews {

    private final ReadinessService readiness;
    private final Clock clock;

    PicketNews(ReadinessService readiness, Clock clock) {
        this.readiness = readiness;
        this.clock = clock;
    }

    @Override
    public List<Item> forMember(Viewer viewer, RosterMember member) {
        return readiness.shifts(viewer, member.negotiationId()).stream()
                .filter(s -> s.endsAt().toInstant().isAfter(clock.instant()))
                .limit(5)
                .map((PicketShift s) -> new Item("Picket shifts", s.location() + (s.mine() ? " — you are signed up" : ""),
                        org.parley.platform.Times.at(s.startsAt()),
                        s.open() == 0 ? "This shift is full." : s.open() + " of " + s.slots() + " places open"
                                + (s.captain() == null ? "." : "; captain " + s.captain() + "."),
                        "/member/negotiations/" + member.negotiationId() + "/picket-shifts", s.startsAt().toInstant()))
                .toList();
    }
}
