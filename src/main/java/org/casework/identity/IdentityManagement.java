package org.casework.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditEntry;
import org.casework.audit.AuditLog;
import org.casework.identity.domain.User;
import org.casework.identity.domain.Users;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.StaleVersionException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The system admin's verbs on users: create, change roles and team, deactivate (never
 * delete), reactivate, reset a password. Every change is audited.
 */
@Service
public class IdentityManagement {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final Users users;

	private final Organisation organisation;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	IdentityManagement(Users users, Organisation organisation, PasswordPolicy policy, PasswordEncoder encoder,
			AuditLog audit, JdbcClient jdbc, Clock clock) {
		this.users = users;
		this.organisation = organisation;
		this.policy = policy;
		this.encoder = encoder;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public UserSummary create(NewUser command) {
		List<FieldProblem> problems = new ArrayList<>();
		String username = command.username() == null ? "" : command.username().trim().toLowerCase();
		if (!USERNAME.matcher(username).matches()) {
			problems.add(new FieldProblem("username",
					"must be 3 to 40 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit"));
		}
		else if (this.users.findIdByUsername(username).isPresent()) {
			problems.add(new FieldProblem("username", "is taken already"));
		}
		checkProfile(command.displayName(), command.email(), command.roles(), problems);
		this.policy.problems(command.password(), username).forEach(p -> problems.add(new FieldProblem("password", p)));
		TeamSummary team = resolveTeam(command.teamId(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		User user = User.create(username, command.displayName().trim(), blankToNull(command.email()),
				hash(command.password()), command.roles(), team == null ? null : team.agencyId(),
				team == null ? null : team.id(), now());
		this.users.save(user);
		this.audit
			.record(AuditEntry.of(AuditAction.USER_CREATE, "User", user.id()).withDetail("roles " + command.roles()));
		return summary(user.id());
	}

	/**
	 * Creates a user with a password that skips the policy: only for the demo and test
	 * seeds, whose shared password is flagged so that no other profile starts with it.
	 */
	@Transactional
	public UserSummary seed(String username, String displayName, String password, Set<Role> roles, UUID teamId,
			UUID agencyId) {
		User user = User.create(username, displayName, username + "@casework.example", hash(password), roles, agencyId,
				teamId, now());
		this.users.save(user);
		this.audit.record(AuditEntry.of(AuditAction.USER_CREATE, "User", user.id()).withDetail("seeded"));
		return summary(user.id());
	}

	@Transactional
	public UserSummary update(UUID id, long expectedVersion, UserChanges changes) {
		User user = load(id, expectedVersion);
		List<FieldProblem> problems = new ArrayList<>();
		checkProfile(changes.displayName(), changes.email(), changes.roles(), problems);
		TeamSummary team = resolveTeam(changes.teamId(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		user.update(changes.displayName().trim(), blankToNull(changes.email()), changes.roles(),
				team == null ? user.agencyId() : team.agencyId(), team == null ? null : team.id());
		this.users.save(user);
		endSessions(user.username());
		this.audit.record(AuditEntry.of(AuditAction.USER_UPDATE, "User", id).withDetail("roles " + changes.roles()));
		return summary(id);
	}

	@Transactional
	public UserSummary deactivate(UUID id, long expectedVersion, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "must say why the user is deactivated");
		}
		User user = load(id, expectedVersion);
		user.deactivate(reason.trim(), now());
		this.users.save(user);
		endSessions(user.username());
		this.audit.record(AuditEntry.of(AuditAction.USER_DEACTIVATE, "User", id).withPurpose(null, reason.trim()));
		return summary(id);
	}

	@Transactional
	public UserSummary reactivate(UUID id, long expectedVersion) {
		User user = load(id, expectedVersion);
		user.reactivate();
		this.users.save(user);
		this.audit.record(AuditEntry.of(AuditAction.USER_UPDATE, "User", id).withDetail("reactivated"));
		return summary(id);
	}

	@Transactional
	public UserSummary resetPassword(UUID id, String newPassword) {
		User user = this.users.findById(id).orElseThrow(() -> new NotFoundException("User"));
		List<String> problems = this.policy.problems(newPassword, user.username());
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems.stream().map(p -> new FieldProblem("password", p)).toList());
		}
		user.changePassword(hash(newPassword), now());
		this.users.save(user);
		endSessions(user.username());
		this.audit.record(AuditEntry.of(AuditAction.PASSWORD_RESET, "User", id));
		return summary(id);
	}

	/**
	 * Every user, active first, then by name, in one query: building each summary as
	 * {@link #user} does takes three or four queries per user, and a supervisor's team
	 * view and the transfer form read this list on every request.
	 */
	@Transactional(readOnly = true)
	public List<UserSummary> users() {
		return this.jdbc.sql("""
				SELECT u.id, u.version, u.username, u.display_name, u.email, u.team_id, t.name AS team_name,
				       u.agency_id, a.name AS agency_name, u.active, u.deactivated_at, u.deactivation_reason,
				       u.last_login_at, ARRAY(SELECT r.role FROM app_user_role r WHERE r.app_user = u.id) AS roles
				FROM app_user u
				LEFT JOIN team t ON t.id = u.team_id
				LEFT JOIN agency a ON a.id = u.agency_id
				ORDER BY u.active DESC, lower(u.display_name)""").query((rs, n) -> {
			Set<Role> roles = EnumSet.noneOf(Role.class);
			for (String role : (String[]) rs.getArray("roles").getArray()) {
				roles.add(Role.valueOf(role));
			}
			return new UserSummary(rs.getObject("id", UUID.class), rs.getLong("version"), rs.getString("username"),
					rs.getString("display_name"), rs.getString("email"), roles, rs.getObject("team_id", UUID.class),
					rs.getString("team_name"), rs.getObject("agency_id", UUID.class), rs.getString("agency_name"),
					rs.getBoolean("active"), instant(rs.getTimestamp("deactivated_at")),
					rs.getString("deactivation_reason"), instant(rs.getTimestamp("last_login_at")));
		}).list();
	}

	@Transactional(readOnly = true)
	public Optional<UserSummary> user(UUID id) {
		return this.users.existsById(id) ? Optional.of(summary(id)) : Optional.empty();
	}

	/**
	 * The display names of users, in one query, for lists that name many of them (a
	 * case's workers); an id without a user is left out.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> displayNames(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("SELECT id, display_name FROM app_user WHERE id = ANY(CAST(? AS uuid[]))")
			.param(ids.stream().distinct().map(UUID::toString).toArray(String[]::new))
			.query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("display_name")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	@Transactional(readOnly = true)
	public Optional<UserSummary> byUsername(String username) {
		return this.users.findIdByUsername(username).map(this::summary);
	}

	@Transactional(readOnly = true)
	public boolean anyUsers() {
		return this.users.count() > 0;
	}

	private UserSummary summary(UUID id) {
		User u = this.users.findById(id).orElseThrow(() -> new NotFoundException("User"));
		Optional<TeamSummary> team = u.teamId() == null ? Optional.empty() : this.organisation.team(u.teamId());
		String agencyName = u.agencyId() == null ? null
				: this.organisation.agencies()
					.stream()
					.filter(a -> a.id().equals(u.agencyId()))
					.map(AgencySummary::name)
					.findFirst()
					.orElse(null);
		return new UserSummary(u.id(), u.version(), u.username(), u.displayName(), u.email(), u.roles(), u.teamId(),
				team.map(TeamSummary::name).orElse(null), u.agencyId(), agencyName, u.active(), u.deactivatedAt(),
				u.deactivationReason(), u.lastLoginAt());
	}

	private User load(UUID id, long expectedVersion) {
		User user = this.users.findById(id).orElseThrow(() -> new NotFoundException("User"));
		if (user.version() != expectedVersion) {
			throw StaleVersionException.stale("user");
		}
		return user;
	}

	private void checkProfile(String displayName, String email, Set<Role> roles, List<FieldProblem> problems) {
		if (displayName == null || displayName.isBlank()) {
			problems.add(new FieldProblem("displayName", "must not be empty"));
		}
		else if (displayName.length() > 120) {
			problems.add(new FieldProblem("displayName", "must be at most 120 characters"));
		}
		if (email != null && !email.isBlank() && (email.length() > 254 || !EMAIL.matcher(email.trim()).matches())) {
			problems.add(new FieldProblem("email", "is not a valid email address"));
		}
		if (roles == null || roles.isEmpty()) {
			problems.add(new FieldProblem("roles", "must name at least one role"));
		}
	}

	private TeamSummary resolveTeam(UUID teamId, List<FieldProblem> problems) {
		if (teamId == null) {
			return null;
		}
		Optional<TeamSummary> team = this.organisation.team(teamId);
		if (team.isEmpty()) {
			problems.add(new FieldProblem("teamId", "no such team"));
		}
		return team.orElse(null);
	}

	private User.HashedPassword hash(String password) {
		return new User.HashedPassword(this.encoder.encode(password), PasswordPolicy.DEMO_PASSWORD.equals(password));
	}

	private void endSessions(String username) {
		this.jdbc.sql("DELETE FROM spring_session WHERE principal_name = ?").param(username).update();
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
