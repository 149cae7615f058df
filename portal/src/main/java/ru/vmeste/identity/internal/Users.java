package ru.vmeste.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.identity.DistrictScope;
import ru.vmeste.identity.Role;
import ru.vmeste.identity.UserId;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.territory.DistrictId;

/**
 * Stored user accounts.
 */
@Repository
public class Users {

	/** An account's columns and its roles, of {@code identity_users u}. */
	private static final String COLUMNS = """
			select u.*, (select string_agg(r.role, ',') from identity_user_roles r where r.user_id = u.id) as roles
			""";

	private static final String SELECT = COLUMNS + "from identity_users u\n";

	private final JdbcClient jdbc;

	private final TokenHolders holders;

	Users(JdbcClient jdbc, TokenHolders holders) {
		this.jdbc = jdbc;
		this.holders = holders;
	}

	public Optional<UserAccount> byEmail(String email) {
		return jdbc.sql(SELECT + " where u.email = ?").param(email).query(Users::account).optional();
	}

	/** An account and the expiry of a token it holds. */
	public record Holding(UserAccount account, Instant expiresAt) {
	}

	/** The account holding a valid token (unexpired, unused) of the purpose, read with the token in one statement. */
	public Optional<Holding> holdingToken(byte[] hash, Tokens.Purpose purpose, Instant now) {
		return jdbc.sql(COLUMNS + """
				    , t.expires_at as token_expires_at
				from identity_tokens t join identity_users u on u.id = t.user_id
				where t.token_hash = ? and t.purpose = ? and t.expires_at > ? and t.used_at is null
				""").params(hash, purpose.name(), Timestamp.from(now))
			.query((rs, row) -> new Holding(account(rs, row), rs.getTimestamp("token_expires_at").toInstant()))
			.optional();
	}

	public Optional<UserAccount> byId(UserId id) {
		return jdbc.sql(SELECT + " where u.id = ?").param(id.value()).query(Users::account).optional();
	}

	/** Those of the accounts that hold the role. */
	public Set<UserId> holding(Role role, Collection<UserId> users) {
		if (users.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("select user_id from identity_user_roles where role = ? and user_id = any(?)")
			.params(role.name(), users.stream().map(UserId::value).toArray(UUID[]::new))
			.query((rs, row) -> new UserId(rs.getObject("user_id", UUID.class)))
			.list());
	}

	public boolean emailTaken(String email) {
		return jdbc.sql("select exists(select 1 from identity_users where email = ?)").param(email).query(Boolean.class)
			.single();
	}

	public void insert(UserId id, String email, String passwordHash, String name, Locale locale, Instant now,
			Set<Role> roles) {
		jdbc.sql("""
				insert into identity_users (id, email, password_hash, name, locale, created_at)
				values (?, ?, ?, ?, ?, ?)
				""").params(id.value(), email, passwordHash, name, locale.getLanguage(), Timestamp.from(now)).update();
		for (Role role : roles) {
			jdbc.sql("insert into identity_user_roles (user_id, role) values (?, ?)").params(id.value(), role.name())
				.update();
		}
	}

	/** Marks the e-mail confirmed; false if it already was. */
	public boolean confirmEmail(UserId id, Instant at) {
		boolean confirmed = jdbc.sql("update identity_users set email_confirmed_at = ? where id = ? and email_confirmed_at is null")
			.params(Timestamp.from(at), id.value())
			.update() == 1;
		if (confirmed) {
			holders.accountChanged(id);
		}
		return confirmed;
	}

	public void changePassword(UserId id, String passwordHash) {
		jdbc.sql("update identity_users set password_hash = ? where id = ?").params(passwordHash, id.value()).update();
		holders.accountChanged(id);
	}

	/**
	 * Saves the profile; a changed address (its text or its point) or birth date needs verifying
	 * again, since verification vouched for exactly what was there (and eligibility depends on both).
	 */
	public void updateProfile(UserId id, String name, @Nullable String phone, @Nullable String address,
			@Nullable GeoPoint point, @Nullable DistrictId district, @Nullable LocalDate birthDate) {
		jdbc.sql("""
				update identity_users set
				    address_verified_at = case when address_lat is not distinct from :lat
				        and address_lon is not distinct from :lon and address is not distinct from :address
				        and birth_date is not distinct from :birthDate then address_verified_at end,
				    address_verified_by = case when address_lat is not distinct from :lat
				        and address_lon is not distinct from :lon and address is not distinct from :address
				        and birth_date is not distinct from :birthDate then address_verified_by end,
				    name = :name, phone = :phone, address = :address, address_lat = :lat, address_lon = :lon,
				    district_id = :district, birth_date = :birthDate
				where id = :id
				""")
			.param("name", name)
			.param("phone", phone)
			.param("address", address)
			.param("lat", point == null ? null : point.lat())
			.param("lon", point == null ? null : point.lon())
			.param("district", district == null ? null : district.value())
			.param("birthDate", birthDate)
			.param("id", id.value())
			.update();
		holders.accountChanged(id);
	}

	public void setLocale(UserId id, Locale locale) {
		jdbc.sql("update identity_users set locale = ? where id = ?").params(locale.getLanguage(), id.value()).update();
	}

