/**
 * Search across the record: threads and their language, session notes and sessions. Owns no
 * table; each module searches its own records and applies its audience rule, so a search can
 * never show more than the pages it links to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.parley.search;
