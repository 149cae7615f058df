package ru.vmeste.objects.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ru.vmeste.objects.AttributeDefinition;
import ru.vmeste.objects.CityObject;
import ru.vmeste.objects.ObjectType;
import ru.vmeste.objects.ObjectTypeId;
import ru.vmeste.opendata.ColumnType;
import ru.vmeste.opendata.Dataset;
import ru.vmeste.opendata.DatasetColumn;
import ru.vmeste.opendata.DatasetInfo;
import ru.vmeste.opendata.DatasetSource;
import ru.vmeste.opendata.RowWriter;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.District;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.territory.Territory;

/**
 * Publishes every object type as an open dataset ({@code objects-<code>}): the objects' names,
 * address, status, owner organization, district, representative point, typed attributes and
 * geometry. Objects carry nothing personal, so nothing needs leaving out.
 */
@Component
class ObjectDatasets implements DatasetSource {

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private static final List<String> COLUMNS = List.of("id", "external_id", "name_ru", "name_en", "address", "status",
			"owner_id", "owner_name", "district_id", "district_name", "lat", "lon", "updated_at");

	private final ObjectTypeCatalog types;

	private final ObjectTypeStore typeStore;

	private final ObjectExportStore exports;

	private final Organizations organizations;

	private final Territory territory;

	private final MessageSource messages;

	ObjectDatasets(ObjectTypeCatalog types, ObjectTypeStore typeStore, ObjectExportStore exports,
			Organizations organizations, Territory territory, MessageSource messages) {
		this.types = types;
		this.typeStore = typeStore;
		this.exports = exports;
		this.organizations = organizations;
		this.territory = territory;
		this.messages = messages;
	}

	@Override
	public List<Dataset> datasets() {
		Map<ObjectTypeId, Instant> modified = typeStore.modified();
		LocalizedText publisher = organizations.openDataPublisher()
			.orElseGet(() -> localized("objects.dataset.publisher"));
		return types.all()
			.stream()
			.<Dataset>map(type -> new TypeDataset(type, DatasetInfo.of("objects-" + type.code(), type.name(),
					localized("objects.dataset.description", type.name()), publisher, modified.get(type.id()), true)))
			.toList();
	}

	private LocalizedText localized(String key, LocalizedText... arguments) {
		return new LocalizedText(
				messages.getMessage(key, Arrays.stream(arguments).map(LocalizedText::ru).toArray(), RUSSIAN),
				messages.getMessage(key, Arrays.stream(arguments).map(LocalizedText::en).toArray(), Locale.ENGLISH));
	}

	private final class TypeDataset implements Dataset {

		private final ObjectType type;

		private final DatasetInfo info;

		TypeDataset(ObjectType type, DatasetInfo info) {
			this.type = type;
			this.info = info;
		}

		@Override
		public DatasetInfo info() {
			return info;
		}

		@Override
		public List<DatasetColumn> columns() {
			List<DatasetColumn> columns = new ArrayList<>();
			for (String column : COLUMNS) {
				columns.add(new DatasetColumn(column, columnType(column), localized("objects.column." + column)));
			}
			for (AttributeDefinition attribute : type.attributes()) {
				columns.add(new DatasetColumn(attribute.code(), switch (attribute.type()) {
					case NUMBER -> ColumnType.NUMBER;
					case DATE -> ColumnType.DATE;
					case BOOLEAN -> ColumnType.BOOLEAN;
					default -> ColumnType.TEXT;
				}, attribute.name()));
			}
			return columns;
		}

		@Override
		public void writeRows(RowWriter rows) {
			Map<OrganizationId, Organization> owners = organizations.all()
				.stream()
				.collect(Collectors.toMap(Organization::id, Function.identity()));
			Map<DistrictId, District> districts = territory.districts()
				.stream()
				.collect(Collectors.toMap(District::id, Function.identity()));
			exports.forEach(type.id(), object -> rows.row(values(object, owners, districts), object.geometry()));
		}

		private List<@Nullable Object> values(CityObject object, Map<OrganizationId, Organization> owners,
				Map<DistrictId, District> districts) {
			List<@Nullable Object> values = new ArrayList<>(COLUMNS.size() + type.attributes().size());
			Organization owner = owners.get(object.owner());
			District district = districts.get(object.district());
			values.add(object.id().toString());
			values.add(object.externalId());
			values.add(object.name().ru());
			values.add(object.name().en());
			values.add(object.address());
			values.add(object.status().name());
			values.add(object.owner().toString());
			values.add(owner == null ? null : owner.name().ru());
			values.add(object.district().value().toString());
			values.add(district == null ? null : district.name().ru());
			values.add(object.point().lat());
			values.add(object.point().lon());
			values.add(object.updatedAt());
			type.attributes().forEach(attribute -> values.add(object.attributes().get(attribute.code())));
			return values;
		}

		private static ColumnType columnType(String column) {
			return switch (column) {
				case "lat", "lon" -> ColumnType.NUMBER;
				case "updated_at" -> ColumnType.DATE_TIME;
				default -> ColumnType.TEXT;
			};
		}

	}

}
