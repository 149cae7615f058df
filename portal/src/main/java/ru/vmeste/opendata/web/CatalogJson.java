package ru.vmeste.opendata.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import ru.vmeste.opendata.Dataset;
import ru.vmeste.opendata.DatasetInfo;
import ru.vmeste.opendata.OpenDataSettings;
import ru.vmeste.opendata.internal.ExportFormat;
import ru.vmeste.territory.Region;
import ru.vmeste.territory.Territory;

/**
 * The catalog in DCAT terms, spelled as the Project Open Data catalog schema (v1.1) spells DCAT
 * in JSON, so harvesters (CKAN, data.gov-style portals) read it as is. URLs are absolute, built
 * from the request (proxies' forwarded headers are honoured).
 */
@Component
class CatalogJson {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final Territory territory;

	private final MessageSource messages;

	private final OpenDataSettings settings;

	CatalogJson(Territory territory, MessageSource messages, OpenDataSettings settings) {
		this.territory = territory;
		this.messages = messages;
		this.settings = settings;
	}

	ObjectNode catalog(List<Dataset> datasets, Locale locale) {
		String regionName = territory.currentRegion().map(Region::name).map(name -> name.in(locale)).orElse("");
		ObjectNode catalog = NODES.objectNode()
			.put("@context", "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld")
			.put("@id", url("/opendata/catalog.json"))
			.put("@type", "dcat:Catalog")
			.put("conformsTo", "https://project-open-data.cio.gov/v1.1/schema")
			.put("title", messages.getMessage("opendata.catalog.title", new Object[] { regionName }, locale))
			.put("description", messages.getMessage("opendata.catalog.description", null, locale))
			.put("homepage", url("/opendata"));
		catalog.putArray("language").add(locale.getLanguage());
		ArrayNode entries = catalog.putArray("dataset");
		datasets.forEach(dataset -> entries.add(dataset(dataset, locale)));
		return catalog;
	}

	List<DatasetView.Download> downloads(Dataset dataset) {
		List<DatasetView.Download> downloads = new ArrayList<>();
		for (ExportFormat format : ExportFormat.values()) {
			if (format.needsGeometry() && !dataset.info().spatial()) {
				continue;
			}
			String path = "/opendata/datasets/" + dataset.info().id() + "." + format.extension();
			downloads.add(new DatasetView.Download(format.title(), format.mediaType(), url(path)));
			if (format == ExportFormat.CSV) {
				downloads.add(new DatasetView.Download(format.title() + " (Excel)", format.mediaType(),
						base().path(path).queryParam("excel", true).toUriString()));
			}
		}
		return downloads;
	}

	private ObjectNode dataset(Dataset dataset, Locale locale) {
		DatasetInfo info = dataset.info();
		ObjectNode node = NODES.objectNode()
			.put("@type", "dcat:Dataset")
			.put("identifier", info.id())
			.put("title", info.title().in(locale))
			.put("description", info.description().in(locale))
			.put("accessLevel", "public")
			.put("license", info.license().url())
			.put("landingPage", base().path("/opendata").fragment(info.id()).toUriString());
		node.put("modified", info.modified() == null ? null : info.modified().toString());
		node.putObject("publisher").put("@type", "org:Organization").put("name", info.publisher().in(locale));
		// required by Project Open Data 1.1 on every dataset
		node.putObject("contactPoint")
			.put("@type", "vcard:Contact")
			.put("fn", info.publisher().in(locale))
			.put("hasEmail", "mailto:" + settings.contactEmail());
		node.putArray("keyword").add(info.title().in(locale));
		ArrayNode distributions = node.putArray("distribution");
		for (DatasetView.Download download : downloads(dataset)) {
			distributions.addObject()
				.put("@type", "dcat:Distribution")
				.put("title", download.title())
				.put("format", download.title())
				.put("mediaType", download.mediaType())
				.put("downloadURL", download.url());
		}
		return node;
	}

	private static String url(String path) {
		return base().path(path).toUriString();
	}

	private static ServletUriComponentsBuilder base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath();
	}

}
