package ru.vmeste.edms.simulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One change of a document as the EDMS reports it, by webhook and to polls: numbered in the
 * order they happened, so a cursor is the last sequence number seen.
 */
record Change(long sequence, Document document, String status, Instant at, Map<String, Object> answer,
		String question) {

	String id() {
		return "chg-" + sequence;
	}

	/** The wire form (docs/edms.md, "Changes"), a snapshot of the document as of this change. */
	Map<String, Object> json(String baseUrl) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", id());
		json.put("sequence", sequence);
		json.put("externalId", document.externalId);
		json.put("number", document.number);
		json.put("status", status);
		json.put("at", at.toString());
		json.put("registeredAt", document.registeredAt.toString());
		json.put("official", document.official);
		json.put("deadline", document.deadline == null ? null : document.deadline.toString());
		if (question != null) {
			json.put("question", question);
		}
		if (answer != null) {
			Map<String, Object> copy = new LinkedHashMap<>(answer);
			copy.put("files", List.of(Map.of("name", "answer-" + document.number + ".pdf", "contentType", "application/pdf",
					"url", baseUrl + "/documents/" + Http.encode(document.number) + "/answer.pdf")));
			json.put("answer", copy);
		}
		return json;
	}

}
