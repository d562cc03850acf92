package org.parley.account.internal;

import java.util.Collection;
import java.util.List;
import org.parley.account.Viewer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in account as Spring Security holds it; carries no password. {@code epoch} is the account's
 * access epoch at sign-in: {@link CurrentAccessFilter} ends the session once the database's differs.
 */
record ParleyPrincipal(Viewer viewer, int epoch) implements java.io.Serializable {

    Collection<? extends GrantedAuthority> authorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + viewer.role().name()));
    }

    @Override
    public String toString() {
        return viewer.username();
    }
}
