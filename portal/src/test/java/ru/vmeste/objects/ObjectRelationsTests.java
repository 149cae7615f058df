package ru.vmeste.objects;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.support.ContributingModules;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Modules tie their things to an object through {@link ObjectRelations}; the object page shows
 * every contributed section in order, with its items and count, and says so when one is empty.
 */
@PortalTest
@Import(ContributingModules.class)
class ObjectRelationsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void showsEveryContributedSectionInOrder() {
		String id = jdbc.sql("select id::text from objects_objects order by id limit 1").query(String.class).single();
		assertThat(mvc.get().uri("/objects/" + id)).hasStatusOk()
			.bodyText()
			.containsSubsequence("Работы на объекте (0)", "Пока нет.", "Обращения по объекту (7)", "Яма у входа",
					"Решено", "01.05.2026", "Не горит фонарь", "href=\"/appeals?objectId=" + id + "\"")
			.doesNotContain("С объектом пока ничего не связано");
	}

}
