package org.casework.identity.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.casework.identity.IdentityManagement;
import org.casework.identity.Organisation;
import org.casework.identity.Role;
import org.casework.identity.TeamSummary;
import org.casework.identity.UserSummary;
import org.casework.identity.web.AdminForms.PasswordForm;
import org.casework.shared.ReasonForm;
import org.casework.shared.FormProblems;
import org.casework.shared.DomainRuleException;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.StaleVersionException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The system admin's user screens: the list, creating a user, changing roles and team,
 * deactivating (never deleting) and reactivating, and resetting a password.
 */
@Controller
@RequestMapping("/admin/users")
class AdminUserPageController {

	private final IdentityManagement management;

	private final Organisation organisation;

	AdminUserPageController(IdentityManagement management, Organisation organisation) {
		this.management = management;
		this.organisation = organisation;
	}

	@ModelAttribute("navSection")
	String navSection() {
		return "users";
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", this.management.users());
		return "identity/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("userForm", new UserForm());
		return createView(model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("userForm") UserForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return createView(model);
		}
		UserSummary user;
		try {
			user = this.management.create(form.toNewUser());
		}
		catch (InvalidInputException ex) {
			FormProblems.reject(binding, ex.problems());
			form.setPassword(null);
			return createView(model);
		}
		redirect.addFlashAttribute("flash", "admin.users.flash.created");
		redirect.addFlashAttribute("flashArgs", new String[] { user.username() });
		return "redirect:/admin/users/" + user.id();
	}

	private String createView(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("teams", teams());
		return "identity/user-new";
	}

	@GetMapping("/{id}")
	String user(@PathVariable UUID id, Model model) {
		UserSummary user = load(id);
		model.addAttribute("userForm", UserForm.of(user));
		return userView(model, user);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("userForm") UserForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			UserSummary user = this.management.update(id, form.getVersion(), form.toChanges());
			redirect.addFlashAttribute("flash", "admin.users.flash.updated");
			redirect.addFlashAttribute("flashArgs", new String[] { user.username() });
			return "redirect:/admin/users/" + id;
		});
		if (done != null) {
			return done;
		}
		return userView(model, load(id));
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable UUID id, @ModelAttribute("deactivateForm") ReasonForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			UserSummary user = this.management.deactivate(id, form.getVersion(), form.getReason());
			redirect.addFlashAttribute("flash", "admin.users.flash.deactivated");
			redirect.addFlashAttribute("flashArgs", new String[] { user.username() });
			return "redirect:/admin/users/" + id;
		});
		if (done != null) {
			return done;
		}
		UserSummary user = load(id);
		model.addAttribute("userForm", UserForm.of(user));
		return userView(model, user);
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable UUID id, @ModelAttribute("deactivateForm") ReasonForm form, Model model,
			RedirectAttributes redirect) {
		try {
			UserSummary user = this.management.reactivate(id, form.getVersion());
			redirect.addFlashAttribute("flash", "admin.users.flash.reactivated");
			redirect.addFlashAttribute("flashArgs", new String[] { user.username() });
			return "redirect:/admin/users/" + id;
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			model.addAttribute("conflict", true);
		}
		catch (DomainRuleException ex) {
			model.addAttribute("ruleProblem", ex.getMessage());
		}
		UserSummary user = load(id);
		model.addAttribute("userForm", UserForm.of(user));
		return userView(model, user);
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable UUID id, @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			UserSummary user = this.management.resetPassword(id, form.getPassword());
			redirect.addFlashAttribute("flash", "admin.users.flash.password");
			redirect.addFlashAttribute("flashArgs", new String[] { user.username() });
			return "redirect:/admin/users/" + id;
		}
		catch (InvalidInputException ex) {
			FormProblems.reject(binding, ex.problems());
		}
		form.setPassword(null);
		UserSummary user = load(id);
		model.addAttribute("userForm", UserForm.of(user));
		return userView(model, user);
	}

	private String userView(Model model, UserSummary user) {
		model.addAttribute("user", user);
		model.addAttribute("roles", Role.values());
		model.addAttribute("teams", teams());
		if (!model.containsAttribute("deactivateForm")) {
			model.addAttribute("deactivateForm", new ReasonForm());
		}
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm());
		}
		return "identity/user";
	}

	private Map<UUID, String> teams() {
		Map<UUID, String> teams = new LinkedHashMap<>();
		for (TeamSummary team : this.organisation.teams()) {
			teams.put(team.id(), team.agencyName() + " · " + team.name());
		}
		return teams;
	}

	private UserSummary load(UUID id) {
		return this.management.user(id).orElseThrow(() -> new NotFoundException("User"));
	}

}
