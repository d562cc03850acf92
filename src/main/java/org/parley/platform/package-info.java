/**
 * The shared kernel every feature module may use: the confidentiality {@link org.parley.platform.Audience},
 * the two {@link org.parley.platform.Side}s of a table, the one error vocabulary
 * ({@link org.parley.platform.ParleyException} and its kinds) and the application clock.
 * It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.parley.platform;