	public boolean verifyAddress(UserId id, UserId official, Instant at) {
		boolean verified = jdbc.sql("""
				update identity_users set address_verified_at = ?, address_verified_by = ?
				where id = ? and district_id is not null and address_verified_at is null
				""").params(Timestamp.from(at), official.value(), id.value()).update() == 1;
		if (verified) {
			holders.accountChanged(id);
		}
		return verified;
	}

	public void grant(UserId id, Role role) {
		insertRole(id, role);
		holders.accountChanged(id);
	}

	private void insertRole(UserId id, Role role) {
		jdbc.sql("insert into identity_user_roles (user_id, role) values (?, ?) on conflict do nothing")
			.params(id.value(), role.name())
			.update();
	}

	/** Accounts whose e-mail or name contains the text, newest first; everyone when the text is blank. */
	public Paged<UserAccount> search(String text, PageQuery page) {
		String where = text.isBlank() ? "" : " where u.email::text ilike :pattern or u.name ilike :pattern";
		String pattern = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		List<UserAccount> items = jdbc.sql(SELECT + where + " order by u.created_at desc limit :limit offset :offset")
			.param("pattern", pattern)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(Users::account)
			.list();
		long total = jdbc.sql("select count(*) from identity_users u" + where).param("pattern", pattern)
			.query(Long.class)
			.single();
		return Paged.of(items, page, total);
	}

	public void setRoles(UserId id, Set<Role> roles) {
		jdbc.sql("delete from identity_user_roles where user_id = ?").param(id.value()).update();
		roles.forEach(role -> insertRole(id, role));
		holders.accountChanged(id);
	}

	public long count() {
		return jdbc.sql("select count(*) from identity_users where deleted_at is null").query(Long.class).single();
	}

	/** Residents with a verified address in one of the districts (any if none), born by the date if given. */
	public long countVerified(Set<DistrictId> districts, @Nullable LocalDate bornOnOrBefore) {
		return jdbc.sql("""
				select count(*) from identity_users
				where address_verified_at is not null and district_id is not null
				  and (cardinality(cast(:districts as uuid[])) = 0 or district_id = any(cast(:districts as uuid[])))
				  and (cast(:born as date) is null or birth_date <= :born)
				""")
			.param("districts", districts.stream().map(DistrictId::value).toArray(UUID[]::new))
			.param("born", bornOnOrBefore)
			.query(Long.class)
			.single();
	}

	/**
	 * Residents with an address in a district of the scope that no official has verified yet,
	 * oldest first.
	 */
	public Paged<UserAccount> pendingAddressVerification(DistrictScope scope, PageQuery page) {
		String where = """
				 where u.address is not null and u.district_id is not null and u.address_verified_at is null
				   and (:whole or u.district_id = any(cast(:districts as uuid[])))
				""";
		UUID[] districts = scope.districts().stream().map(DistrictId::value).toArray(UUID[]::new);
		List<UserAccount> items = jdbc.sql(SELECT + where + " order by u.created_at limit :limit offset :offset")
			.param("whole", scope.wholeRegion())
			.param("districts", districts)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(Users::account)
			.list();
		long total = jdbc.sql("select count(*) from identity_users u" + where)
			.param("whole", scope.wholeRegion())
			.param("districts", districts)
			.query(Long.class)
			.single();
		return Paged.of(items, page, total);
	}

	/**
	 * Erases an account's personal data (152-FZ): a random unusable e-mail and password, no name,
	 * contacts, address or roles; the id stays for what refers to it. False if already deleted.
	 */
	public boolean erase(UserId id, String unusablePasswordHash, Instant at) {
		int erased = jdbc.sql("""
				update identity_users set email = 'deleted-' || gen_random_uuid() || '@deleted.invalid',
				    password_hash = ?, name = '', phone = null, address = null, address_lat = null, address_lon = null,
				    district_id = null, birth_date = null, email_confirmed_at = null, address_verified_at = null,
				    address_verified_by = null, deleted_at = ?
				where id = ? and deleted_at is null
				""").params(unusablePasswordHash, Timestamp.from(at), id.value()).update();
		jdbc.sql("delete from identity_user_roles where user_id = ?").param(id.value()).update();
		holders.accountChanged(id);
		return erased == 1;
	}

	private static UserAccount account(ResultSet rs, int row) throws SQLException {
		Object lat = rs.getObject("address_lat");
		UUID district = rs.getObject("district_id", UUID.class);
		return new UserAccount(new UserId(rs.getObject("id", UUID.class)), rs.getString("email"),
				rs.getString("password_hash"), rs.getString("name"), rs.getString("phone"), rs.getString("address"),
				lat == null ? null : new GeoPoint(rs.getDouble("address_lat"), rs.getDouble("address_lon")),
				district == null ? null : new DistrictId(district), rs.getObject("birth_date", LocalDate.class),
				Locale.forLanguageTag(rs.getString("locale")), instant(rs, "email_confirmed_at"),
				instant(rs, "address_verified_at"), rs.getTimestamp("created_at").toInstant(), roles(rs.getString("roles")),
				instant(rs, "deleted_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static Set<Role> roles(@Nullable String roles) {
		if (roles == null || roles.isBlank()) {
			return EnumSet.noneOf(Role.class);
		}
		return Arrays.stream(roles.split(",")).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

}
