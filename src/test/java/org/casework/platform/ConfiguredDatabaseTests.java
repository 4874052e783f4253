package org.casework.platform;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.casework.CaseworkApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

class ConfiguredDatabaseTests {

	@Test
	void withADatasourceUrlNoEmbeddedServerIsStarted() throws Exception {
		// a server of our own, standing in for the agency's PostgreSQL
		var server = EmbeddedPostgresServer.startOrGet(java.nio.file.Path.of("unused"), true);
		int startedBefore = EmbeddedPostgresServer.startedCount();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CaseworkApplication.class)
			.web(WebApplicationType.SERVLET)
			.profiles("test")
			.run("--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--server.port=0", "--casework.demo.enabled=false",
					"--casework.ephemeral-database=false", "--casework.data-dir=target/must-not-exist")) {
			DataSource ds = context.getBean(DataSource.class);
			assertThat(((HikariDataSource) ds).getJdbcUrl()).isEqualTo(server.getJdbcUrl("postgres", "postgres"));
			assertThat(EmbeddedPostgresServer.startedCount()).isEqualTo(startedBefore);
			assertThat(java.nio.file.Path.of("target/must-not-exist")).doesNotExist();
		}
	}

}
