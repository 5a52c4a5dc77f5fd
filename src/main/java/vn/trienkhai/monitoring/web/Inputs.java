package vn.trienkhai.monitoring.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.VietnameseInput;

/** Typed form input as the monitoring forms read it: a day or a number, or a message saying why not. */
final class Inputs {

	private Inputs() {
	}

	/** A day as officers type it (30/4/2026); null when blank. */
	static LocalDate day(String value) {
		try {
			return VietnameseInput.day(value);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("monitoring.error.date", value.strip());
		}
	}

	/** A number as officers type it (1.234,5); null when blank. A negative one gets its own message. */
	static BigDecimal number(String value) {
		try {
			return VietnameseInput.number(value);
		}
		catch (IllegalArgumentException e) {
			String t = value.strip();
			if (t.startsWith("-") || t.startsWith("\u2212")) {
				try {
					BigDecimal positive = VietnameseInput.number(t.substring(1));
					if (positive != null && positive.signum() > 0) {
						throw new InvalidInputException("monitoring.error.value.negative");
					}
				}
				catch (IllegalArgumentException notANumber) {
					// falls through to the general message
				}
			}
			throw new InvalidInputException("monitoring.error.value.number", t);
		}
	}

	/** A whole percentage 0–100; null when blank. */
	static Integer percent(String value) {
		BigDecimal n = number(value);
		if (n == null) {
			return null;
		}
		if (n.scale() > 0 || n.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new InvalidInputException("monitoring.error.percent");
		}
		return n.intValueExact();
	}

}
