package ru.vmeste.organizations.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.Residents;
import ru.vmeste.identity.Role;
import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.MemberRole;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.OrganizationStructure;
import ru.vmeste.shared.DomainException;
import ru.vmeste.territory.Territory;

/**
 * Administrators keep the organizations: create and edit them, place them in the tree, add
 * officials, and import a whole structure from CSV.
 */
@Service
public class OrganizationAdministration implements OrganizationStructure {

	/** One bad line of an import: its number in the file, the reason (a message key) and the bad value. */
	public record ImportProblem(int line, String reason, String value) {
	}

	/** What an import did, or would do in a dry run. */
	public record ImportReport(int created, int updated, List<ImportProblem> problems, boolean applied) {
	}

	private final OrganizationStore store;

	private final Residents residents;

	private final Territory territory;

	OrganizationAdministration(OrganizationStore store, Residents residents, Territory territory) {
		this.store = store;
		this.residents = residents;
		this.territory = territory;
	}

	@Override
	@Transactional
	public OrganizationId create(Organization draft) {
		if (store.byCode(draft.code()).isPresent()) {
			throw DomainException.conflict("organizations.code-taken", draft.code());
		}
		OrganizationId id = store.insert(draft.code(), draft.name(), draft.kind(), draft.parent(), draft.district(), false);
		store.update(withId(draft, id));
		return id;
	}

	@Transactional
	public void update(Organization organization) {
		store.byCode(organization.code())
			.filter(other -> !other.id().equals(organization.id()))
			.ifPresent(other -> {
				throw DomainException.conflict("organizations.code-taken", organization.code());
			});
		if (organization.parent() != null && descendantsOf(organization.id()).contains(organization.parent())) {
			throw DomainException.invalid("organizations.parent-cycle");
		}
		store.update(organization);
	}

	@Transactional
	public void addMember(OrganizationId organization, String email, MemberRole role) {
		UserId official = residents.findByEmail(email)
			.orElseThrow(() -> DomainException.invalid("organizations.member-unknown", email));
		if (!residents.hasRole(official, Role.OFFICIAL)) {
			throw DomainException.invalid("organizations.member-not-official", email);
		}
		store.addMember(organization, official, role);
	}

	@Override
	@Transactional
	public void addMember(OrganizationId organization, UserId member, MemberRole role) {
		if (!residents.hasRole(member, Role.OFFICIAL) && !residents.hasRole(member, Role.ADMIN)) {
			throw DomainException.invalid("organizations.member-not-official", member);
		}
		store.addMember(organization, member, role);
	}

	@Override
	@Transactional
	public void chooseDefaultModerator(OrganizationId organization) {
		if (store.byId(organization).isEmpty()) {
			throw DomainException.notFound("organizations.not-found");
		}
		store.chooseDefaultModerator(organization);
	}

	public Map<OrganizationId, Integer> memberCounts() {
		return store.memberCounts();
	}

	@Transactional
	public void removeMember(OrganizationId organization, UserId official) {
		store.removeMember(organization, official);
	}

	/**
	 * Imports rows {@code code;name_ru;name_en;kind;parent_code;district_code;phone;email;address;working_hours}
	 * of a UTF-8 CSV file (a header line is skipped). A dry run, or any bad line, changes nothing and lists every problem.
	 */
	@Transactional
	public ImportReport importCsv(byte[] csv, boolean dryRun) {
		OrganizationCsv reader = new OrganizationCsv(territory.districts());
		List<OrganizationCsv.Row> rows = reader.parse(csv);
		List<ImportProblem> problems = new ArrayList<>(reader.problems());
		Set<String> known = new HashSet<>();
		store.all().forEach(organization -> known.add(organization.code()));
		rows.forEach(row -> known.add(row.code()));
		rows.stream()
			.filter(row -> row.parentCode() != null && !known.contains(row.parentCode()))
			.forEach(row -> problems.add(new ImportProblem(row.line(), "organizations.import.unknown-parent", row.parentCode())));
		int existing = (int) rows.stream().filter(row -> store.byCode(row.code()).isPresent()).count();
		if (dryRun || !problems.isEmpty()) {
			problems.sort(Comparator.comparingInt(ImportProblem::line));
			return new ImportReport(rows.size() - existing, existing, problems, false);
		}
		Map<String, OrganizationId> ids = new HashMap<>();
		store.all().forEach(organization -> ids.put(organization.code(), organization.id()));
		for (OrganizationCsv.Row row : rows) {
			ids.computeIfAbsent(row.code(),
					code -> store.insert(code, row.name(), row.kind(), null, null, false));
		}
		for (OrganizationCsv.Row row : rows) {
			store.update(new Organization(ids.get(row.code()), row.code(), row.name(), row.kind(),
					row.parentCode() == null ? null : ids.get(row.parentCode()), row.district(), row.contacts()));
		}
		return new ImportReport(rows.size() - existing, existing, List.of(), true);
	}

	private Set<OrganizationId> descendantsOf(OrganizationId root) {
		Map<OrganizationId, List<OrganizationId>> children = new HashMap<>();
		store.all()
			.stream()
			.filter(organization -> organization.parent() != null)
			.forEach(organization -> children.computeIfAbsent(organization.parent(), key -> new ArrayList<>())
				.add(organization.id()));
		Set<OrganizationId> found = new HashSet<>();
		ArrayDeque<OrganizationId> queue = new ArrayDeque<>(List.of(root));
		while (!queue.isEmpty()) {
			OrganizationId next = queue.pop();
			if (found.add(next)) {
				queue.addAll(children.getOrDefault(next, List.of()));
			}
		}
		return found;
	}

	private static Organization withId(Organization draft, OrganizationId id) {
		return new Organization(id, draft.code(), draft.name(), draft.kind(), draft.parent(), draft.district(),
				draft.contacts());
	}

}
