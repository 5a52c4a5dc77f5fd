package vn.trienkhai.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

import vn.trienkhai.TrienkhaiApplication;

/**
 * With TRIENKHAI_DB_URL set the application uses that server and starts nothing of its own. The
 * "external" server here is a separately started PostgreSQL on this machine.
 */
class ExternalDatabaseIT {

	@Test
	void aConfiguredServerIsUsedAndNothingEmbeddedStarts() throws Exception {
		try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
			String url = external.getJdbcUrl("postgres", "postgres");
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TrienkhaiApplication.class)
				.properties("TRIENKHAI_DB_URL=" + url, "TRIENKHAI_DB_USER=postgres", "TRIENKHAI_DB_PASSWORD=postgres",
						"server.port=0", "trienkhai.data-dir=target/external-db-test",
						"trienkhai.admin.password=External-Test-2026",
						"logging.file.name=target/external-db-test/test.log")
				.run()) {
				assertThat(app.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
			}
			JdbcClient jdbc = JdbcClient.create(external.getPostgresDatabase());
			assertThat(jdbc.sql("select count(*) from org_unit where version = '2025' and level = 1")
				.query(Integer.class)
				.single()).isEqualTo(34);
			assertThat(jdbc.sql("select count(*) from account where username = 'admin'").query(Integer.class).single())
				.isEqualTo(1);
		}
	}

}
