package ru.vmeste.reports;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Officials' and residents' steps on an appeal through the API, for tests of the workspace.
 */
public final class Workspace {

	private final MockMvcTester mvc;

	public Workspace(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	public MvcTestResult post(String bearer, String appealId, String action, String json) {
		return mvc.post()
			.uri("/api/v1/appeals/{id}/" + action, appealId)
			.header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	public MvcTestResult assign(String bearer, String appealId, Object executor) {
		return post(bearer, appealId, "assign", "{\"executorId\":\"" + executor + "\"}");
	}

	public MvcTestResult answer(String bearer, String appealId, String text) {
		return post(bearer, appealId, "answer", "{\"text\":\"" + text + "\"}");
	}

	public MvcTestResult rate(String bearer, String appealId, int score, boolean solved, String comment) {
		return post(bearer, appealId, "rating",
				"{\"score\":" + score + ",\"solved\":" + solved + ",\"comment\":\"" + comment + "\"}");
	}

	public MvcTestResult staffView(String bearer, String appealId) {
		return mvc.get().uri("/api/v1/inbox/{id}", appealId).header("Authorization", bearer).exchange();
	}

	/** A view of the caller's inbox, its first 200 appeals. */
	public MvcTestResult inbox(String bearer, String view) {
		return mvc.get().uri("/api/v1/inbox?view={view}&size=200", view).header("Authorization", bearer).exchange();
	}

}
