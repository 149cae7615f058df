package ru.vmeste;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Vmeste: residents and their city government run the city together.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class VmesteApplication {

	public static void main(String[] args) {
		SpringApplication.run(VmesteApplication.class, args);
	}

}
