package vn.trienkhai.platform.web;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * One way to answer an error, whoever caught it: /api callers get RFC 9457 problem+json, people get the
 * error page in their language. Neither ever shows the record, a stack trace or an exception message.
 */
@Component
class ErrorReply {

	private final MessageSource messages;

	ErrorReply(MessageSource messages) {
		this.messages = messages;
	}

	static boolean isApi(String path) {
		return path != null && (path.startsWith("/api/") || path.equals("/api"));
	}

	/** @param detailKey message key of a more specific explanation, or null for the status's own */
	Object reply(HttpServletRequest request, String path, HttpStatus status, String detailKey, Object... args) {
		Locale locale = RequestContextUtils.getLocale(request);
		String title = text("error." + status.value() + ".title", locale, status.getReasonPhrase());
		String detail = detailKey != null ? text(detailKey, locale, args)
				: text("error." + status.value() + ".detail", locale, text("error.generic.detail", locale));
		if (isApi(path)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setTitle(title);
			problem.setInstance(URI.create(path));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView view = new ModelAndView("error");
		view.setStatus(status);
		view.addObject("status", status.value());
		view.addObject("errorTitle", title);
		view.addObject("errorDetail", detail);
		return view;
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	private String text(String key, Locale locale, String fallback) {
		return messages.getMessage(key, null, fallback, locale);
	}

}
