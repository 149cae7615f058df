package ru.vmeste.objects;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.ExifJpeg;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Administrators define types and edit objects; the forms explain every bad value; residents
 * and visitors cannot reach any of it.
 */
@PortalTest
class ObjectAdminPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CityObjects objects;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor admin() {
		return user(users.loadUserByUsername(DemoAccounts.ADMIN));
	}

	@Test
	void showsTheAdministrationPagesToAdministrators() {
		ObjectType school = objects.typeByCode("school").orElseThrow();
		String anySchool = jdbc.sql("select id::text from objects_objects where type_id = ? limit 1")
			.param(school.id().value())
			.query(String.class)
			.single();
		for (String path : new String[] { "/admin/object-types", "/admin/object-types/new",
				"/admin/object-types/" + school.id(), "/admin/objects", "/admin/objects?q=школа",
				"/admin/objects/new?type=" + school.id(), "/admin/objects/" + anySchool, "/admin/objects/import" }) {
			assertThat(mvc.get().uri(path).with(admin())).as(path).hasStatusOk();
		}
	}

	@Test
	void keepsResidentsAndVisitorsOut() {
		assertThat(mvc.get().uri("/admin/objects").with(user("r").roles("RESIDENT"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/admin/object-types").with(user("o").roles("OFFICIAL"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/admin/object-types").with(csrf()).with(user("r").roles("RESIDENT")).param("code", "x"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/admin/objects/import")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
	}

	@Test
	void createsATypeWithTypedAttributesAndExplainsBadOnes() {
		String code = "bench-" + UUID.randomUUID().toString().substring(0, 6);
		assertThat(mvc.post()
			.uri("/admin/object-types")
			.with(csrf())
			.with(admin())
			.param("code", code)
			.param("nameRu", "Скамейки")
			.param("nameEn", "Benches")
			.param("icon", "bench")
			.param("geometryKind", "POINT")
			.param("attributes[0].code", "seats")
			.param("attributes[0].nameRu", "Мест")
			.param("attributes[0].type", "NUMBER")
			.param("attributes[1].code", "material")
			.param("attributes[1].nameRu", "Материал")
			.param("attributes[1].type", "ENUMERATION")
			.param("attributes[1].options", "дерево, металл")
			.param("attributes[2].code", "")).hasStatus(HttpStatus.FOUND);
		ObjectType created = objects.typeByCode(code).orElseThrow();
		assertThat(created.attributes()).extracting(AttributeDefinition::code, AttributeDefinition::type)
			.containsExactly(tuple("seats", AttributeType.NUMBER),
					tuple("material", AttributeType.ENUMERATION));
		assertThat(created.attribute("material").orElseThrow().options()).containsExactly("дерево", "металл");

		assertThat(mvc.post()
			.uri("/admin/object-types")
			.with(csrf())
			.with(admin())
			.param("code", code + "-list")
			.param("nameRu", "Урны")
			.param("icon", "trash")
			.param("geometryKind", "POINT")
			.param("attributes[0].code", "volume")
			.param("attributes[0].type", "ENUMERATION")).hasStatusOk()
			.bodyText()
			.contains("Для характеристики-списка volume укажите допустимые значения.");
		assertThat(objects.typeByCode(code + "-list")).isEmpty();
	}

	@Test
	void refusesToChangeTheShapeOfATypeThatHasObjects() {
		ObjectType school = objects.typeByCode("school").orElseThrow();
		assertThat(mvc.post()
			.uri("/admin/object-types/" + school.id())
			.with(csrf())
			.with(admin())
			.param("code", "school")
			.param("nameRu", school.name().ru())
			.param("icon", school.icon())
			.param("geometryKind", "POLYGON")).hasStatusOk()
			.bodyText()
			.contains("У типа уже есть объекты, поэтому его форму на карте изменить нельзя.");
		assertThat(objects.typeByCode("school").orElseThrow().geometryKind()).isEqualTo(GeometryKind.POINT);
		assertThat(mvc.post()
			.uri("/admin/object-types/" + school.id())
			.with(csrf())
			.with(admin())
			.param("code", "schools")
			.param("nameRu", school.name().ru())
			.param("icon", school.icon())
			.param("geometryKind", "POINT")).hasStatusOk()
			.bodyText()
			.contains("Код типа — имя его набора данных и адресов скачивания, поэтому его нельзя изменить.");
		assertThat(objects.typeByCode("schools")).isEmpty();
	}

	@Test
	void explainsEveryBadFieldOfANewObjectAndSavesNothing() {
		ObjectType school = objects.typeByCode("school").orElseThrow();
		long before = count();
		assertThat(mvc.post()
			.uri("/admin/objects/new?type=" + school.id())
			.with(csrf())
			.with(admin())
			.param("name", "")
			.param("lat", "55.7558")
			.param("lon", "37.6173")
			.param("owner", "")
			.param("status", "ACTIVE")
			.param("attributes[capacity]", "много")
			.param("attributes[website]", "ftp://school")).hasStatusOk()
			.bodyText()
			.contains("Значение обязательно.", "Расположение за пределами районов региона.", "capacity: «много» — не число.",
					"website: «ftp://school» — не веб-адрес (http или https).", "aria-invalid=\"true\"");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void addsAnObjectChangesItAndKeepsItsHistory() {
		ObjectType school = objects.typeByCode("school").orElseThrow();
		var created = mvc.post()
			.uri("/admin/objects/new?type=" + school.id())
			.with(csrf())
			.with(admin())
			.param("name", "Школа № 777")
			.param("nameEn", "School No. 777")
			.param("address", "ул. Ленина, 77")
			.param("lat", "58.0105")
			.param("lon", "56.2420")
			.param("owner", "perm-construction")
			.param("status", "ACTIVE")
			.param("attributes[number]", "777")
			.param("attributes[capacity]", "1 100")
			.exchange();
		assertThat(created).hasStatus(HttpStatus.FOUND);
		ObjectId id = ObjectId.of(created.getResponse().getRedirectedUrl().replaceFirst(".*/", ""));
		CityObject school777 = objects.find(id).orElseThrow();
		assertThat(school777.attributes()).containsEntry("capacity", new java.math.BigDecimal("1100"));
		assertThat(school777.district()).isNotNull();

		assertThat(mvc.post()
			.uri("/admin/objects/" + id)
			.with(csrf())
			.with(admin())
			.param("name", "Школа № 777")
			.param("nameEn", "School No. 777")
			.param("address", "ул. Ленина, 77")
			.param("lat", "58.0105")
			.param("lon", "56.2420")
			.param("owner", "perm-construction")
			.param("status", "UNDER_REPAIR")
			.param("attributes[number]", "777")
			.param("attributes[capacity]", "1200")).hasStatus(HttpStatus.FOUND);
		assertThat(objects.find(id).orElseThrow().status()).isEqualTo(ObjectStatus.UNDER_REPAIR);
		assertThat(mvc.get().uri("/objects/" + id)).hasStatusOk()
			.bodyText()
			.contains("На ремонте", "изменён", "Состояние", "Характеристики", "добавлен в реестр")
			.doesNotContain("Администратор портала");
	}

	@Test
	void addsAPhotoWithoutItsMetadataAndShowsIt() throws Exception {
		String id = jdbc.sql("select id::text from objects_objects order by id desc limit 1").query(String.class).single();
		assertThat(mvc.post()
			.uri("/admin/objects/" + id + "/photos")
			.multipart()
			.file("file", ExifJpeg.withGps(640, 480, 6))
			.with(csrf())
			.with(admin())).hasStatus(HttpStatus.FOUND);
		String photo = jdbc.sql("select id::text from objects_photos where object_id = ?::uuid").param(id)
			.query(String.class)
			.single();
		var served = mvc.get().uri("/objects/" + id + "/photos/" + photo).exchange();
		assertThat(served).hasStatusOk();
		assertThat(ExifJpeg.hasApp1Segment(served.getResponse().getContentAsByteArray())).isFalse();
		assertThat(mvc.get().uri("/api/v1/objects/" + id)).bodyJson()
			.extractingPath("$.properties.photos[0].url")
			.asString()
			.endsWith("/objects/" + id + "/photos/" + photo);
		assertThat(mvc.post()
			.uri("/admin/objects/" + id + "/photos")
			.multipart()
			.file("file", "not a picture".getBytes())
			.with(csrf())
			.with(admin())).hasStatus(HttpStatus.BAD_REQUEST);
	}

	private long count() {
		return jdbc.sql("select count(*) from objects_objects").query(Long.class).single();
	}

}
