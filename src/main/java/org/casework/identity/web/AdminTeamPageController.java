package org.casework.identity.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casework.identity.AgencySummary;
import org.casework.identity.Organisation;
import org.casework.identity.TeamSummary;
import org.casework.identity.web.AdminForms.AgencyForm;
import org.casework.identity.web.AdminForms.TeamForm;
import org.casework.shared.FormProblems;
import org.casework.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The system admin's agencies and teams. */
@Controller
@RequestMapping("/admin/teams")
class AdminTeamPageController {

	private final Organisation organisation;

	AdminTeamPageController(Organisation organisation) {
		this.organisation = organisation;
	}

	@ModelAttribute("navSection")
	String navSection() {
		return "teams";
	}

	@GetMapping
	String teams(Model model) {
		model.addAttribute("agencyForm", new AgencyForm());
		model.addAttribute("teamForm", new TeamForm());
		return view(model);
	}

	@PostMapping("/agencies")
	String createAgency(@ModelAttribute("agencyForm") AgencyForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			AgencySummary agency = this.organisation.createAgency(form.getName());
			redirect.addFlashAttribute("flash", "admin.teams.flash.agency");
			redirect.addFlashAttribute("flashArgs", new String[] { agency.name() });
			return "redirect:/admin/teams";
		}
		catch (InvalidInputException ex) {
			FormProblems.reject(binding, ex.problems());
		}
		model.addAttribute("teamForm", new TeamForm());
		return view(model);
	}

	@PostMapping("/teams")
	String createTeam(@ModelAttribute("teamForm") TeamForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				TeamSummary team = this.organisation.createTeam(form.getAgencyId(), form.getName());
				redirect.addFlashAttribute("flash", "admin.teams.flash.team");
				redirect.addFlashAttribute("flashArgs", new String[] { team.name(), team.agencyName() });
				return "redirect:/admin/teams";
			}
			catch (InvalidInputException ex) {
				FormProblems.reject(binding, ex.problems());
			}
		}
		model.addAttribute("agencyForm", new AgencyForm());
		return view(model);
	}

	private String view(Model model) {
		List<AgencySummary> agencies = this.organisation.agencies();
		List<TeamSummary> teams = this.organisation.teams();
		Map<AgencySummary, List<TeamSummary>> byAgency = new LinkedHashMap<>();
		Map<UUID, String> agencyChoices = new LinkedHashMap<>();
		for (AgencySummary agency : agencies) {
			byAgency.put(agency, teams.stream().filter(t -> t.agencyId().equals(agency.id())).toList());
			agencyChoices.put(agency.id(), agency.name());
		}
		model.addAttribute("agencies", byAgency);
		model.addAttribute("agencyChoices", agencyChoices);
		return "identity/teams";
	}

}
