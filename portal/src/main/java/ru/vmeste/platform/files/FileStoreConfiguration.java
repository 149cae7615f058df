package ru.vmeste.platform.files;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.vmeste.platform.PlatformSettings;

/**
 * The portal's file store: the backend {@code vmeste.files.backend} names.
 */
@Configuration(proxyBeanMethods = false)
class FileStoreConfiguration {

	@Bean
	FileBackend fileStore(FileBackends backends, PlatformSettings settings) {
		return backends.create(settings.files().backend());
	}

}
