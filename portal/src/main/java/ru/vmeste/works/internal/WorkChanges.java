package ru.vmeste.works.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

import ru.vmeste.works.Work;
import ru.vmeste.works.internal.WorkHistory.FieldChange;

/**
 * What an update changed, field by field, for the public history. Long texts and shapes are
 * named as changed without their values.
 */
final class WorkChanges {

	private final List<FieldChange> changes = new ArrayList<>();

	private WorkChanges() {
	}

	static List<FieldChange> between(Work before, Work after) {
		WorkChanges diff = new WorkChanges();
		diff.compare("title", before.title(), after.title());
		diff.changed("description", before.description(), after.description());
		diff.compare("kind", before.kind().name(), after.kind().name());
		diff.compare("program", before.funding().program(), after.funding().program());
		diff.compare("programYear", before.funding().programYear(), after.funding().programYear());
		diff.compare("fundingSource", before.funding().source(), after.funding().source());
		diff.compare("budget", money(before.funding().budget()), money(after.funding().budget()));
		diff.compare("contractAmount", money(before.funding().contractAmount()), money(after.funding().contractAmount()));
		diff.compare("contractor", before.contractor(), after.contractor());
		diff.compare("externalRef", before.externalRef(), after.externalRef());
		diff.compare("plannedStart", before.schedule().plannedStart(), after.schedule().plannedStart());
		diff.compare("plannedEnd", before.schedule().plannedEnd(), after.schedule().plannedEnd());
		diff.compare("progress", before.progress(), after.progress());
		diff.changed("location", before.place().geometry(), after.place().geometry());
		diff.changed("objects", before.place().objects(), after.place().objects());
		return List.copyOf(diff.changes);
	}

	private void compare(String field, @Nullable Object from, @Nullable Object to) {
		if (!Objects.equals(from, to)) {
			changes.add(new FieldChange(field, from == null ? null : from.toString(), to == null ? null : to.toString()));
		}
	}

	private void changed(String field, @Nullable Object from, @Nullable Object to) {
		boolean same = from instanceof Geometry a && to instanceof Geometry b ? a.equalsExact(b) : Objects.equals(from, to);
		if (!same) {
			changes.add(new FieldChange(field, null, null));
		}
	}

	private static @Nullable String money(@Nullable BigDecimal amount) {
		return amount == null ? null : amount.stripTrailingZeros().toPlainString();
	}

}
