package org.parley.vote;

/** How far the e-mailing of a vote's voting keys has come: waiting (or being retried), sent, failed. */
public record KeyDelivery(int queued, int sent, int failed) {

    public int total() {
        return queued + sent + failed;
    }

    /** Share of the messages handled (sent or given up), 0–100. */
    public int percentDone() {
        return total() == 0 ? 100 : (int) ((sent + failed) * 100L / total());
    }
}
