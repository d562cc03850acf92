package org.parley.platform.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.parley.platform.ParleySettings;
import org.parley.platform.RealTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Two clocks. The one every module reads "now" and "today" from for what people see: when a day is
 * pinned (demo or PARLEY_TODAY) it is shifted, not frozen, so that time still flows from that day and a
 * demo bargaining session can be run live on the pinned date. And the {@link RealTime} one, never
 * pinned, for security decisions (expiry of links and tokens, throttles), which must agree across
 * instances whatever each one pins.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @Primary
    Clock clock(ParleySettings settings) {
        Clock system = Clock.system(ZoneId.systemDefault());
        LocalDate pinned = settings.pinnedToday();
        if (pinned == null) {
            return system;
        }
        LocalDate real = LocalDate.now(system);
        return Clock.offset(system, Duration.between(real.atStartOfDay(), pinned.atStartOfDay()));
    }

    @Bean
    @RealTime
    Clock realClock() {
        return Clock.system(ZoneId.systemDefault());
    }
}
