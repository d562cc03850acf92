package org.parley.account;

/**
 * How the person behind a request proved who they are, beyond holding an account. Most acts need
 * only the account; casting a ballot needs more, because whoever runs Parley can reach a member's
 * account: an administrator can set its password, and the labor team can change the roster address
 * that sign-in links go to. The vote compares this proof with what it froze (docs/VOTING.md).
 *
 * @param channel how the person signed in
 * @param address the e-mail address the proof rests on: the address a sign-in link went to, or the
 *                address the owner had proved when they chose their password; null otherwise
 */
public record SignInProof(Channel channel, String address) implements java.io.Serializable {

    /** No proof beyond the account: start-up tasks, feed tokens, viewers made by the application. */
    public static final SignInProof NONE = new SignInProof(Channel.NONE, null);

    public enum Channel {
        NONE,
        /** A one-time sign-in link e-mailed to {@code address}. */
        EMAIL_LINK,
        /** A password the account's owner chose, while signed in by a link sent to {@code address}. */
        PASSWORD_CHOSEN_BY_OWNER,
        /** A password an administrator set (or Parley at start-up): whoever set it can use it too. */
        PASSWORD_SET_BY_ADMINISTRATOR
    }

    public SignInProof {
        if (channel == null) {
            channel = Channel.NONE;
        }
    }

    public static SignInProof emailLink(String address) {
        return new SignInProof(Channel.EMAIL_LINK, address);
    }

    /** The proof a password sign-in carries: {@code ownerAddress} is null for a password the owner did not choose. */
    public static SignInProof password(String ownerAddress) {
        return ownerAddress == null ? new SignInProof(Channel.PASSWORD_SET_BY_ADMINISTRATOR, null)
                : new SignInProof(Channel.PASSWORD_CHOSEN_BY_OWNER, ownerAddress);
    }

    /** The address the owner proved, carried over to a password they choose in this session; null when none was. */
    public String ownerAddress() {
        return channel == Channel.EMAIL_LINK || channel == Channel.PASSWORD_CHOSEN_BY_OWNER ? address : null;
    }

    /** As stored with a bearer token: the channel, a space, the address. */
    public String stored() {
        return address == null ? channel.name() : channel.name() + " " + address;
    }

    public static SignInProof parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return NONE;
        }
        int space = stored.indexOf(' ');
        Channel channel = Channel.valueOf(space < 0 ? stored : stored.substring(0, space));
        return new SignInProof(channel, space < 0 ? null : stored.substring(space + 1));
    }
}
