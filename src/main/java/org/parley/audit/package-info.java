/**
 * The append-only audit trail: who changed what, when, in which negotiation. Owns the table
 * {@code audit_entry}. Modules record an entry in the same transaction as the change it
 * describes, so the trail cannot miss a change that was saved, nor show one that was not.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.parley.audit;
