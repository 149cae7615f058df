package ru.vmeste.works.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ru.vmeste.opendata.Dataset;
import ru.vmeste.opendata.DatasetColumn;
import ru.vmeste.opendata.DatasetInfo;
import ru.vmeste.opendata.DatasetSource;
import ru.vmeste.opendata.RowWriter;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.geo.GeoJson;
import ru.vmeste.territory.District;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.territory.Territory;
import ru.vmeste.works.Work;

/**
 * Publishes the works as the open dataset {@code works}: what, where, when, for how much, by
 * which organizations, how far and how well rated. Only what the public pages show goes out:
 * never officials, residents, their ratings' texts or subscriptions. Not offered while the
 * region has switched Find out off.
 */
@Component
class WorksDataset implements DatasetSource, Dataset {

	static final String ID = "works";

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private static final String[] COLUMNS = { "id:TEXT", "number:INTEGER", "title:TEXT",
			"kind:TEXT", "status:TEXT", "status_reason:TEXT", "program:TEXT", "program_year:INTEGER",
			"funding_source:TEXT", "budget:NUMBER", "contract_amount:NUMBER", "customer_id:TEXT", "customer_name:TEXT",
			"contractor:TEXT", "planned_start:DATE", "planned_end:DATE", "actual_start:DATE", "actual_end:DATE",
			"progress:INTEGER", "district_id:TEXT", "district_name:TEXT", "lat:NUMBER", "lon:NUMBER",
			"object_ids:TEXT", "rating_count:INTEGER", "rating_average:NUMBER", "updated_at:DATE_TIME" };

	private final WorkExportStore exports;

	private final Organizations organizations;

	private final Territory territory;

	private final MessageSource messages;

	WorksDataset(WorkExportStore exports, Organizations organizations, Territory territory, MessageSource messages) {
		this.exports = exports;
		this.organizations = organizations;
		this.territory = territory;
		this.messages = messages;
	}

	@Override
	public List<Dataset> datasets() {
		return territory.isEnabled(PortalService.FIND_OUT) ? List.of(this) : List.of();
	}

	@Override
	public DatasetInfo info() {
		return DatasetInfo.of(ID, localized("works.dataset.title"), localized("works.dataset.description"), organizations.openDataPublisher().orElseGet(() -> localized("works.dataset.publisher")),
				exports.modified(), true);
	}

	@Override
	public List<DatasetColumn> columns() {
		return DatasetColumn.list(name -> localized("works.column." + name), COLUMNS);
	}

	@Override
	public void writeRows(RowWriter rows) {
		Map<OrganizationId, Organization> customers = organizations.all()
			.stream()
			.collect(Collectors.toMap(Organization::id, Function.identity()));
		Map<DistrictId, District> districts = territory.districts()
			.stream()
			.collect(Collectors.toMap(District::id, Function.identity()));
		exports.forEach((work, objects) -> rows.row(values(work, objects, customers, districts),
				work.place().geometry() != null ? work.place().geometry() : point(work)));
	}

	/** Works placed only by their objects have no geometry of their own: their point stands for them. */
	private static Geometry point(Work work) {
		return GeoJson.WGS84.createPoint(new Coordinate(work.place().point().lon(), work.place().point().lat()));
	}

	private static List<@Nullable Object> values(Work work, List<String> objects,
			Map<OrganizationId, Organization> customers, Map<DistrictId, District> districts) {
		Organization customer = customers.get(work.customer());
		District district = districts.get(work.place().district());
		return Arrays.asList(work.id().toString(), work.number(), work.title(), work.kind().name(), work.status().name(),
				work.statusReason(), work.funding().program(), work.funding().programYear(), work.funding().source(),
				work.funding().budget(), work.funding().contractAmount(), work.customer().toString(),
				customer == null ? null : customer.name().ru(), work.contractor(), work.schedule().plannedStart(),
				work.schedule().plannedEnd(), work.schedule().actualStart(), work.schedule().actualEnd(),
				work.progress(), work.place().district().value().toString(),
				district == null ? null : district.name().ru(), work.place().point().lat(), work.place().point().lon(),
				objects.isEmpty() ? null : String.join(" ", objects), work.ratings().count(),
				work.ratings().count() == 0 ? null : Math.round(work.ratings().average() * 100) / 100.0,
				work.updatedAt());
	}


	private LocalizedText localized(String key) {
		return new LocalizedText(messages.getMessage(key, null, RUSSIAN), messages.getMessage(key, null, Locale.ENGLISH));
	}


}
