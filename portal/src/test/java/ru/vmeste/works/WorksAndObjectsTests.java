package ru.vmeste.works;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Works on city objects of the registry: only objects that exist may be named, the objects alone
 * place the works, the work's page draws and links them, the object's page lists its works, and
 * the works are an open dataset without anything personal.
 */
@PortalTest
class WorksAndObjectsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void worksOnAnObjectArePlacedByItAndShownOnBothPages() {
		WorksFixtures fixtures = new WorksFixtures(context);
		String object = jdbc.sql("select id::text from objects_objects where status = 'ACTIVE' order by name_ru, id limit 1")
			.query(String.class)
			.single();
		String name = jdbc.sql("select name_ru from objects_objects where id = ?::uuid").param(object)
			.query(String.class)
			.single();
		String title = "Ремонт объекта " + UUID.randomUUID();
		String work = fixtures.work(title, fixtures.today(), fixtures.today().plusDays(30),
				"\"objectIds\":[\"" + object + "\",\"" + object + "\"]");

		assertThat(mvc.get().uri("/api/v1/works/{id}", work)).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.objectIds").asArray().containsExactly(object);
			assertThat(json).extractingPath("$.districtName").asString().isNotBlank();
		});
		assertThat(mvc.get().uri("/api/v1/works?objectId={o}", object)).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.contains(work);
		assertThat(mvc.get().uri("/works?objectId={o}", object)).hasStatusOk()
			.bodyText()
			.as("the filter form keeps the object")
			.contains("name=\"objectId\" value=\"" + object + "\"", title);
		assertThat(mvc.get().uri("/works/{id}", work)).hasStatusOk()
			.bodyText()
			.contains("href=\"/objects/" + object + "\"", name, "data-objects=\"{&quot;type&quot;:&quot;FeatureCollection&quot;");
		assertThat(mvc.get().uri("/objects/{id}", object)).hasStatusOk()
			.bodyText()
			.containsSubsequence("Работы на объекте", title)
			.contains("href=\"/works/" + work + "\"");
	}

	@Test
	void demoWorksLieOnTheObjectsOfTheRegistryUnderThem() {
		List<String> touched = jdbc.sql("""
				select distinct w.title from works_works w join works_work_objects o on o.work_id = w.id
				where w.external_ref is null and w.created_at < now() - interval '1 day'
				""").query(String.class).list();
		assertThat(touched).isNotEmpty();
	}

	@Test
	void anUnknownObjectIsRefusedOnUpdateAndChangesNothing() {
		WorksFixtures fixtures = new WorksFixtures(context);
		String work = fixtures.work("Работы без объекта");
		UUID unknown = UUID.randomUUID();
		long history = jdbc.sql("select count(*) from works_history where work_id = ?::uuid").param(work)
			.query(Long.class)
			.single();

		assertThat(mvc.put().uri("/api/v1/works/{id}", work).header("Authorization", fixtures.official())
			.contentType(MediaType.APPLICATION_JSON)
			.content(WorksFixtures.json("Работы с чужим объектом", fixtures.today(), fixtures.today().plusDays(5),
					"\"objectIds\":[\"" + unknown + "\"]")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Неизвестный городской объект: " + unknown + ".");
		assertThat(mvc.get().uri("/api/v1/works/{id}", work)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.title").isEqualTo("Работы без объекта");
			assertThat(json).extractingPath("$.objectIds").asArray().isEmpty();
		});
		assertThat(jdbc.sql("select count(*) from works_history where work_id = ?::uuid").param(work)
			.query(Long.class)
			.single()).isEqualTo(history);
	}

	@Test
	void theWorksAreAnOpenDatasetWithoutAnythingPersonal() {
		WorksFixtures fixtures = new WorksFixtures(context);
		String title = "Работы для открытых данных " + UUID.randomUUID();
		String work = fixtures.work(title, fixtures.today(), fixtures.today().plusDays(10), "\"budget\":777000");

		assertThat(mvc.get().uri("/opendata/catalog.json")).hasStatusOk().bodyText().contains("/opendata/datasets/works.csv");
		String csv = WorksFixtures.body(mvc.get().uri("/opendata/datasets/works.csv").exchange());
		assertThat(csv).contains("id", "planned_end", "customer_name", "rating_average")
			.contains(work, title, "777000")
			.doesNotContain(DemoAccounts.OFFICIAL, DemoAccounts.RESIDENT, "Олег", "Чиновников", "@");
		assertThat(mvc.get().uri("/opendata/datasets/works.geojson")).hasStatusOk()
			.bodyText()
			.contains("\"FeatureCollection\"", work);
	}

}
