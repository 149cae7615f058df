package ru.vmeste.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class StaticResourcesTests {

	private static final Pattern VERSIONED_BOOTSTRAP = Pattern.compile("/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/dist/css/bootstrap\\.min\\.css");

	private static final Pattern LEAFLET_CONTENT = Pattern.compile("\\.(?:bindTooltip|bindPopup|setTooltipContent|setPopupContent)\\(([^\\n]*)");

	@Autowired
	MockMvcTester mvc;

	/** Leaflet puts a string it is given into innerHTML: the portal's maps give names as text nodes. */
	@Test
	void mapLabelsAreTextNeverHtml() throws Exception {
		try (var scripts = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/static/js"))) {
			for (java.nio.file.Path script : scripts.toList()) {
				Matcher call = LEAFLET_CONTENT.matcher(java.nio.file.Files.readString(script));
				while (call.find()) {
					assertThat(call.group(1)).as("%s: %s", script.getFileName(), call.group())
						.startsWith("Object.assign(document.createElement(");
				}
			}
		}
	}

	@Test
	void pagesLinkWebJarsByVersionWhichBrowsersMayCacheForAYear() throws Exception {
		MvcTestResult home = mvc.get().uri("/").exchange();
		String html = home.getResponse().getContentAsString(StandardCharsets.UTF_8);
		Matcher versioned = VERSIONED_BOOTSTRAP.matcher(html);
		assertThat(versioned.find()).as("a versioned Bootstrap link in %s", html).isTrue();
		assertThat(html).contains("href=\"/appeals\"");

		MvcTestResult stylesheet = mvc.get().uri(versioned.group()).exchange();
		assertThat(stylesheet).hasStatusOk();
		assertThat(stylesheet.getResponse().getHeader("Cache-Control")).contains("max-age=31536000");
		assertThat(mvc.get().uri("/webjars/bootstrap/dist/css/bootstrap.min.css")).hasStatusOk();
	}

	@Test
	void servesThePortalsOwnStylesScriptsAndImages() {
		assertThat(mvc.get().uri("/css/vmeste.css")).hasStatusOk().hasContentTypeCompatibleWith("text/css");
		assertThat(mvc.get().uri("/js/vmeste.js")).hasStatusOk();
		assertThat(mvc.get().uri("/img/logo.svg")).hasStatusOk();
		assertThat(mvc.get().uri("/css/missing.css")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/application.yml")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
