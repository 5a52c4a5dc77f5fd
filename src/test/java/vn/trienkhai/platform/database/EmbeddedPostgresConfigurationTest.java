package vn.trienkhai.platform.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import vn.trienkhai.platform.TrienkhaiSettings;

/** The embedded database of `./trienkhai serve`: durable settings, data kept across restarts, clean stop. */
class EmbeddedPostgresConfigurationTest {

	@TempDir
	Path dataDir;

	private final EmbeddedPostgresConfiguration config = new EmbeddedPostgresConfiguration();

	@Test
	void keepsDataDurablyAcrossRestartsAndStopsCleanly() throws Exception {
		TrienkhaiSettings settings = new TrienkhaiSettings(dataDir, new TrienkhaiSettings.EmbeddedDb(false, 0));
		String url;
		try (EmbeddedPostgres pg = config.embeddedPostgres(settings); HikariDataSource ds = config.dataSource(pg)) {
			JdbcClient jdbc = JdbcClient.create(ds);
			assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
			assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
			assertThat(jdbc.sql("show server_encoding").query(String.class).single()).isEqualTo("UTF8");
			jdbc.sql("create table kept (name text)").update();
			jdbc.sql("insert into kept values ('Xã Nhữ Khê')").update();
			url = pg.getJdbcUrl("postgres", "postgres");
		}
		assertThat(dataDir.resolve("pg/PG_VERSION")).exists();
		assertThatThrownBy(() -> connect(url)).as("the server is stopped").isInstanceOf(SQLException.class);

		try (EmbeddedPostgres pg = config.embeddedPostgres(settings); HikariDataSource ds = config.dataSource(pg)) {
			assertThat(JdbcClient.create(ds).sql("select name from kept").query(String.class).single())
				.isEqualTo("Xã Nhữ Khê");
		}
	}

	private static void connect(String url) throws SQLException {
		try (Connection c = DriverManager.getConnection(url)) {
			c.isValid(1);
		}
	}

}
