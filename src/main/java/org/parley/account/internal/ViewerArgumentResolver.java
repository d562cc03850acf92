package org.parley.account.internal;

import java.util.List;
import org.parley.account.Viewer;
import org.parley.platform.ParleyException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets any controller method declare a {@link Viewer} parameter: the signed-in account. Pages open
 * to everyone (public updates, petitions, feeds) declare {@code Optional<Viewer>} instead: empty
 * for an anonymous visitor.
 */
@Configuration(proxyBeanMethods = false)
class ViewerArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Viewer.class
                || parameter.getParameterType() == java.util.Optional.class
                && parameter.getGenericParameterType() instanceof java.lang.reflect.ParameterizedType type
                && type.getActualTypeArguments()[0] == Viewer.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binders) {
        if (parameter.getParameterType() == java.util.Optional.class) {
            return java.util.Optional.ofNullable(signedIn());
        }
        return current();
    }

    static Viewer current() {
        Viewer viewer = signedIn();
        if (viewer == null) {
            throw new ParleyException(ParleyException.Kind.UNAUTHENTICATED, "Please sign in.");
        }
        return viewer;
    }

    /** The signed-in account, or null. */
    static Viewer signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ParleyPrincipal principal
                ? principal.viewer() : null;
    }
}
