package ru.vmeste.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import ru.vmeste.objects.ObjectRelations;
import ru.vmeste.objects.RelatedItem;
import ru.vmeste.objects.RelatedSection;
import ru.vmeste.opendata.ColumnType;
import ru.vmeste.opendata.Dataset;
import ru.vmeste.opendata.DatasetColumn;
import ru.vmeste.opendata.DatasetInfo;
import ru.vmeste.opendata.DatasetSource;
import ru.vmeste.opendata.RowWriter;
import ru.vmeste.shared.LocalizedText;

/**
 * Stand-ins for the modules that will plug into the object page and the open-data catalog
 * (reports, works): one contributes a section with items and one an empty section; one
 * publishes a dataset without geometry.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ContributingModules {

	/** The dataset the stand-in publishes. */
	public static final String DATASET = "appeals-published";

	@Bean
	ObjectRelations appealsAtObjects() {
		return (object, limit, locale) -> new RelatedSection("contributions-test.appeals",
				List.of(new RelatedItem("Яма у входа", "/appeals/41", "Решено", Instant.parse("2026-05-01T09:00:00Z")),
						new RelatedItem("Не горит фонарь", "/appeals/42", null, null)),
				7, "/appeals?objectId=" + object, 20);
	}

	@Bean
	ObjectRelations worksOnObjects() {
		return (object, limit, locale) -> new RelatedSection("contributions-test.works", List.of(), 0, null, 10);
	}

	@Bean
	DatasetSource publishedAppeals() {
		return () -> List.of(new Dataset() {

			@Override
			public DatasetInfo info() {
				return DatasetInfo.of(DATASET, new LocalizedText("Обращения", "Appeals"),
						new LocalizedText("Опубликованные обращения", "Published appeals"),
						new LocalizedText("Портал", "Portal"), Instant.parse("2026-05-01T00:00:00Z"), false);
			}

			@Override
			public List<DatasetColumn> columns() {
				return List.of(new DatasetColumn("id", ColumnType.INTEGER, new LocalizedText("Номер", "Number")),
						new DatasetColumn("text", ColumnType.TEXT, new LocalizedText("Текст", "Text")),
						new DatasetColumn("created", ColumnType.DATE, new LocalizedText("Дата", "Date")),
						new DatasetColumn("solved", ColumnType.BOOLEAN, new LocalizedText("Решено", "Solved")));
			}

			@Override
			public void writeRows(RowWriter rows) {
				List<@Nullable Object> first = Arrays.asList(1, "Яма; глубокая, \"опасная\"\nу дома",
						LocalDate.of(2026, 5, 1), true);
				List<@Nullable Object> second = Arrays.asList(2, "=HYPERLINK(\"x\")", null, false);
				rows.row(first, (Geometry) null);
				rows.row(second, null);
			}

		});
	}

}
