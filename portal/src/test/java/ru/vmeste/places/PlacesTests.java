package ru.vmeste.places;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.shared.GeoPoint;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's address list for Perm searched as residents type: typos, house numbers with
 * letters and fractions, streets and objects by name, and the address of a clicked point.
 */
@PortalTest
class PlacesTests {

	/** Two neighbouring houses of the demo list, 38 m apart on the even side of Lenina St. */
	private static final GeoPoint LENINA_58 = new GeoPoint(58.011035, 56.229852);

	private static final GeoPoint LENINA_60 = new GeoPoint(58.010987, 56.230491);

	@Autowired
	Places places;

	@Autowired
	MockMvcTester mvc;

	@Test
	void findsTheHouseDespiteATypoInTheStreet() {
		assertThat(first("ленена 60")).isEqualTo("ул. Ленина, 60");
		assertThat(first("улица Ленена, дом 60")).isEqualTo("ул. Ленина, 60");
		assertThat(first("Lenna 60", Locale.ENGLISH)).isEqualTo("Lenina St, 60");
	}

	@Test
	void findsHouseNumbersWithLettersAndFractions() {
		assertThat(first("ленина 12а")).isEqualTo("ул. Ленина, 12а");
		assertThat(first("Ленина 12 А")).isEqualTo("ул. Ленина, 12а");
		assertThat(first("lenina 12a", Locale.ENGLISH)).isEqualTo("Lenina St, 12а");
		assertThat(first("ленина 5/2")).isEqualTo("ул. Ленина, 5/2");
		assertThat(first("ленина 5")).isEqualTo("ул. Ленина, 5");
		assertThat(labels("ленина 5")).contains("ул. Ленина, 5/2");
	}

	@Test
	void offersStreetsAndRegistryObjectsByName() {
		List<Place> found = places.search("Соловьёва", 8);
		assertThat(found).first().satisfies(place -> {
			assertThat(place.kind()).isEqualTo(PlaceKind.STREET);
			assertThat(place.label().ru()).isEqualTo("ул. Соловьёва");
		});
		assertThat(places.search("Театральный сквер", 8)).anySatisfy(place -> {
			assertThat(place.kind()).isEqualTo(PlaceKind.OBJECT);
			assertThat(place.object()).isNotNull();
		});
		assertThat(places.search("ленина 9999", 8)).isEmpty();
		assertThat(places.search("ы", 8)).isEmpty();
	}

	@Test
	void namesTheNearestHouseOfAPointBetweenTwo() {
		GeoPoint nearerTo60 = between(LENINA_58, LENINA_60, 0.6);
		GeoPoint nearerTo58 = between(LENINA_58, LENINA_60, 0.4);
		assertThat(places.at(nearerTo60).address().label().ru()).isEqualTo("ул. Ленина, 60");
		assertThat(places.at(nearerTo58).address().label().ru()).isEqualTo("ул. Ленина, 58");
		assertThat(places.at(nearerTo60).addressDistanceMeters()).isBetween(10.0, 20.0);
		assertThat(places.at(new GeoPoint(58.3, 56.9)).address()).isNull();
	}

	@Test
	void theApiSearchesAndNamesPointsForEveryone() {
		assertThat(mvc.get().uri("/api/v1/places/search?q={q}", "ленена 60")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[0].label")
			.isEqualTo("ул. Ленина, 60");
		assertThat(mvc.get().uri("/api/v1/places/reverse?lat={lat}&lon={lon}", LENINA_60.lat(), LENINA_60.lon())
			.header("Accept-Language", "en")).hasStatusOk().bodyJson().extractingPath("$.address.label").isEqualTo("Lenina St, 60");
		assertThat(mvc.get().uri("/api/v1/places/reverse?lat=91&lon=0")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.post().uri("/api/v1/places/import")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void onlyAdministratorsImportAddressLists() {
		MockMultipartFile file = new MockMultipartFile("file", "list.csv", "text/csv",
				"street;street_en;house;lat;lon\nул. Проверочная;Proverochnaya St;7;58.0401;56.2701\n".getBytes(StandardCharsets.UTF_8));
		assertThat(mvc.post().uri("/api/v1/places/import").multipart().file(file)
			.header("Authorization", DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/api/v1/places/import").multipart().file(file)
			.header("Authorization", DemoAccounts.bearer(mvc, DemoAccounts.ADMIN))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.imported")
			.isEqualTo(1);
		assertThat(first("проверочная 7")).isEqualTo("ул. Проверочная, 7");
	}

	@Test
	void drawsTheStreetsOfASmallAreaForMapsWithoutTiles() {
		assertThat(mvc.get().uri("/api/v1/places/streets?bbox=56.225,58.009,56.235,58.013")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.features[?(@.properties.name == 'ул. Ленина')].geometry.coordinates.length()")
			.asArray()
			.singleElement()
			.satisfies(count -> assertThat((Integer) count).isGreaterThan(5));
		assertThat(mvc.get().uri("/api/v1/places/streets?bbox=55.9,57.9,56.5,58.2")).bodyJson()
			.extractingPath("$.features")
			.asArray()
			.isEmpty();
	}

	@Test
	void importsAnAddressListAndReportsBrokenRows() {
		String csv = """
				street,street_en,house,lat,lon
				ул. Испытательная,Ispytatelnaya St,1,58.0301,56.2601
				ул. Испытательная,Ispytatelnaya St,3к2,58.0302,56.2602
				ул. Испытательная,Ispytatelnaya St,,58.0303,56.2603
				ул. Испытательная,Ispytatelnaya St,5,north,56.2604
				""";
		Places.ImportResult result = places.importAddresses(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test");
		assertThat(result.imported()).isEqualTo(2);
		assertThat(result.refusedLines()).containsExactly(4, 5);
		assertThat(first("испытательная 3к2")).isEqualTo("ул. Испытательная, 3к2");
	}

	private String first(String text) {
		return first(text, Locale.forLanguageTag("ru"));
	}

	private String first(String text, Locale locale) {
		return places.search(text, 8).getFirst().label().in(locale);
	}

	private List<String> labels(String text) {
		return places.search(text, 8).stream().map(place -> place.label().ru()).toList();
	}

	private static GeoPoint between(GeoPoint a, GeoPoint b, double share) {
		return new GeoPoint(a.lat() + (b.lat() - a.lat()) * share, a.lon() + (b.lon() - a.lon()) * share);
	}

}
