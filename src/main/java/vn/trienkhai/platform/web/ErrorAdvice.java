package vn.trienkhai.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.NotFoundException;
import vn.trienkhai.platform.OutOfScopeException;

/** Turns what controllers throw into the error page or problem+json (see {@link ErrorReply}). */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

	private final ErrorReply reply;

	ErrorAdvice(ErrorReply reply) {
		this.reply = reply;
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	Object notFound(HttpServletRequest request) {
		return reply(request, HttpStatus.NOT_FOUND, null);
	}

	@ExceptionHandler({ OutOfScopeException.class, AccessDeniedException.class })
	Object forbidden(HttpServletRequest request) {
		return reply(request, HttpStatus.FORBIDDEN, null);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			HttpMessageNotReadableException.class, MethodArgumentNotValidException.class,
			HandlerMethodValidationException.class, InvalidPropertyException.class })
	Object badRequest(HttpServletRequest request, Exception e) {
		log.debug("Bad request {}: {}", request.getRequestURI(), e.getMessage());
		return reply(request, HttpStatus.BAD_REQUEST, null);
	}

	@ExceptionHandler(InvalidInputException.class)
	Object invalid(HttpServletRequest request, InvalidInputException e) {
		return reply.reply(request, request.getRequestURI(), HttpStatus.BAD_REQUEST, e.messageKey(), e.args());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object methodNotAllowed(HttpServletRequest request) {
		return reply(request, HttpStatus.METHOD_NOT_ALLOWED, null);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object unsupportedMediaType(HttpServletRequest request) {
		return reply(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, null);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request) {
		return reply(request, HttpStatus.CONTENT_TOO_LARGE, null);
	}

	@ExceptionHandler(MultipartException.class)
	Object badUpload(HttpServletRequest request, MultipartException e) {
		log.debug("Rejected upload to {}: {}", request.getRequestURI(), e.getMessage());
		return reply(request, HttpStatus.BAD_REQUEST, "error.upload.detail");
	}

	/** A value the database refuses (too long for an index, a broken reference): the request's fault, not a crash. */
	@ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
	Object refusedByDatabase(HttpServletRequest request, Exception e) {
		log.warn("Refused by the database on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
		return reply(request, HttpStatus.BAD_REQUEST, null);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	Object conflict(HttpServletRequest request) {
		return reply(request, HttpStatus.CONFLICT, null);
	}

	@ExceptionHandler(Exception.class)
	Object unexpected(HttpServletRequest request, Exception e) {
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
		return reply(request, HttpStatus.INTERNAL_SERVER_ERROR, null);
	}

	private Object reply(HttpServletRequest request, HttpStatus status, String detailKey) {
		return reply.reply(request, request.getRequestURI(), status, detailKey);
	}

}
