package ru.vmeste.organizations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.MemberRole;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.OrganizationKind;
import ru.vmeste.organizations.Organizations.Membership;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.DistrictId;

/**
 * SQL for organizations and their members.
 */
@Repository
public class OrganizationStore {

	private final JdbcClient jdbc;

	OrganizationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Organization> all() {
		return jdbc.sql("select * from organizations_organizations order by name_ru").query(OrganizationStore::organization)
			.list();
	}

	public Optional<Organization> byId(OrganizationId id) {
		return jdbc.sql("select * from organizations_organizations where id = ?").param(id.value())
			.query(OrganizationStore::organization)
			.optional();
	}

	public Optional<Organization> byCode(String code) {
		return jdbc.sql("select * from organizations_organizations where code = ?").param(code)
			.query(OrganizationStore::organization)
			.optional();
	}

	public Optional<Organization> defaultModerator() {
		return jdbc.sql("select * from organizations_organizations where default_moderator")
			.query(OrganizationStore::organization)
			.optional();
	}

	public OrganizationId insert(String code, LocalizedText name, OrganizationKind kind, @Nullable OrganizationId parent,
			@Nullable DistrictId district, boolean defaultModerator) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into organizations_organizations (id, code, name_ru, name_en, kind, parent_id, district_id, default_moderator)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, code, name.ru(), name.en(), kind.name(), parent == null ? null : parent.value(),
					district == null ? null : district.value(), defaultModerator)
			.update();
		return new OrganizationId(id);
	}

	/** One organization moderates: the flag moves (cleared first, as the unique index wants). */
	public void chooseDefaultModerator(OrganizationId organization) {
		jdbc.sql("update organizations_organizations set default_moderator = false where default_moderator and id <> ?")
			.param(organization.value())
			.update();
		jdbc.sql("update organizations_organizations set default_moderator = true where id = ?")
			.param(organization.value())
			.update();
	}

	/** Saves everything but the id; the code stays unique. */
	public void update(Organization organization) {
		jdbc.sql("""
				update organizations_organizations set code = ?, name_ru = ?, name_en = ?, kind = ?, parent_id = ?,
				    district_id = ?, phone = ?, email = ?, address = ?, working_hours = ?
				where id = ?
				""")
			.params(organization.code(), organization.name().ru(), organization.name().en(), organization.kind().name(),
					organization.parent() == null ? null : organization.parent().value(),
					organization.district() == null ? null : organization.district().value(),
					organization.contacts().phone(), organization.contacts().email(), organization.contacts().address(),
					organization.contacts().workingHours(), organization.id().value())
			.update();
	}

	public void removeMember(OrganizationId organization, UserId official) {
		jdbc.sql("delete from organizations_members where organization_id = ? and user_id = ?")
			.params(organization.value(), official.value())
			.update();
	}

	public void addMember(OrganizationId organization, UserId official, MemberRole role) {
		jdbc.sql("""
				insert into organizations_members (organization_id, user_id, role) values (?, ?, ?)
				on conflict (organization_id, user_id) do update set role = excluded.role
				""").params(organization.value(), official.value(), role.name()).update();
	}

	public List<Membership> membershipsOf(UserId official) {
		return jdbc.sql("select * from organizations_members where user_id = ?").param(official.value())
			.query(OrganizationStore::membership)
			.list();
	}

	public Map<OrganizationId, Integer> memberCounts() {
		Map<OrganizationId, Integer> counts = new HashMap<>();
		jdbc.sql("select organization_id, count(*) as members from organizations_members group by organization_id")
			.query(rs -> {
				counts.put(new OrganizationId(rs.getObject("organization_id", UUID.class)), rs.getInt("members"));
			});
		return counts;
	}

	public List<Membership> allMembers() {
		return jdbc.sql("select * from organizations_members").query(OrganizationStore::membership).list();
	}

	public List<Membership> membersOf(OrganizationId organization) {
		return jdbc.sql("select * from organizations_members where organization_id = ?").param(organization.value())
			.query(OrganizationStore::membership)
			.list();
	}

	private static Organization organization(ResultSet rs, int row) throws SQLException {
		UUID parent = rs.getObject("parent_id", UUID.class);
		UUID district = rs.getObject("district_id", UUID.class);
		return new Organization(new OrganizationId(rs.getObject("id", UUID.class)), rs.getString("code"),
				new LocalizedText(rs.getString("name_ru"), rs.getString("name_en")),
				OrganizationKind.valueOf(rs.getString("kind")), parent == null ? null : new OrganizationId(parent),
				district == null ? null : new DistrictId(district),
				new Organization.Contacts(text(rs, "phone"), text(rs, "email"), text(rs, "address"),
						text(rs, "working_hours")));
	}

	private static String text(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return value == null ? "" : value;
	}

	private static Membership membership(ResultSet rs, int row) throws SQLException {
		return new Membership(new OrganizationId(rs.getObject("organization_id", UUID.class)),
				new UserId(rs.getObject("user_id", UUID.class)), MemberRole.valueOf(rs.getString("role")));
	}

}
