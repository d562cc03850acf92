package org.parley.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Marks the {@link java.time.Clock} that always reads the system's real time, for every security decision:
 * when a sign-in link, an API token or a browser session expires, and how long a throttle or a rate limit
 * holds. The unqualified clock may be pinned to another "today" (the demo, {@code PARLEY_TODAY}) for the
 * figures people see; a token must not be made on one instance's pinned date and judged on another's.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface RealTime {
}
