package org.parley.account;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parley.platform.ParleyException;

/** Creating and managing accounts. Administrators only, except where a method says otherwise. */
public interface Accounts {

    Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,79}");
    int MINIMUM_PASSWORD_LENGTH = 8;

    Account create(Viewer by, NewAccount account);

    List<Account> list(Viewer by);

    void changePassword(Viewer by, long accountId, String newPassword);

    /** Enables or disables an account; disabling ends its sessions and API tokens at once ({@link #endAccess}). */
    void setEnabled(Viewer by, long accountId, boolean enabled);

    /**
     * Ends every signed-in browser session and API token of the account at once, on every instance sharing
     * the database: for a module that takes a person's standing away (a member made inactive on the roster).
     * The person may sign in again only where they still may.
     */
    void endAccess(long accountId);

    /** Whether the account may still be used: enabled, and for a member account in good standing. */
    boolean hasAccess(long accountId);

    /** The viewer of an enabled account, for start-up tasks such as loading the demo. */
    Optional<Viewer> viewerOf(String username);

    /**
     * Creates the account if it is missing, or resets its password and role if it exists: the demo
     * prints a fresh password at every start.
     */
    Viewer createOrReset(String username, String displayName, Role role, String password);

    /**
     * The member account for a roster entry that signed in by an e-mailed link: the enabled
     * account {@code accountId} when given (an earlier sign-in, or the administrator's link), or a
     * new {@link Role#MEMBER} account named {@code username} with no usable password. Members never
     * sign in with a password; everyone else keeps password sign-in.
     *
     * @throws ParleyException (conflict) if the account exists but is not a member account, or is disabled
     */
    Viewer memberAccount(Long accountId, String username, String displayName);

    /** The account's viewer by username (any role, enabled or not), for linking a roster entry to it. */
    Optional<Account> find(String username);

    static String checkedPassword(String password) {
        if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw ParleyException.invalid("A password needs at least " + MINIMUM_PASSWORD_LENGTH + " characters.");
        }
        return password;
    }

    static String checkedUsername(String username) {
        String name = ParleyException.requireText(username, "A username").toLowerCase();
        if (!USERNAME.matcher(name).matches()) {
            throw ParleyException.invalid("A username is 2 to 80 characters: letters, digits, dot, dash or underscore.");
        }
        return name;
    }
}
