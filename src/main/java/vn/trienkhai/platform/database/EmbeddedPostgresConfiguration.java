package vn.trienkhai.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;


import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

import vn.trienkhai.platform.TrienkhaiSettings;

/**
 * With no database configured, the application brings its own PostgreSQL: started before the data
 * source, stopped after it (Spring destroys dependants first), data kept in {@code <dataDir>/pg}.
 * zonky's defaults are test settings (fsync off, asynchronous commit); a system of record turns both on.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(TrienkhaiSettings settings) throws IOException {
		boolean ephemeral = settings.embeddedDb().ephemeral();
		Path dir = ephemeral ? Files.createTempDirectory("trienkhai-pg")
				: settings.dataDir().resolve("pg").toAbsolutePath();
		Files.createDirectories(dir);
		long started = System.nanoTime();
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(ephemeral)
			.setServerConfig("fsync", ephemeral ? "off" : "on")
			.setServerConfig("synchronous_commit", ephemeral ? "off" : "on")
			.setServerConfig("full_page_writes", ephemeral ? "off" : "on")
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C.UTF-8");
		if (settings.embeddedDb().port() > 0) {
			builder.setPort(settings.embeddedDb().port());
		}
		EmbeddedPostgres pg = builder.start();
		log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)", pg.getPort(), dir,
				(System.nanoTime() - started) / 1_000_000);
		if (ephemeral) {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(dir.toFile())));
		}
		return pg;
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedPostgres pg) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
		config.setUsername("postgres");
		config.setPassword("postgres");
		config.setPoolName("trienkhai");
		config.setMaximumPoolSize(10);
		return new HikariDataSource(config);
	}


}
