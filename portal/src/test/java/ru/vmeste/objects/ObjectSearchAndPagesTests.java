package ru.vmeste.objects;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.objects.internal.ObjectFilter;
import ru.vmeste.objects.internal.ObjectRegistry;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.PortalService;
import ru.vmeste.support.PortalTest;
import ru.vmeste.territory.internal.ServiceSwitches;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People find objects by name or address despite typos, in Russian or in Latin letters, on
 * the map page (which works without JavaScript) and through the API; each object has a page.
 */
@PortalTest
class ObjectSearchAndPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ServiceSwitches switches;

	@Autowired
	ObjectRegistry registry;

	@Autowired
	CityObjects objects;

	@Test
	void findsASchoolDespiteATypo() {
		assertThat(mvc.get().uri("/api/v1/objects/search?q=Шкала № 12")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[0].name")
			.isEqualTo("Школа № 12");
	}

	@Test
	void findsByEnglishNameAndByTransliteratedAddress() {
		assertThat(mvc.get().uri("/api/v1/objects/search?q=School No. 12").header("Accept-Language", "en")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[0].name")
			.isEqualTo("School No. 12");
		String address = jdbc.sql("select address from objects_objects where address like 'ул. Ленина, %' order by id limit 1")
			.query(String.class)
			.single();
		String house = address.substring(address.lastIndexOf(' ') + 1);
		// every match on the street fits one page, whatever the ranking of houses like "2к3" among "20", "22"…
		assertThat(mvc.get().uri("/api/v1/objects/search?q=Lenina " + house + "&size=100")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].address")
			.asArray()
			.contains(address);
	}

	@Test
	void pagesSearchResultsAndRefusesTooShortQueries() {
		assertThat(mvc.get().uri("/api/v1/objects/search?q=ул. Ленина&size=5&page=1")).hasStatusOk()
			.bodyJson()
			.satisfies(body -> {
				body.assertThat().extractingPath("$.items").asArray().hasSize(5);
				body.assertThat().extractingPath("$.page").isEqualTo(1);
				body.assertThat().extractingPath("$.total").asNumber().satisfies(total -> assertThat(total.longValue()).isGreaterThan(10));
			});
		assertThat(mvc.get().uri("/api/v1/objects/search?q=ш")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(mvc.get().uri("/api/v1/objects/search?q=школа&size=500")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void listsNumberedObjectsInNumericOrder() {
		ObjectTypeId schools = objects.typeByCode("school").orElseThrow().id();
		List<String> names = registry.list(new ObjectFilter(schools, null, null), PageQuery.of(0, 100))
			.items()
			.stream()
			.map(object -> object.name().ru())
			.filter(name -> name.startsWith("Школа № "))
			.toList();
		assertThat(names).hasSizeGreaterThan(10);
		List<Long> numbers = names.stream().map(ObjectSearchAndPagesTests::number).toList();
		assertThat(numbers).isSorted();
	}

	private static long number(String name) {
		Matcher digits = Pattern.compile("\\d+").matcher(name);
		return digits.find() ? Long.parseLong(digits.group()) : -1;
	}

	@Test
	void theMapPageListsAndFiltersObjectsWithoutJavaScript() {
		assertThat(mvc.get().uri("/objects")).hasStatusOk()
			.bodyText()
			.contains("Объекты города", "id=\"object-map\"", "Все типы", "Ленинский");
		assertThat(mvc.get().uri("/objects?q=Шкала № 12")).hasStatusOk().bodyText().contains("Школа № 12", "Найдено:");
		assertThat(mvc.get().uri("/objects?q=qwertyuiop")).hasStatusOk()
			.bodyText()
			.contains("Ничего не нашлось");
	}

	@Test
	void showsAnObjectPageWithItsAttributesOwnerAndEmptyRelatedSections() {
		String id = jdbc.sql("select id::text from objects_objects where name_ru = 'Школа № 12'").query(String.class).single();
		assertThat(mvc.get().uri("/objects/" + id)).hasStatusOk()
			.bodyText()
			.contains("Школа № 12", "Управление капитального строительства", "Мест", "https://school12.perm.example",
					"Обращения об этом объекте", "Работы на объекте (0)", "Пока нет.", "добавлен в реестр",
					"objects-school.geojson");
		assertThat(mvc.get().uri("/objects/" + id).param("lang", "en")).hasStatusOk()
			.bodyText()
			.contains("School No. 12", "Department of Capital Construction", "Capacity", "Appeals at this object",
					"Works on this object (0)", "None yet.");
		assertThat(mvc.get().uri("/objects/00000000-0000-0000-0000-000000000000")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void offersTheServiceInTheHeaderAndItsFigureOnTheHomePage() {
		assertThat(mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("href=\"/objects\"", "Открытые данные")
			// the label agrees with the count (22 381 объект, 22 385 объектов): ICU plurals
			.containsPattern("figure-value\">[\\d\u00a0 ]+</div>\\s*<div[^>]*>объект(а|ов)? города в открытом реестре");
	}

	@Test
	void disappearsWhenTheRegionSwitchesOpenDataOff() {
		try {
			switches.set(PortalService.OPEN_DATA, false);
			assertThat(mvc.get().uri("/objects")).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(mvc.get().uri("/opendata/catalog.json")).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(mvc.get().uri("/api/v1/object-types")).hasStatus(HttpStatus.NOT_FOUND);
		}
		finally {
			switches.set(PortalService.OPEN_DATA, true);
		}
	}

}
