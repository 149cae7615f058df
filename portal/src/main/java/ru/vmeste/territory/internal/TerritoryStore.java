package ru.vmeste.territory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.geo.GeoJson;
import ru.vmeste.territory.District;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.territory.Region;
import ru.vmeste.territory.RegionId;

/**
 * SQL for regions, districts and service switches.
 */
@Repository
public class TerritoryStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	TerritoryStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public List<Region> regions() {
		return jdbc.sql("select * from territory_regions order by code").query(TerritoryStore::region).list();
	}

	public Optional<Region> region(String code) {
		return jdbc.sql("select * from territory_regions where code = ?").param(code).query(TerritoryStore::region)
			.optional();
	}

	public List<District> districts() {
		return jdbc.sql("select id, region_id, code, name_ru, name_en from territory_districts order by code")
			.query(TerritoryStore::district)
			.list();
	}

	public List<DistrictIndex.Boundary> boundaries() {
		return jdbc.sql("select id, region_id, code, name_ru, name_en, boundary::text as boundary from territory_districts")
			.query((rs, row) -> new DistrictIndex.Boundary(district(rs, row),
					GeoJson.read(json.readTree(rs.getString("boundary")))))
			.list();
	}

	/** Districts as GeoJSON features, the boundaries exactly as stored. */
	public List<DistrictFeature> features() {
		return jdbc.sql("select id, region_id, code, name_ru, name_en, boundary::text as boundary from territory_districts order by code")
			.query((rs, row) -> new DistrictFeature(district(rs, row), rs.getString("boundary")))
			.list();
	}

	public Set<PortalService> enabledServices(RegionId region) {
		Set<PortalService> enabled = EnumSet.allOf(PortalService.class);
		jdbc.sql("select service from territory_region_services where region_id = ? and not enabled")
			.param(region.value())
			.query((rs, row) -> PortalService.valueOf(rs.getString("service")))
			.list()
			.forEach(enabled::remove);
		return enabled;
	}

	public void setEnabled(RegionId region, PortalService service, boolean enabled) {
		jdbc.sql("""
				insert into territory_region_services (region_id, service, enabled) values (?, ?, ?)
				on conflict (region_id, service) do update set enabled = excluded.enabled
				""").params(region.value(), service.name(), enabled).update();
	}

	public RegionId insertRegion(String code, LocalizedText name, ZoneId zone, GeoPoint center, int zoom) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into territory_regions (id, code, name_ru, name_en, time_zone, center_lat, center_lon, default_zoom)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""").params(id, code, name.ru(), name.en(), zone.getId(), center.lat(), center.lon(), zoom).update();
		return new RegionId(id);
	}

	public DistrictId insertDistrict(RegionId region, String code, LocalizedText name, String boundaryGeoJson) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into territory_districts (id, region_id, code, name_ru, name_en, boundary)
				values (?, ?, ?, ?, ?, ?::jsonb)
				""").params(id, region.value(), code, name.ru(), name.en(), boundaryGeoJson).update();
		return new DistrictId(id);
	}

	private static Region region(ResultSet rs, int row) throws SQLException {
		return new Region(new RegionId(rs.getObject("id", UUID.class)), rs.getString("code"),
				new LocalizedText(rs.getString("name_ru"), rs.getString("name_en")), ZoneId.of(rs.getString("time_zone")),
				new GeoPoint(rs.getDouble("center_lat"), rs.getDouble("center_lon")), rs.getInt("default_zoom"));
	}

	private static District district(ResultSet rs, int row) throws SQLException {
		return new District(new DistrictId(rs.getObject("id", UUID.class)),
				new RegionId(rs.getObject("region_id", UUID.class)), rs.getString("code"),
				new LocalizedText(rs.getString("name_ru"), rs.getString("name_en")));
	}

	/** A district with its boundary as GeoJSON text. */
	public record DistrictFeature(District district, String boundaryGeoJson) {
	}

}
