package org.parley.platform;

/**
 * The one way Parley sends e-mail. With Spring Boot's {@code spring.mail.host} set
 * (SPRING_MAIL_HOST, SPRING_MAIL_PORT, …) a message goes to that SMTP server; without it, it is
 * written as an {@code .eml} file to the outbox folder (PARLEY_OUTBOX_DIR, by default
 * {@code outbox} under PARLEY_DATA_DIR), and the team's pages say so.
 */
public interface Postbox {

    /**
     * Sends one message now.
     *
     * @throws MailFailure when it could not be handed over; {@link MailFailure#temporary()} says
     *                     whether trying again later may succeed
     */
    void send(OutgoingMail mail);

    /** True when messages go to an SMTP server; false when they are written to the outbox folder. */
    boolean smtp();

    /** Where messages are written without SMTP, as a person would read it. */
    String outboxFolder();

    /** What the team's pages say about where e-mail goes. */
    /**
     * What a page says about e-mail: the technical detail (SPRING_MAIL_HOST, the outbox folder) is for
     * administrators; a team sees plain words, and nothing when mail is sent normally.
     */
    default String whereMailGoesFor(boolean administrator) {
        if (administrator) {
            return whereMailGoes();
        }
        return smtp() ? "" : "E-mail is not sent yet: the administrator has not set up a mail server, so messages wait on the server.";
    }

    default String whereMailGoes() {
        return smtp() ? "E-mail is sent through the configured SMTP server."
                : "No SMTP server is configured (SPRING_MAIL_HOST): e-mail is written as .eml files to "
                        + outboxFolder() + " instead of being sent.";
    }

    /** A message that was not handed over. */
    class MailFailure extends RuntimeException {

        private final boolean temporary;

        public MailFailure(String message, boolean temporary, Throwable cause) {
            super(message, cause);
            this.temporary = temporary;
        }

        public boolean temporary() {
            return temporary;
        }
    }
}
