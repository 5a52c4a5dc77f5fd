package vn.trienkhai.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the application itself (everything else is plain Spring Boot configuration). Each one can
 * be set as an environment variable; application.properties maps the TRIENKHAI_* names onto these.
 *
 * @param dataDir where the embedded database, logs and stored files live
 * @param embeddedDb the embedded PostgreSQL used when no external database is configured
 */
@ConfigurationProperties("trienkhai")
public record TrienkhaiSettings(Path dataDir, EmbeddedDb embeddedDb) {

	public TrienkhaiSettings {
		dataDir = dataDir == null ? Path.of("data") : dataDir;
		embeddedDb = embeddedDb == null ? new EmbeddedDb(false, 0) : embeddedDb;
	}

	/**
	 * @param ephemeral a throw-away data directory, deleted on shutdown (tests, benchmarks)
	 * @param port fixed port for the embedded server; 0 picks a free one
	 */
	public record EmbeddedDb(boolean ephemeral, int port) {
	}

}
