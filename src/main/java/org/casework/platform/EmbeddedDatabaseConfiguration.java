package org.casework.platform;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * With no {@code spring.datasource.url} (env {@code SPRING_DATASOURCE_URL}), Casework
 * runs its own PostgreSQL from the embedded binaries, keeping the data under
 * {@code casework.data-dir}. With a URL, Boot's own data source configuration applies and
 * no server is started.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
class EmbeddedDatabaseConfiguration {

	@Bean
	DataSource dataSource(DataDirectoryProperties properties) {
		EmbeddedPostgres pg = EmbeddedPostgresServer.startOrGet(properties.dataDir(), properties.ephemeralDatabase());
		HikariDataSource ds = new HikariDataSource();
		ds.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
		ds.setUsername("postgres");
		ds.setPoolName("casework-embedded");
		ds.setMaximumPoolSize(20);
		return ds;
	}

	static class NoDatasourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
