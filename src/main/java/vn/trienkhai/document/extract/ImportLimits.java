package vn.trienkhai.document.extract;

import java.time.Duration;

/**
 * How much one imported file may cost. Every limit turns into a clear refusal, never a hang or an
 * out-of-memory error.
 *
 * @param maxBytes largest file accepted, as uploaded
 * @param maxUnzippedBytes largest total size of the parts of a .docx once unpacked (zip bombs)
 * @param maxPages most PDF pages read
 * @param maxChars longest text handed to the parser
 * @param timeout longest time spent reading one file
 */
public record ImportLimits(long maxBytes, long maxUnzippedBytes, int maxPages, int maxChars, Duration timeout) {

	/** Generous for any real plan (the samples are 25 KB of text), small enough for a 2-core server. */
	public static final ImportLimits DEFAULT = new ImportLimits(20L * 1024 * 1024, 200L * 1024 * 1024, 500, 1_000_000,
			Duration.ofSeconds(30));

	public ImportLimits {
		if (maxBytes <= 0 || maxUnzippedBytes <= 0 || maxPages <= 0 || maxChars <= 0 || timeout == null
				|| timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("import limits must be positive");
		}
	}

}
