package ru.vmeste.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.PersonalDataSource;
import ru.vmeste.identity.Role;
import ru.vmeste.identity.UserId;
import ru.vmeste.identity.VerificationLevel;
import ru.vmeste.shared.DomainException;

/**
 * "Download my data" (152-FZ, art. 14): the account as stored, the consents given, and each
 * module's part ({@link PersonalDataSource}), in one document.
 */
@Service
public class PersonalDataExport {

	/** The account's own data, as the resident entered it or the portal recorded it. */
	public record Account(UserId id, String email, String name, @Nullable String phone, @Nullable String address,
			@Nullable Double addressLat, @Nullable Double addressLon, @Nullable String districtId,
			@Nullable LocalDate birthDate, String locale, VerificationLevel verification,
			@Nullable Instant emailConfirmedAt, @Nullable Instant addressVerifiedAt, Instant registeredAt,
			Set<Role> roles) {
	}

	private final Users users;

	private final Consents consents;

	private final List<PersonalDataSource> sources;

	private final Clock clock;

	PersonalDataExport(Users users, Consents consents, List<PersonalDataSource> sources, Clock clock) {
		this.users = users;
		this.consents = consents;
		this.sources = sources.stream().sorted(Comparator.comparing(PersonalDataSource::section)).toList();
		this.clock = clock;
	}

	/** Everything the portal keeps about the user, section by section. */
	@Transactional(readOnly = true)
	public Map<String, Object> of(UserId user) {
		UserAccount account = users.byId(user)
			.filter(found -> !found.deleted())
			.orElseThrow(() -> DomainException.notFound("identity.user-not-found"));
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("exportedAt", clock.instant());
		export.put("account", new Account(account.id(), account.email(), account.name(), account.phone(),
				account.address(), account.addressPoint() == null ? null : account.addressPoint().lat(),
				account.addressPoint() == null ? null : account.addressPoint().lon(),
				account.district() == null ? null : account.district().value().toString(), account.birthDate(),
				account.locale().getLanguage(), account.verification(), account.emailConfirmedAt(),
				account.addressVerifiedAt(), account.createdAt(), account.roles()));
		export.put("consents", consents.of(user));
		for (PersonalDataSource source : sources) {
			export.put(source.section(), source.collect(user));
		}
		return export;
	}

}
