package org.casework.clients.web;

/** How a client's crisis was resolved, as the profile asks it. */
class ResolutionForm {

	private String resolution;

	public String getResolution() {
		return this.resolution;
	}

	public void setResolution(String resolution) {
		this.resolution = resolution;
	}

}
