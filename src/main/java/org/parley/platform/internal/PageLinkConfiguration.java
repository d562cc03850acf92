package org.parley.platform.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links on pages are written as they are. Boot registers a {@link ResourceUrlEncodingFilter} because the webjar
 * locator is on the classpath, and that filter asks the classpath whether each {@code @{...}} link is a static
 * resource, every link of every page, uncached when it is not: a third of the status sheet's time at national size.
 * Parley links its one webjar without a version ({@code /webjars/htmx.org/dist/htmx.min.js}, resolved when it is
 * served) and its own CSS and scripts without content hashes, so the filter never changed a link.
 */
@Configuration(proxyBeanMethods = false)
class PageLinkConfiguration {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
