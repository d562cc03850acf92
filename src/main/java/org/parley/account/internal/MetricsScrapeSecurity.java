package org.parley.account.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.parley.platform.SecretToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may read {@code /actuator/prometheus}: only a scraper that sends {@code Authorization: Bearer} with
 * the token set in {@code PARLEY_METRICS_TOKEN}. Without that setting nobody may, signed in or not. Not
 * an account: a scraper is a machine that reads request counts and timings, never a record, and its
 * token opens nothing else. The metrics hold no member, voter or choice (docs/OPERATIONS.md, "Metrics").
 */
@Configuration(proxyBeanMethods = false)
class MetricsScrapeSecurity {

    static final String PATH = "/actuator/prometheus";
    static final String SCRAPER = "METRICS_SCRAPER";

    @Bean
    @Order(0)
    SecurityFilterChain metricsSecurity(HttpSecurity http, @Value("${parley.metrics-token:}") String token) throws Exception {
        http.securityMatcher(PATH)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(SCRAPER))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ScraperTokenFilter(token), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> refuse(response, 401, token.isBlank()
                                ? "Metrics are off: set PARLEY_METRICS_TOKEN and send it as 'Authorization: Bearer <token>'."
                                : "Send 'Authorization: Bearer <PARLEY_METRICS_TOKEN>'."))
                        .accessDeniedHandler((request, response, e) -> refuse(response, 403,
                                "Only the metrics scraper's token (PARLEY_METRICS_TOKEN) reads the metrics.")));
        return http.build();
    }

    private static void refuse(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"parley-metrics\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Metrics scraper token required\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }

    /** Compares hashes, in constant time, so that neither the token's length nor its prefix leaks by timing. */
    static final class ScraperTokenFilter extends OncePerRequestFilter {

        private final byte[] expected;

        ScraperTokenFilter(String token) {
            this.expected = token == null || token.isBlank() ? null : digest(token.strip());
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (expected != null && header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                    && MessageDigest.isEqual(expected, digest(header.substring(7).strip()))) {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("metrics-scraper", null,
                        List.of(new SimpleGrantedAuthority(SCRAPER))));
                SecurityContextHolder.setContext(context);
            }
            chain.doFilter(request, response);
        }

        private static byte[] digest(String token) {
            return SecretToken.hash(token).getBytes(StandardCharsets.US_ASCII);
        }
    }
}
