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
	/*
	 * Signature pads: a client signs with a finger, a stylus or the mouse on a canvas
	 * ([data-signature-canvas]) inside [data-signature]; each finished stroke writes the
	 * drawing as a PNG data URL into the pad's hidden input ([data-signature-value]), and
	 * [data-signature-clear] starts again. Without a script the form offers verbal
	 * agreement with a witness instead.
	 */
	function signaturePad(pad) {
		var canvas = pad.querySelector('[data-signature-canvas]');
		var value = pad.querySelector('[data-signature-value]');
		var clear = pad.querySelector('[data-signature-clear]');
		if (!canvas || !value || pad.getAttribute('data-signature-ready')) {
			return;
		}
		pad.setAttribute('data-signature-ready', 'true');
		pad.hidden = false;
		var context = canvas.getContext('2d');
		context.lineWidth = 3;
		context.lineCap = 'round';
		context.lineJoin = 'round';
		context.strokeStyle = '#111';
		var drawing = false;
		function point(event) {
			var box = canvas.getBoundingClientRect();
			return {
				x: (event.clientX - box.left) * canvas.width / box.width,
				y: (event.clientY - box.top) * canvas.height / box.height
			};
		}
		canvas.addEventListener('pointerdown', function (event) {
			drawing = true;
			canvas.setPointerCapture(event.pointerId);
			var p = point(event);
			context.beginPath();
			context.moveTo(p.x, p.y);
			context.lineTo(p.x + 0.1, p.y + 0.1);
			context.stroke();
			event.preventDefault();
		});
		canvas.addEventListener('pointermove', function (event) {
			if (!drawing) {
				return;
			}
			var p = point(event);
			context.lineTo(p.x, p.y);
			context.stroke();
			event.preventDefault();
		});
		function finish() {
			if (drawing) {
				drawing = false;
				value.value = canvas.toDataURL('image/png');
			}
		}
		canvas.addEventListener('pointerup', finish);
		canvas.addEventListener('pointercancel', finish);
		canvas.addEventListener('pointerleave', finish);
		if (clear) {
			clear.addEventListener('click', function () {
				context.clearRect(0, 0, canvas.width, canvas.height);
				value.value = '';
			});
		}
	}

	function signaturePads(root) {
		root.querySelectorAll('[data-signature]').forEach(signaturePad);
	}

	document.addEventListener('DOMContentLoaded', function () {
		signaturePads(document);
	});

	document.addEventListener('htmx:afterSwap', function (event) {
		signaturePads(event.detail.target);
	});

	/*
	 * Progress bars ([data-percent]): their width is set here, since the
	 * Content-Security-Policy allows no inline style.
	 */
	function progressBars(root) {
		root.querySelectorAll('[data-percent]').forEach(function (bar) {
			bar.style.width = bar.getAttribute('data-percent') + '%';
		});
	}

	document.addEventListener('DOMContentLoaded', function () {
		progressBars(document);
	});

	document.addEventListener('htmx:afterSwap', function (event) {
		progressBars(event.detail.target.ownerDocument || document);
	});

	/*
	 * Notes save themselves while the worker types ([data-autosave] forms, htmx). A plain
	 * submit waits for a save under way and stops any further one, so that the two never
	 * race on the note's version.
	 */
	document.addEventListener('submit', function (event) {
		var form = event.target;
		if (!form.hasAttribute || !form.hasAttribute('data-autosave')) {
			return;
		}
		form.setAttribute('data-submitting', 'true');
		if (form.classList.contains('htmx-request')) {
			event.preventDefault();
			var submitter = event.submitter;
			form.addEventListener('htmx:afterRequest', function () {
				window.setTimeout(function () {
					form.requestSubmit(submitter);
				}, 0);
			}, { once: true });
		}
	});

	document.addEventListener('htmx:beforeRequest', function (event) {
		var form = event.detail.elt;
		if (form && form.hasAttribute && form.hasAttribute('data-submitting')) {
			event.preventDefault();
		}
	});
})();
