package ru.vmeste.organizations;

/** What sort of body an organization is. */
public enum OrganizationKind {

	/** The city or regional administration itself. */
	ADMINISTRATION,
	/** A department or committee of the administration. */
	DEPARTMENT,
	/** A district administration. */
	DISTRICT_ADMINISTRATION,
	/** A municipal institution or company (roads, lighting, water). */
	MUNICIPAL_COMPANY,
	/** A management company or homeowners' association of residential buildings. */
	HOUSING_COMPANY

}
