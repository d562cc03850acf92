/**
 * The demo negotiation loaded on first start of the embedded run (PARLEY_DEMO), and the
 * start-up banner that prints the address and the demo logins. Owns no table: it writes the
 * demo through the other modules' facades, exactly as the teams would.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package org.parley.demo;
