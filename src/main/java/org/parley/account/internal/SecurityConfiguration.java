package org.parley.account.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: the JSON API (stateless, bearer tokens, problem-detail errors, no cookies
 * and therefore no CSRF) and the pages (form sign-in, session cookie, CSRF on every form).
 * Both send the same security headers. Who may see which record is decided by the modules'
 * facades through {@link org.parley.account.Viewer}; the chains only require a signed-in account.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, AccessTokens tokens, AccountRepository accounts) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/tokens", "/api/member/tokens").permitAll()
                        // A member without an account casts with a one-time Voting-Key header; the
                        // vote module checks the key, or requires a signed-in member without one.
                        .requestMatchers(HttpMethod.POST, "/api/votes/*/ballots").permitAll()
                        .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new CurrentAccessFilter(accounts), BearerTokenFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problem(response, 401, "Sign-in required",
                                "Send 'Authorization: Bearer <token>'; get a token from POST /api/tokens."))
                        .accessDeniedHandler((request, response, e) -> problem(response, 403, "Not allowed",
                                "Your role may not do this.")))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, AccountRepository accounts) throws Exception {
        // Revoked access ends at once: every request re-checks its account (CurrentAccessFilter).
        http.addFilterAfter(new CurrentAccessFilter(accounts), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness", "/v3/api-docs", "/v3/api-docs/**").permitAll()
                        // Members sign in by a one-time e-mailed link; what a team publishes for
                        // everyone (PUBLIC updates, events, petitions), the feeds that carry it and
                        // the unsubscribe links in e-mails work without signing in. Each page checks
                        // the audience itself; a feed shows members' records only for a valid token.
                        .requestMatchers("/member/sign-in", "/member/sign-in/*", "/public/negotiations/*",
                                "/public/updates/*", "/public/updates/*/helpful", "/public/events/*", "/public/events/*.ics",
                                "/public/petitions/*", "/public/petitions/*/signatures", "/public/petitions/*/withdrawal",
                                "/unsubscribe/*", "/feeds/updates.atom", "/calendar/*.ics", "/legal-clock/*.ics").permitAll()
                        // Casting with a one-time voting key, for members who do not sign in.
                        .requestMatchers("/votes/*/key", "/votes/*/key/*").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error"))
                        .defaultSuccessUrl("/", false)
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new MemberSignInEntryPoint("/login")))
                .csrf(Customizer.withDefaults())
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"));
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
