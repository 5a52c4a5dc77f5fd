package vn.trienkhai.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors raised outside any controller (by the servlet container or a filter) land on /error; they are
 * answered exactly like errors from controllers.
 */
@Controller
class PlatformErrorController implements ErrorController {

	private final ErrorReply reply;

	PlatformErrorController(ErrorReply reply) {
		this.reply = reply;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
		if (status == null || !status.isError()) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		for (Object e = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION); e instanceof Throwable t; e = t.getCause()) {
			if (t instanceof InvalidParameterException) {
				// a form post over the size limit: Tomcat refused to parse it
				status = HttpStatus.CONTENT_TOO_LARGE;
				break;
			}
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri instanceof String s ? s : request.getRequestURI();
		return reply.reply(request, path, status, null);
	}

}
