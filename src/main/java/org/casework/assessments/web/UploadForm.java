package org.casework.assessments.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.web.multipart.MultipartFile;

/**
 * An upload of a Questionnaire: pasted into the text area, or chosen as a file (the file
 * wins when both are given).
 */
public class UploadForm {

	private String questionnaire;

	private MultipartFile file;

	public String getQuestionnaire() {
		return this.questionnaire;
	}

	public void setQuestionnaire(String questionnaire) {
		this.questionnaire = questionnaire;
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	/** The JSON to read: the file's content when a file was chosen, else the text. */
	String json() {
		if (this.file != null && !this.file.isEmpty()) {
			try {
				return new String(this.file.getBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return this.questionnaire;
	}

}
