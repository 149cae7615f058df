package ru.vmeste.works;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.shared.DomainException;
import ru.vmeste.support.PortalTest;
import ru.vmeste.works.WorkImports.Document;
import ru.vmeste.works.WorkImports.ImportedWork;
import ru.vmeste.works.WorkImports.Rating;
import ru.vmeste.works.WorkImports.StatusStep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Works brought in with their past (what the demo seeds through) keep the instants of every
 * step, go through the status table and its events, and are flagged when their residents rated
 * them low; a past the status table forbids brings in nothing.
 */
@PortalTest
@RecordApplicationEvents
class WorkImportsTests {

	private static final String CENTRE = "{\"type\":\"Point\",\"coordinates\":[56.2294,58.0105]}";

	@Autowired
	WorkImports imports;

	@Autowired
	Works works;

	@Autowired
	Organizations organizations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void aWorkComesInWithEveryStepAtItsOwnInstant() {
		LocalDate start = LocalDate.of(2025, 5, 5);
		Instant created = Instant.parse("2025-04-01T07:00:00Z");
		Instant rated = Instant.parse("2025-07-01T07:00:00Z");
		WorkId id = imports.importWork(work("Двор " + UUID.randomUUID(), start, created,
				List.of(new StatusStep(WorkStatus.CONTRACTING, null, start.minusDays(20), at(start.minusDays(20))),
						new StatusStep(WorkStatus.IN_PROGRESS, null, start, at(start)),
						new StatusStep(WorkStatus.COMPLETED, null, start.plusDays(50), at(start.plusDays(50)))),
				List.of(new Rating(2, "Лужи остались", rated), new Rating(1, "Плохо", rated.plusSeconds(60)),
						new Rating(2, "Кривой бордюр", rated.plusSeconds(120)))));

		Work work = works.find(id).orElseThrow();
		assertThat(work.status()).isEqualTo(WorkStatus.COMPLETED);
		assertThat(work.schedule().actualStart()).isEqualTo(start);
		assertThat(work.schedule().actualEnd()).isEqualTo(start.plusDays(50));
		assertThat(work.progress()).isEqualTo(100);
		assertThat(work.createdAt()).isEqualTo(created);
		assertThat(work.ratings().count()).isEqualTo(3);
		assertThat(work.flaggedAt()).isEqualTo(rated.plusSeconds(120));
		assertThat(events.stream(WorkStatusChanged.class).filter(changed -> changed.work().equals(id)))
			.extracting(WorkStatusChanged::to, WorkStatusChanged::at)
			.containsExactly(tuple(WorkStatus.CONTRACTING, at(start.minusDays(20))),
					tuple(WorkStatus.IN_PROGRESS, at(start)),
					tuple(WorkStatus.COMPLETED, at(start.plusDays(50))));
		assertThat(events.stream(WorkFlagged.class).filter(flagged -> flagged.work().equals(id))).hasSize(1);
		assertThat(jdbc.sql("select count(*) from works_documents where work_id = ?").param(id.value())
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aPastTheStatusTableForbidsBringsInNothing() {
		String title = "Приёмка без работ " + UUID.randomUUID();
		LocalDate start = LocalDate.of(2025, 5, 5);
		assertThatThrownBy(() -> imports.importWork(work(title, start, at(start.minusDays(30)),
				List.of(new StatusStep(WorkStatus.ACCEPTED, null, start, at(start))), List.of())))
			.isInstanceOf(DomainException.class);
		assertThat(jdbc.sql("select count(*) from works_works where title = ?").param(title).query(Long.class).single())
			.isZero();
	}

	private ImportedWork work(String title, LocalDate start, Instant created, List<StatusStep> steps,
			List<Rating> ratings) {
		OrganizationId customer = organizations.byCode("perm-improvement").orElseThrow().id();
		return new ImportedWork(customer, title, "Ремонт покрытия и освещения", WorkKind.IMPROVEMENT,
				new Funding("Комфортная среда", 2025, "городской бюджет", new BigDecimal("1200000"), null),
				"ООО «Подрядчик»", start, start.plusDays(60), 0, CENTRE, List.of(), created, steps,
				List.of(new Document(DocumentKind.CONTRACT, "Контракт", "contract.pdf", WorkFiles.pdf("Contract"),
						created)),
				List.of(), ratings);
	}

	private static Instant at(LocalDate day) {
		return day.atTime(7, 0).toInstant(ZoneOffset.UTC);
	}

}
