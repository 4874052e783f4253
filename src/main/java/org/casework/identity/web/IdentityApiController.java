package org.casework.identity.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.casework.identity.AgencySummary;
import org.casework.identity.ApiTokenSummary;
import org.casework.identity.ApiTokens;
import org.casework.identity.CurrentUser;
import org.casework.identity.IdentityManagement;
import org.casework.identity.IssuedApiToken;
import org.casework.identity.NewUser;
import org.casework.identity.Organisation;
import org.casework.identity.Role;
import org.casework.identity.TeamSummary;
import org.casework.identity.UserChanges;
import org.casework.identity.UserContext;
import org.casework.identity.UserSummary;
import org.casework.shared.Etags;
import org.casework.shared.NotFoundException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Identity", description = "The caller, personal API tokens, and user administration")
class IdentityApiController {

	private final UserContext users;

	private final IdentityManagement management;

	private final Organisation organisation;

	private final ApiTokens tokens;

	IdentityApiController(UserContext users, IdentityManagement management, Organisation organisation,
			ApiTokens tokens) {
		this.users = users;
		this.management = management;
		this.organisation = organisation;
		this.tokens = tokens;
	}

	@GetMapping("/me")
	@Operation(summary = "The caller: username, display name, roles, team, agency")
	Map<String, Object> me() {
		CurrentUser me = this.users.current();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", me.id());
		body.put("username", me.username());
		body.put("displayName", me.displayName());
		body.put("roles", me.roles().stream().map(Enum::name).sorted().toList());
		TeamSummary team = me.teamId() == null ? null : this.organisation.team(me.teamId()).orElse(null);
		body.put("team", team == null ? null : Map.of("id", team.id(), "name", team.name()));
		AgencySummary agency = me.agencyId() == null ? null
				: this.organisation.agencies()
					.stream()
					.filter(a -> a.id().equals(me.agencyId()))
					.findFirst()
					.orElse(null);
		body.put("agency", agency == null ? null : Map.of("id", agency.id(), "name", agency.name()));
		return body;
	}

	@GetMapping("/me/tokens")
	List<ApiTokenSummary> myTokens() {
		return this.tokens.mine();
	}

	@PostMapping(path = "/me/tokens", consumes = "application/json")
	@Operation(summary = "Create a personal API token",
			description = "The token is in this answer only; it is stored as a hash.")
	ResponseEntity<IssuedApiToken> createToken(@RequestBody TokenRequest request) {
		IssuedApiToken issued = this.tokens.create(request.name(), request.expiresOn());
		return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + issued.summary().id())).body(issued);
	}

	@PostMapping("/me/tokens/{id}/actions/revoke")
	ResponseEntity<Void> revokeToken(@PathVariable UUID id) {
		this.tokens.revoke(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/admin/users")
	List<UserSummary> users() {
		return this.management.users();
	}

	@GetMapping("/admin/users/{id}")
	ResponseEntity<UserSummary> user(@PathVariable UUID id) {
		UserSummary user = this.management.user(id).orElseThrow(() -> new NotFoundException("User"));
		return ResponseEntity.ok().eTag(Etags.of(user.version())).body(user);
	}

	@PostMapping(path = "/admin/users", consumes = "application/json")
	ResponseEntity<UserSummary> createUser(@RequestBody UserRequest request) {
		UserSummary user = this.management
			.create(new NewUser(request.username(), request.displayName(), request.email(), request.password(),
					request.roles() == null ? Set.of() : request.roles(), request.teamId()));
		return ResponseEntity.created(URI.create("/api/v1/admin/users/" + user.id()))
			.eTag(Etags.of(user.version()))
			.body(user);
	}

	@PutMapping(path = "/admin/users/{id}", consumes = "application/json")
	ResponseEntity<UserSummary> updateUser(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody UserRequest request) {
		this.management.user(id).orElseThrow(() -> new NotFoundException("User"));
		UserSummary user = this.management.update(id, Etags.version(ifMatch, "user"),
				new UserChanges(request.displayName(), request.email(),
						request.roles() == null ? Set.of() : request.roles(), request.teamId()));
		return ResponseEntity.ok().eTag(Etags.of(user.version())).body(user);
	}

	@PostMapping(path = "/admin/users/{id}/actions/deactivate", consumes = "application/json")
	ResponseEntity<UserSummary> deactivate(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody Map<String, String> body) {
		this.management.user(id).orElseThrow(() -> new NotFoundException("User"));
		UserSummary user = this.management.deactivate(id, Etags.version(ifMatch, "user"), body.get("reason"));
		return ResponseEntity.ok().eTag(Etags.of(user.version())).body(user);
	}

	@PostMapping("/admin/users/{id}/actions/reactivate")
	ResponseEntity<UserSummary> reactivate(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.management.user(id).orElseThrow(() -> new NotFoundException("User"));
		UserSummary user = this.management.reactivate(id, Etags.version(ifMatch, "user"));
		return ResponseEntity.ok().eTag(Etags.of(user.version())).body(user);
	}

	@PostMapping(path = "/admin/users/{id}/actions/reset-password", consumes = "application/json")
	ResponseEntity<UserSummary> resetPassword(@PathVariable UUID id, @RequestBody Map<String, String> body) {
		UserSummary user = this.management.resetPassword(id, body.get("password"));
		return ResponseEntity.ok().eTag(Etags.of(user.version())).body(user);
	}

	@GetMapping("/admin/teams")
	List<TeamSummary> teams() {
		return this.organisation.teams();
	}

	@PostMapping(path = "/admin/teams", consumes = "application/json")
	ResponseEntity<TeamSummary> createTeam(@RequestBody TeamRequest request) {
		TeamSummary team = this.organisation.createTeam(request.agencyId(), request.name());
		return ResponseEntity.created(URI.create("/api/v1/admin/teams/" + team.id())).body(team);
	}

	record TokenRequest(String name, LocalDate expiresOn) {
	}

	record UserRequest(String username, String displayName, String email, String password, Set<Role> roles,
			UUID teamId) {
	}

	record TeamRequest(UUID agencyId, String name) {
	}

}
