package ru.vmeste.platform.db;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL and pools connections to it when no external database is
 * configured, so the portal and its tests run on a machine with nothing installed.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresAutoConfiguration {

	@Bean(destroyMethod = "release")
	EmbeddedPostgresServer embeddedPostgresServer(EmbeddedPostgresProperties properties) {
		return EmbeddedPostgresServer.acquire(properties);
	}

	/**
	 * The pool over the embedded server. Like an external server's pool it takes the
	 * {@code spring.datasource.hikari.*} settings (the connection timeout, leak detection...);
	 * its size is {@code vmeste.db.embedded.max-pool-size} unless Hikari's own setting is given.
	 */
	@Bean
	@ConditionalOnMissingBean(DataSource.class)
	HikariDataSource dataSource(EmbeddedPostgresServer server, EmbeddedPostgresProperties properties,
			Environment environment) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setPoolName("vmeste-embedded");
		dataSource.setJdbcUrl(server.jdbcUrl(properties.database()));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(properties.maxPoolSize());
		Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(dataSource));
		return dataSource;
	}

}
