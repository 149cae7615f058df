package ru.vmeste.organizations.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.OrganizationKind;
import ru.vmeste.organizations.Organizations;

/**
 * The public list of organizations (for re-routing and for the public's control).
 */
@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations", description = "Authorities and companies that answer residents")
class OrganizationsApiController {

	/** An organization; {@code officialCount}: its active officials, who can answer appeals. */
	record OrganizationView(String id, String code, String name, OrganizationKind kind, @Nullable String parentId,
			@Nullable String districtId, int officialCount) {
	}

	private final Organizations organizations;

	OrganizationsApiController(Organizations organizations) {
		this.organizations = organizations;
	}

	@GetMapping
	@Operation(summary = "Every organization of the region")
	List<OrganizationView> all(Locale locale) {
		Map<OrganizationId, Integer> officials = organizations.officialCounts();
		return organizations.all()
			.stream()
			.map(organization -> new OrganizationView(organization.id().toString(), organization.code(),
					organization.name().in(locale), organization.kind(),
					organization.parent() == null ? null : organization.parent().toString(),
					organization.district() == null ? null : organization.district().value().toString(),
					officials.getOrDefault(organization.id(), 0)))
			.toList();
	}

}
