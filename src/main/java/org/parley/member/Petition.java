package org.parley.member;

import java.time.LocalDate;
import org.parley.platform.Audience;

/** A petition, pledge or sign-on letter with its count of signatures (withdrawn ones not counted). */
public record Petition(long id, long negotiationId, PetitionKind kind, String title, String text, int goal,
                       Audience audience, LocalDate deadline, long signatures) {

    /** Progress toward the goal, 0 to 1. */
    public double progress() {
        return goal <= 0 ? 1 : Math.min(1.0, (double) signatures / goal);
    }

    public int percent() {
        return (int) Math.floor(progress() * 100);
    }

    public boolean open(LocalDate today) {
        return deadline == null || !today.isAfter(deadline);
    }
}
