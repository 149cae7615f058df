package ru.vmeste.organizations;

/** An official's role inside an organization. */
public enum MemberRole {

	/** Leads the organization; is told about overdue appeals. */
	HEAD,
	/** Works on the appeals assigned to them. */
	EXECUTOR

}
