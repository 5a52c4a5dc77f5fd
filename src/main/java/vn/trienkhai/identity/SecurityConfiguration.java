package vn.trienkhai.identity;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import vn.trienkhai.audit.AuditLog;

/**
 * Who may reach what. Two chains: /api (HTTP Basic or the browser session; errors as problem+json) and
 * the pages (form sign-in). Finer rules — scope and role per record — are checked by each module.
 * Denials become a plain status here and are rendered by the platform's /error handler, in the caller's
 * language and format.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] PUBLIC = { "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
			"/actuator/health", "/actuator/health/**" };

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt, adaptive; the {id} prefix lets the cost or algorithm change later without a migration
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	ThrottlingAuthenticationProvider authenticationProvider(AccountDetailsService details, PasswordEncoder encoder,
			LoginThrottle throttle, AccountRepository accounts, AuditLog audit) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(details);
		passwords.setPasswordEncoder(encoder);
		return new ThrottlingAuthenticationProvider(passwords, throttle, accounts, audit);
	}

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ThrottlingAuthenticationProvider provider,
			SessionRegistry sessions) throws Exception {
		http.securityMatcher("/api/**")
			.authenticationProvider(provider)
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint((req, res, e) -> res.sendError(401)))
			// scripts authenticate per request with Basic and carry no session cookie to forge;
			// calls from the pages (session cookie) still need the token
			.csrf(csrf -> csrf.ignoringRequestMatchers(req -> req.getHeader("Authorization") != null))
			.sessionManagement(s -> s.maximumSessions(-1)
				.sessionRegistry(sessions)
				.expiredSessionStrategy(event -> event.getResponse().sendError(401)))
			.requestCache(cache -> cache.disable())
			.exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> res.sendError(401))
				.accessDeniedHandler((req, res, ex) -> res.sendError(403)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, ThrottlingAuthenticationProvider provider,
			LoginHandlers handlers, SessionRegistry sessions) throws Exception {
		LoginUrlAuthenticationEntryPoint toLogin = new LoginUrlAuthenticationEntryPoint("/login");
		// after sign-in, go back to the page that asked for it; never to an htmx fragment
		HttpSessionRequestCache pagesOnly = new HttpSessionRequestCache();
		pagesOnly.setRequestMatcher(req -> "GET".equals(req.getMethod()) && req.getHeader("HX-Request") == null);
		http.authenticationProvider(provider)
			.requestCache(cache -> cache.requestCache(pagesOnly))
			.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC)
				.permitAll()
				.requestMatchers("/admin/**")
				.hasRole("ADMINISTRATOR")
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(handlers)
				.failureHandler(handlers)
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId())
				.maximumSessions(-1)
				.sessionRegistry(sessions)
				.expiredUrl("/login?expired"))
			.exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> {
				// an htmx call from a page whose session ran out: send the whole window to the login page
				if (req.getHeader("HX-Request") != null) {
					res.setHeader("HX-Redirect", req.getContextPath() + "/login?expired");
					res.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
					return;
				}
				toLogin.commence(req, res, ex);
			}).accessDeniedHandler((req, res, ex) -> res.sendError(403)))
			.headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
								+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'")));
		return http.build();
	}

}
