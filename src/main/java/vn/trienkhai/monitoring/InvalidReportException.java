package vn.trienkhai.monitoring;

import java.util.List;

import vn.trienkhai.platform.InvalidInputException;

/**
 * A report's content that breaks rules, field by field, so the form shows each message beside its input.
 * Nothing of the report was saved.
 */
public class InvalidReportException extends InvalidInputException {

	/** One rule broken: the form field ("tasks[2].percentDone", "values[0].value"), a message key, its args. */
	public record Problem(String field, String key, Object... args) {
	}

	private final transient List<Problem> problems;

	public InvalidReportException(List<Problem> problems) {
		super("monitoring.error.report.invalid", problems.size());
		this.problems = List.copyOf(problems);
	}

	@Override
	public String getMessage() {
		return super.getMessage() + " " + problems.stream().map(p -> p.field() + ": " + p.key()).toList();
	}

	public List<Problem> problems() {
		return problems;
	}

}
