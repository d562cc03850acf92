/**
 * The members' side of Parley: what a member of the unit sees after signing in. For now the
 * state of their negotiations; the roster, updates, events and petitions come with it later.
 * Members see only the MEMBERS and PUBLIC audiences.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Member")
package org.parley.member;
