package org.parley.account.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.parley.platform.LocalPath;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Where a signed-out visitor of a members' page goes: the member sign-in by e-mail, not the team's
 * password form. The page asked for travels as {@code next} (a local path only) through the form
 * and the e-mailed link, so the member lands on it after signing in — the "Read it online" link of
 * an update e-mail opens the update. Every other page goes to the team's password form, as before.
 */
final class MemberSignInEntryPoint implements AuthenticationEntryPoint {

    /** Pages members reach from e-mails and from their home page. */
    static final RequestMatcher MEMBER_PAGES = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/member"),
            PathPatternRequestMatcher.withDefaults().matcher("/member/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/updates/{id}"),
            PathPatternRequestMatcher.withDefaults().matcher("/events/{id}"),
            PathPatternRequestMatcher.withDefaults().matcher("/petitions/{id}"),
            PathPatternRequestMatcher.withDefaults().matcher("/votes"),
            PathPatternRequestMatcher.withDefaults().matcher("/votes/{id}"),
            PathPatternRequestMatcher.withDefaults().matcher("/votes/{id}/ballot"));

    private final AuthenticationEntryPoint teamSignIn;

    MemberSignInEntryPoint(String teamSignInPage) {
        this.teamSignIn = new LoginUrlAuthenticationEntryPoint(teamSignInPage);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (!MEMBER_PAGES.matches(request)) {
            teamSignIn.commence(request, response, e);
            return;
        }
        String asked = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String target = request.getContextPath() + "/member/sign-in";
        var next = LocalPath.of(asked).filter(path -> !path.equals("/member"));
        if (next.isPresent()) {
            target += "?next=" + URLEncoder.encode(next.get(), StandardCharsets.UTF_8);
        }
        response.sendRedirect(target);
    }
}
