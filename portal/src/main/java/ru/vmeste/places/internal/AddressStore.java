package ru.vmeste.places.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.DistrictId;

/**
 * The address index's SQL: streets matched by trigrams, houses of streets, houses near a point.
 */
@Repository
class AddressStore {

	/** A house of a street. */
	record House(LocalizedText street, String house, GeoPoint point) {
	}

	/** A street that matched, with how well. */
	record StreetMatch(UUID id, LocalizedText name, double similarity) {
	}

	private final JdbcClient jdbc;

	AddressStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The street's id, created when new. */
	UUID street(LocalizedText name) {
		UUID id = UUID.nameUUIDFromBytes(("street:" + name.ru()).getBytes(StandardCharsets.UTF_8));
		jdbc.sql("""
				insert into places_streets (id, name_ru, name_en, search_text) values (?, ?, ?, ?)
				on conflict (name_ru) do update set name_en = excluded.name_en, search_text = excluded.search_text
				""").params(id, name.ru(), name.en(), searchText(name)).update();
		return jdbc.sql("select id from places_streets where name_ru = ?").param(name.ru()).query(UUID.class).single();
	}

	void house(UUID street, String house, GeoPoint point, @Nullable DistrictId district, String source) {
		jdbc.sql("""
				insert into places_addresses (id, street_id, house, house_key, lat, lon, location, district_id, source)
				values (?, ?, ?, ?, ?, ?, point(?, ?), ?, ?)
				on conflict (street_id, house_key) do update set house = excluded.house, lat = excluded.lat,
				    lon = excluded.lon, location = excluded.location, district_id = excluded.district_id,
				    source = excluded.source
				""").params(UUID.randomUUID(), street, house, AddressText.houseKey(house), point.lat(), point.lon(),
					point.lon(), point.lat(), district == null ? null : district.value(), source).update();
	}

	/** Streets whose words hold the typed words, typos forgiven; must run in a transaction (the threshold is set for it). */
	List<StreetMatch> streets(String words, double similarity, int limit) {
		jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', ?, true)").param(String.valueOf(similarity))
			.query(String.class)
			.single();
		return jdbc.sql("""
				select id, name_ru, name_en, word_similarity(?, search_text) as similarity from places_streets
				where ? <% search_text order by similarity desc, name_ru limit ?
				""").params(words, words, limit)
			.query((rs, row) -> new StreetMatch(rs.getObject("id", UUID.class), name(rs), rs.getDouble("similarity")))
			.list();
	}

	/** Houses of the streets whose number is the one typed or starts with it: the exact ones, then the same number's ("5/2" for "5"). */
	List<House> houses(List<UUID> streets, String houseKey, int limit) {
		if (streets.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select s.name_ru, s.name_en, a.house, a.lat, a.lon, a.street_id from places_addresses a
				join places_streets s on s.id = a.street_id
				where a.street_id = any(?) and (a.house_key = ? or a.house_key like ? escape '\\')
				order by a.house_key <> ?, substring(a.house_key from '^[0-9]+') is distinct from substring(? from '^[0-9]+'),
				    array_position(?, a.street_id), length(a.house_key), a.house_key limit ?
				""").params(streets.toArray(UUID[]::new), houseKey, likePrefix(houseKey), houseKey, houseKey,
					streets.toArray(UUID[]::new), limit)
			.query(AddressStore::house)
			.list();
	}

	/** The point of a street: its middle house. */
	@Nullable GeoPoint middle(UUID street) {
		return jdbc.sql("""
				select lat, lon from places_addresses where street_id = ?
				order by house_key offset (select count(*) / 2 from places_addresses where street_id = ?) limit 1
				""").params(street, street)
			.query((rs, row) -> new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")))
			.optional()
			.orElse(null);
	}

	/** The houses nearest the point by the index's plane distance; the caller picks by the true distance. */
	List<House> near(GeoPoint point, int candidates) {
		return jdbc.sql("""
				select s.name_ru, s.name_en, a.house, a.lat, a.lon from places_addresses a
				join places_streets s on s.id = a.street_id
				order by a.location <-> point(?, ?) limit ?
				""").params(point.lon(), point.lat(), candidates).query(AddressStore::house).list();
	}

	/** The even-numbered houses of each street in the box, in number order: a street's line, for maps without tiles. */
	List<StreetPoint> streetPoints(double minLon, double minLat, double maxLon, double maxLat) {
		return jdbc.sql("""
				select s.name_ru, s.name_en, a.lat, a.lon from places_addresses a join places_streets s on s.id = a.street_id
				where a.location <@ box(point(?, ?), point(?, ?)) and a.house_key ~ '^[0-9]+$' and a.house_key::int % 2 = 0
				order by s.name_ru, a.house_key::int
				""").params(minLon, minLat, maxLon, maxLat)
			.query((rs, row) -> new StreetPoint(name(rs), new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon"))))
			.list();
	}

	/** A point along a street. */
	record StreetPoint(LocalizedText street, GeoPoint point) {
	}

	long count() {
		return jdbc.sql("select count(*) from places_addresses").query(Long.class).single();
	}

	private static String searchText(LocalizedText name) {
		String ru = AddressText.streetWords(name.ru());
		String en = AddressText.streetWords(name.en());
		return ru.equals(en) ? ru : ru + " " + en;
	}

	private static String likePrefix(String key) {
		return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static LocalizedText name(ResultSet rs) throws SQLException {
		return new LocalizedText(rs.getString("name_ru"), rs.getString("name_en"));
	}

	private static House house(ResultSet rs, int row) throws SQLException {
		return new House(name(rs), rs.getString("house"), new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")));
	}

}
