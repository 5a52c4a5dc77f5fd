package vn.trienkhai.document;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import vn.trienkhai.document.extract.ImportLimits;

/**
 * Limits of the plan import, each an environment variable (see README.md). Every limit turns into a clear
 * refusal for the person uploading, never a hang.
 *
 * @param maxFileSize largest file accepted (TRIENKHAI_MAX_UPLOAD, which also bounds the upload itself)
 * @param maxUnzippedSize largest total of a .docx's parts once unpacked
 * @param maxPages most PDF pages read
 * @param maxChars longest text parsed
 * @param timeout longest time spent reading one file (TRIENKHAI_IMPORT_TIMEOUT)
 * @param concurrent how many files are read at once; more wait up to {@code timeout}, then are refused
 */
@ConfigurationProperties("trienkhai.import")
public record ImportSettings(DataSize maxFileSize, DataSize maxUnzippedSize, Integer maxPages, Integer maxChars,
		Duration timeout, Integer concurrent) {

	public ImportSettings {
		ImportLimits d = ImportLimits.DEFAULT;
		maxFileSize = maxFileSize == null ? DataSize.ofBytes(d.maxBytes()) : maxFileSize;
		maxUnzippedSize = maxUnzippedSize == null ? DataSize.ofBytes(d.maxUnzippedBytes()) : maxUnzippedSize;
		maxPages = maxPages == null ? d.maxPages() : maxPages;
		maxChars = maxChars == null ? d.maxChars() : maxChars;
		timeout = timeout == null ? d.timeout() : timeout;
		concurrent = concurrent == null || concurrent < 1 ? 2 : concurrent;
	}

	public ImportLimits limits() {
		return new ImportLimits(maxFileSize.toBytes(), maxUnzippedSize.toBytes(), maxPages, maxChars, timeout);
	}

}
