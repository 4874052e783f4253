/*
 * Casework's only script. Every screen works without it; it adds the CSRF header to htmx
 * requests, moves focus to a form's error summary, and copies a new API token.
 * Content-Security-Policy allows no inline script, so all behaviour lives here.
 */
(function () {
	'use strict';

	function meta(name) {
		var element = document.querySelector('meta[name="' + name + '"]');
		return element ? element.getAttribute('content') : null;
	}

	document.addEventListener('htmx:configRequest', function (event) {
		var header = meta('_csrf_header');
		var token = meta('_csrf');
		if (header && token) {
			event.detail.headers[header] = token;
		}
	});

	function focusSummary(root) {
		var summary = root.querySelector('[data-autofocus]');
		if (summary) {
			summary.focus();
		}
	}

	document.addEventListener('DOMContentLoaded', function () {
		focusSummary(document);
	});

	document.addEventListener('htmx:afterSwap', function (event) {
		focusSummary(event.detail.target);
	});

	document.addEventListener('click', function (event) {
		var button = event.target.closest('[data-copy-target]');
		if (!button) {
			return;
		}
		var field = document.getElementById(button.getAttribute('data-copy-target'));
		var status = document.getElementById(button.getAttribute('data-copy-status'));
		if (!field) {
			return;
		}
		field.select();
		var done = function () {
			if (status) {
				status.textContent = button.getAttribute('data-copied-text');
			}
		};
		if (navigator.clipboard && window.isSecureContext) {
			navigator.clipboard.writeText(field.value).then(done, function () {
				document.execCommand('copy');
				done();
			});
		}
		else {
			document.execCommand('copy');
			done();
		}
	});
})();
