package org.parley.communication;

/** Where the e-mails of a published update stand. */
public record DeliveryReport(long queued, long sent, long failed, long unsubscribed) {

    public long total() {
        return queued + sent + failed + unsubscribed;
    }

    public boolean done() {
        return queued == 0;
    }

    /** Share of the messages handled so far (sent, failed or skipped), 0 to 100. */
    public int percentDone() {
        return total() == 0 ? 100 : (int) ((total() - queued) * 100 / total());
    }
}
