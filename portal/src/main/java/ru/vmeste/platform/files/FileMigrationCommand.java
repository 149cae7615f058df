package ru.vmeste.platform.files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import ru.vmeste.platform.PlatformSettings;

/**
 * The file migration command: started with {@code --vmeste.files.migrate-from=local} (or
 * {@code database}, {@code s3}) the portal copies every file from that backend into the one
 * {@code vmeste.files.backend} names, checks every copy, reports and exits ({@code ops/migrate-files}).
 */
@Component
@ConditionalOnProperty("vmeste.files.migrate-from")
class FileMigrationCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FileMigrationCommand.class);

	private final FileBackends backends;

	private final FileBackend target;

	private final PlatformSettings settings;

	private final ConfigurableApplicationContext context;

	FileMigrationCommand(FileBackends backends, FileBackend target, PlatformSettings settings,
			ConfigurableApplicationContext context) {
		this.backends = backends;
		this.target = target;
		this.settings = settings;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		PlatformSettings.FileBackendKind from = settings.files().migrateFrom();
		int exitCode = 0;
		if (from == null || from == settings.files().backend()) {
			log.error("vmeste.files.migrate-from must name another backend than vmeste.files.backend ({})",
					settings.files().backend());
			exitCode = 2;
		}
		else {
			FileBackend source = backends.create(from);
			try {
				FileMigration.Result result = FileMigration.copy(source, target);
				log.info("Files migrated from {} to {}: {} copied ({} bytes), {} already there", source, target,
						result.copied(), result.bytes(), result.skipped());
			}
			catch (RuntimeException ex) {
				log.error("File migration from {} to {} failed; run it again to resume", source, target, ex);
				exitCode = 1;
			}
			finally {
				if (source instanceof AutoCloseable closeable) {
					closeable.close();
				}
			}
		}
		int code = exitCode;
		System.exit(SpringApplication.exit(context, () -> code));
	}

}
