package ru.vmeste.opendata.web;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ru.vmeste.opendata.Dataset;
import ru.vmeste.opendata.internal.DatasetCatalog;
import ru.vmeste.opendata.internal.DatasetExport;
import ru.vmeste.opendata.internal.ExportFormat;
import ru.vmeste.platform.web.DownloadSlots;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;

/**
 * The open-data catalog as a page and as DCAT-style JSON, and every dataset's downloads.
 * Downloads are written to the response as the rows are read: constant memory at any size.
 */
@Controller
@PartOf(PortalService.OPEN_DATA)
class OpenDataController {

	private static final int BUFFER = 64 * 1024;

	private final DatasetCatalog catalog;

	private final DatasetExport export;

	private final CatalogJson catalogJson;

	private final Clock clock;

	private final DownloadSlots downloads;

	OpenDataController(DatasetCatalog catalog, DatasetExport export, CatalogJson catalogJson, Clock clock,
			DownloadSlots downloads) {
		this.catalog = catalog;
		this.export = export;
		this.catalogJson = catalogJson;
		this.clock = clock;
		this.downloads = downloads;
	}

	@GetMapping("/opendata")
	String page(@RequestParam(defaultValue = "0") int page, Model model) {
		PageQuery query = PageQuery.of(page, PageQuery.DEFAULT_SIZE);
		List<Dataset> all = catalog.datasets();
		List<DatasetView> views = all.stream()
			.skip(query.offset())
			.limit(query.size())
			.map(dataset -> DatasetView.of(dataset, catalogJson.downloads(dataset)))
			.toList();
		model.addAttribute("datasets", Paged.of(views, query, all.size()));
		model.addAttribute("zone", clock.getZone());
		return "opendata/catalog";
	}

	@GetMapping(path = "/opendata/catalog.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ObjectNode> catalogJson(Locale locale) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
			.body(catalogJson.catalog(catalog.datasets(), locale));
	}

	@GetMapping("/opendata/datasets/{file}")
	void download(@PathVariable String file, @RequestParam(defaultValue = "false") boolean excel,
			HttpServletResponse response) throws IOException {
		int dot = file.lastIndexOf('.');
		ExportFormat format = (dot < 0 ? null : ExportFormat.byExtension(file.substring(dot + 1)).orElse(null));
		if (format == null) {
			throw DomainException.notFound("opendata.dataset-not-found", file);
		}
		String id = file.substring(0, dot);
		Dataset dataset = catalog.find(id).orElseThrow(() -> DomainException.notFound("opendata.dataset-not-found", file));
		export.check(dataset, format);
		// in one of the instance's download slots, shared with the audit bundles; nothing is sent
		// before one is free, so a refusal is still a page or a problem document
		downloads.run(() -> {
			response.setContentType(
					format.mediaType() + ";charset=UTF-8" + (format == ExportFormat.CSV ? ";header=present" : ""));
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(id + (excel ? "-excel." : ".") + format.extension(), StandardCharsets.UTF_8)
				.build()
				.toString());
			response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=300");
			response.setHeader("X-Content-Type-Options", "nosniff");
			// not closed on failure: the container then aborts the connection, so a broken download
			// never looks complete
			OutputStream out = new BufferedOutputStream(response.getOutputStream(), BUFFER);
			export.write(dataset, format, excel && format == ExportFormat.CSV, out);
			out.flush();
		});
	}

}
