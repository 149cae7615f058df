package ru.vmeste.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import ru.vmeste.identity.UserId;
import ru.vmeste.reports.AppealImports.ImportedAppeal;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A batch of imported appeals lands as single imports do, each as far as its past goes; a batch
 * with an appeal that cannot be imported leaves nothing behind.
 */
@PortalTest
class AppealImportsTests {

	/** In Leninsky district, in the centre of Perm. */
	private static final GeoPoint CENTRE = new GeoPoint(58.0106, 56.2420);

	@Autowired
	AppealImports imports;

	@Autowired
	Appeals appeals;

	@Autowired
	Topics topics;

	@Test
	void importsABatchInItsOrderEachAsFarAsItsPastGoes() {
		UserId author = UserId.random();
		Instant submitted = Instant.now().minus(Duration.ofDays(3));
		List<AppealId> imported = imports.importAppeals(List.of(appeal(author, CENTRE, submitted, null),
				appeal(author, CENTRE, submitted, submitted.plus(Duration.ofHours(2)))));

		assertThat(imported).hasSize(2);
		assertThat(appeals.find(imported.get(0))).get().extracting(Appeal::status).isEqualTo(AppealStatus.MODERATION);
		assertThat(appeals.find(imported.get(1))).get().extracting(Appeal::status).isEqualTo(AppealStatus.ROUTED);
		assertThat(imports.hasAppealsOf(author)).isTrue();
	}

	@Test
	void aBatchWithAnAppealOutsideTheCityImportsNone() {
		UserId author = UserId.random();
		Instant submitted = Instant.now().minus(Duration.ofDays(1));
		List<ImportedAppeal> batch = List.of(appeal(author, CENTRE, submitted, null),
				appeal(author, new GeoPoint(10.0, 10.0), submitted, null));

		assertThatExceptionOfType(DomainException.class).isThrownBy(() -> imports.importAppeals(batch));
		assertThat(imports.hasAppealsOf(author)).isFalse();
	}

	private ImportedAppeal appeal(UserId author, GeoPoint point, Instant submitted, @Nullable Instant published) {
		Topic topic = topics.all()
			.stream()
			.filter(found -> !found.isGroup() && found.code().matches("[a-z-]+") && !found.code().startsWith("events-"))
			.findFirst()
			.orElseThrow();
		return new ImportedAppeal(topic.id(), point, null, "Яма на дороге у дома, колёса бьются.", author, submitted,
				null, published, null, null, null);
	}

}
