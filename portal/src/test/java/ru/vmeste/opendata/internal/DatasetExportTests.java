package ru.vmeste.opendata.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import tools.jackson.databind.json.JsonMapper;

import ru.vmeste.opendata.ColumnType;
import ru.vmeste.opendata.Dataset;
import ru.vmeste.opendata.DatasetColumn;
import ru.vmeste.opendata.DatasetInfo;
import ru.vmeste.opendata.RowWriter;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.shared.geo.GeoJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Exports write rows as they come and leave a failed download visibly unfinished (how many run
 * at once is DownloadSlotsTests').
 */
class DatasetExportTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void writesSpatialRowsAsGeoJsonWithLongitudeFirst() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		export().write(dataset(false), ExportFormat.GEOJSON, false, out);
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
				{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":\
				[56.2,58.0]},"properties":{"name":"Школа № 1","capacity":900.5}}]}""");
	}

	@Test
	void leavesTheDocumentUnfinishedWhenReadingFails() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThatThrownBy(() -> export().write(dataset(true), ExportFormat.JSON, false, out))
			.hasMessage("the database went away");
		assertThat(out.toString(StandardCharsets.UTF_8)).doesNotEndWith("]");
	}

	@Test
	void offersNoGeoJsonForADatasetWithoutGeometry() {
		Dataset plain = new Dataset() {
			@Override
			public DatasetInfo info() {
				return DatasetInfo.of("plain", new LocalizedText("Т", "T"), new LocalizedText("О", "D"),
						new LocalizedText("П", "P"), null, false);
			}

			@Override
			public List<DatasetColumn> columns() {
				return List.of();
			}

			@Override
			public void writeRows(RowWriter rows) {
			}
		};
		assertThatThrownBy(() -> export().check(plain, ExportFormat.GEOJSON))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
		assertThatThrownBy(() -> DatasetInfo.of("Bad id!", new LocalizedText("Т", "T"), new LocalizedText("О", "D"),
				new LocalizedText("П", "P"), null, false)).isInstanceOf(IllegalArgumentException.class);
	}

	private static Dataset dataset(boolean failing) {
		return new Dataset() {
			@Override
			public DatasetInfo info() {
				return DatasetInfo.of("schools", new LocalizedText("Школы", "Schools"), new LocalizedText("Все", "All"),
						new LocalizedText("Город", "City"), Instant.EPOCH, true);
			}

			@Override
			public List<DatasetColumn> columns() {
				return List.of(new DatasetColumn("name", ColumnType.TEXT, new LocalizedText("Имя", "Name")),
						new DatasetColumn("capacity", ColumnType.NUMBER, new LocalizedText("Мест", "Capacity")));
			}

			@Override
			public void writeRows(RowWriter rows) {
				rows.row(List.of("Школа № 1", 900.5), GeoJson.WGS84.createPoint(new Coordinate(56.2, 58.0)));
				if (failing) {
					throw new IllegalStateException("the database went away");
				}
			}
		};
	}

	private DatasetExport export() {
		return new DatasetExport(json);
	}

}
