package vn.trienkhai.notification;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.trienkhai.platform.CurrentUser;

/**
 * Scheduling for the daily jobs (the digest here, reminders in monitoring), and the unread count of the
 * navigation bar: added after the handler only when it renders a page (a view, not a redirect or JSON), so
 * the API and redirects never pay for the count query.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration implements WebMvcConfigurer {

	/** The model attribute layout.html reads. */
	static final String UNREAD = "unreadNotifications";

	private final Notifications notifications;

	NotificationConfiguration(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView mav) {
				if (mav == null || mav.getViewName() == null || mav.getViewName().startsWith("redirect:")
						|| mav.getViewName().startsWith("forward:")) {
					return;
				}
				CurrentUser.find().filter(u -> u.accountId() > 0)
					.ifPresent(u -> mav.addObject(UNREAD, notifications.unreadCount(u.accountId())));
			}
		}).excludePathPatterns("/api/**", "/error");
	}

}
