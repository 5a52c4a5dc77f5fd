package vn.trienkhai.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** An account signed in with a temporary password can do nothing but choose its own password. */
@Configuration(proxyBeanMethods = false)
class MustChangePasswordInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this)
			.addPathPatterns("/**")
			.excludePathPatterns("/account/password", "/login", "/logout", "/error", "/css/**", "/js/**",
					"/webjars/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p && p.mustChangePassword()) {
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				response.sendError(403);
			}
			else {
				response.sendRedirect(request.getContextPath() + "/account/password");
			}
			return false;
		}
		return true;
	}

}
