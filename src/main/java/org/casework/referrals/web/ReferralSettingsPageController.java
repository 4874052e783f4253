package org.casework.referrals.web;

import java.util.UUID;

import org.casework.identity.Role;
import org.casework.identity.UserContext;
import org.casework.programs.ProgramManagement;
import org.casework.referrals.ReferralSettings;
import org.casework.shared.FormProblems;

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
 * How long a program's referrals wait for a provider's answer before a follow-up: read by
 * everyone, set by a program admin.
 */
@Controller
@RequestMapping("/programs/{programId}/referral-settings")
class ReferralSettingsPageController {

	private final ReferralSettings settings;

	private final ProgramManagement programs;

	private final UserContext users;

	ReferralSettingsPageController(ReferralSettings settings, ProgramManagement programs, UserContext users) {
		this.settings = settings;
		this.programs = programs;
		this.users = users;
	}

	/** The form of the setting, with the version it was read at. */
	public static class SettingForm {

		private Integer noAnswerBusinessDays;

		private long version;

		public Integer getNoAnswerBusinessDays() {
			return this.noAnswerBusinessDays;
		}

		public void setNoAnswerBusinessDays(Integer noAnswerBusinessDays) {
			this.noAnswerBusinessDays = noAnswerBusinessDays;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

	@ModelAttribute("navSection")
	String navSection() {
		return "programs";
	}

	@GetMapping
	String show(@PathVariable UUID programId, Model model) {
		ReferralSettings.ProgramSetting setting = this.settings.of(programId);
		SettingForm form = new SettingForm();
		form.setNoAnswerBusinessDays(setting.noAnswerBusinessDays());
		form.setVersion(setting.version());
		model.addAttribute("settingForm", form);
		return page(programId, model);
	}

	@PostMapping
	String save(@PathVariable UUID programId, @ModelAttribute("settingForm") SettingForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			this.settings.change(programId, form.getVersion(), form.getNoAnswerBusinessDays());
			redirect.addFlashAttribute("flash", "referrals.settings.flash");
			return "redirect:/programs/" + programId + "/referral-settings";
		});
		return done != null ? done : page(programId, model);
	}

	private String page(UUID programId, Model model) {
		model.addAttribute("program", this.programs.get(programId));
		model.addAttribute("setting", this.settings.of(programId));
		model.addAttribute("programAdmin", this.users.find().map(me -> me.has(Role.PROGRAM_ADMIN)).orElse(false));
		return "referrals/settings";
	}

}
