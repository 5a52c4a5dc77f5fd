package vn.trienkhai.monitoring;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits and place of the evidence files attached to progress reports (see README.md). Every limit turns
 * into a clear refusal for the person uploading.
 *
 * @param dir where the bytes are kept, named by id, outside the web root ({@code ${trienkhai.data-dir}/evidence})
 * @param maxFileSize largest file, counted while it is read (never the size the client declares)
 * @param maxPerReport largest total of one report's files
 * @param maxFilesPerReport most files on one report
 * @param maxUnzippedSize largest total of a .docx's or .xlsx's parts once unpacked (zip bombs)
 * @param maxZipEntries most parts in a .docx or .xlsx
 */
@ConfigurationProperties("trienkhai.evidence")
public record EvidenceSettings(Path dir, DataSize maxFileSize, DataSize maxPerReport, Integer maxFilesPerReport,
		DataSize maxUnzippedSize, Integer maxZipEntries) {

	public EvidenceSettings {
		dir = dir == null ? Path.of("data", "evidence") : dir;
		maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
		maxPerReport = maxPerReport == null ? DataSize.ofMegabytes(50) : maxPerReport;
		maxFilesPerReport = maxFilesPerReport == null ? 30 : maxFilesPerReport;
		maxUnzippedSize = maxUnzippedSize == null ? DataSize.ofMegabytes(100) : maxUnzippedSize;
		maxZipEntries = maxZipEntries == null ? 10_000 : maxZipEntries;
		if (maxFileSize.toBytes() <= 0 || maxPerReport.toBytes() <= 0 || maxFilesPerReport <= 0
				|| maxUnzippedSize.toBytes() <= 0 || maxZipEntries <= 0) {
			throw new IllegalArgumentException("evidence limits must be positive");
		}
	}

}
