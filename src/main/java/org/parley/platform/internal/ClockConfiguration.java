package org.parley.platform.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.parley.platform.ParleySettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every module reads "now" and "today" from. When a day is pinned (demo or
 * PARLEY_TODAY) the clock is shifted, not frozen: time still flows from that day, so a demo
 * bargaining session can be run live on the pinned date.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(ParleySettings settings) {
        Clock system = Clock.system(ZoneId.systemDefault());
        LocalDate pinned = settings.pinnedToday();
        if (pinned == null) {
            return system;
        }
        LocalDate real = LocalDate.now(system);
        return Clock.offset(system, Duration.between(real.atStartOfDay(), pinned.atStartOfDay()));
    }
}
