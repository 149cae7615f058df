package ru.vmeste.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the web layer sees it ({@code @AuthenticationPrincipal PortalUser}).
 * Kept in the database-backed HTTP session, so it holds only what is stable and small.
 */
public final class PortalUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UserId id;

	private final String email;

	private final String name;

	private final Set<Role> roles;

	private @Nullable String passwordHash;

	public PortalUser(UserId id, String email, String name, Set<Role> roles, @Nullable String passwordHash) {
		this.id = id;
		this.email = email;
		this.name = name;
		this.roles = Set.copyOf(roles);
		this.passwordHash = passwordHash;
	}

	public UserId id() {
		return id;
	}

	public String email() {
		return email;
	}

	public String name() {
		return name;
	}

	public Set<Role> roles() {
		return roles;
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PortalUser user && user.id.equals(id);
	}

	@Override
	public int hashCode() {
		return id.hashCode();
	}

	@Override
	public String toString() {
		return "PortalUser[" + id + ", roles=" + List.copyOf(roles) + "]";
	}

}
