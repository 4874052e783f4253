package org.casework.directory.web;

import org.springframework.web.multipart.MultipartFile;

/** An HSDS dataset to import: an uploaded file, or JSON pasted in. */
public class ImportForm {

	private MultipartFile file;

	private String json;

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public String getJson() {
		return this.json;
	}

	public void setJson(String json) {
		this.json = json;
	}

}
