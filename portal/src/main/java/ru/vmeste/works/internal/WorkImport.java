package ru.vmeste.works.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.shared.DomainException;
import ru.vmeste.works.WorkId;
import ru.vmeste.works.internal.WorkHistory.Change;

/**
 * Imports works of a customer from CSV (see {@link WorkCsv#COLUMNS}). Every line is checked as
 * a created work would be, place and registry number included; a dry run, or any bad line,
 * stores nothing and reports every problem with its line number. Otherwise all works are
 * created in one transaction, each with an "imported" history row, as new (PLANNED) works.
 */
@Service
public class WorkImport {

	public static final int MAX_ROWS = 2000;

	/** The columns a file may have, in the order the template shows them. */
	public static final List<String> COLUMNS = WorkCsv.COLUMNS;

	/** A line that cannot be imported, and why: a message key and its arguments. */
	public record Problem(int line, String reason, List<String> arguments) {
	}

	/** What an import found and did. */
	public record Report(int rows, List<Problem> problems, boolean applied, List<WorkId> created) {
	}

	private final WorkEditor editor;

	private final WorkPlaces places;

	private final WorkCustomers customers;

	private final WorkStore works;

	WorkImport(WorkEditor editor, WorkPlaces places, WorkCustomers customers, WorkStore works) {
		this.editor = editor;
		this.places = places;
		this.customers = customers;
		this.works = works;
	}

	@Transactional
	public Report run(byte[] csv, OrganizationId customer, UserId official, boolean dryRun) {
		customers.checkMember(official, customer);
		WorkCsv read = new WorkCsv(places).read(csv, MAX_ROWS);
		List<Problem> problems = new ArrayList<>();
		read.problems().forEach(problem -> problems.add(new Problem(problem.line(), problem.reason(), problem.arguments())));
		Set<String> refs = new HashSet<>();
		for (WorkCsv.Row row : read.rows()) {
			try {
				places.resolve(row.draft().geometry(), row.draft().objects());
			}
			catch (DomainException ex) {
				problems.add(new Problem(row.line(), ex.messageCode(),
						Arrays.stream(ex.arguments()).map(String::valueOf).toList()));
			}
			String ref = row.draft().externalRef();
			if (ref != null && (!refs.add(ref) || works.existsRef(customer, ref))) {
				problems.add(new Problem(row.line(), "works.external-ref.taken", List.of(ref)));
			}
		}
		problems.sort(Comparator.comparingInt(Problem::line));
		int rows = read.rows().size() + (int) read.problems().stream().filter(problem -> problem.line() > 1).count();
		if (dryRun || !problems.isEmpty()) {
			return new Report(rows, problems, false, List.of());
		}
		List<WorkId> created = read.rows()
			.stream()
			.map(row -> editor.insert(row.draft(), customer, official, Change.IMPORTED))
			.toList();
		return new Report(rows, List.of(), true, created);
	}

}
