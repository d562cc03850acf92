package org.parley.account.internal;

import java.util.Collection;
import java.util.List;
import org.parley.account.Viewer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The signed-in account as Spring Security holds it; carries no password. */
record ParleyPrincipal(Viewer viewer) implements java.io.Serializable {

    Collection<? extends GrantedAuthority> authorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + viewer.role().name()));
    }

    @Override
    public String toString() {
        return viewer.username();
    }
}
