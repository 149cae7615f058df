package ru.vmeste.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ru.vmeste.reports.Reporting;
import ru.vmeste.shared.GeoPoint;

/**
 * Open311 calls through MockMvc, as a client app makes them: form-encoded posts, query parameters.
 */
final class Open311Calls {

	static final String ROOT = "/open311/v2/";

	static final String DEMO_KEY = "demo-secret-open311-key";

	private final MockMvcTester mvc;

	Open311Calls(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	MvcTestResult get(String call, String... parameters) {
		var request = mvc.get().uri(ROOT + call);
		for (int i = 0; i < parameters.length; i += 2) {
			request = request.param(parameters[i], parameters[i + 1]);
		}
		return request.exchange();
	}

	MvcTestResult post(String format, Map<String, String> parameters) {
		var request = mvc.post().uri(ROOT + "requests." + format).contentType(MediaType.APPLICATION_FORM_URLENCODED);
		for (Map.Entry<String, String> parameter : parameters.entrySet()) {
			request = request.param(parameter.getKey(), parameter.getValue());
		}
		return request.exchange();
	}

	/** A complete, valid request of a pothole at the point by the reporter. */
	static Map<String, String> pothole(String email, GeoPoint point, String description) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("api_key", DEMO_KEY);
		parameters.put("jurisdiction_id", "perm");
		parameters.put("service_code", "pothole");
		parameters.put("lat", Double.toString(point.lat()));
		parameters.put("long", Double.toString(point.lon()));
		parameters.put("email", email);
		parameters.put("first_name", "Анна");
		parameters.put("last_name", "Открытова");
		parameters.put("phone", "+7 912 000 11 22");
		parameters.put("description", description);
		return parameters;
	}

	static Map<String, String> with(Map<String, String> parameters, String name, String value) {
		Map<String, String> changed = new LinkedHashMap<>(parameters);
		if (value == null) {
			changed.remove(name);
		}
		else {
			changed.put(name, value);
		}
		return changed;
	}

	static List<Map<String, String>> xml(MvcTestResult result, GeoReportSpec.Shape shape) {
		return GeoReportSpec.xml(Reporting.body(result), shape);
	}

	static List<Map<String, String>> json(MvcTestResult result, GeoReportSpec.Shape shape) {
		return GeoReportSpec.json(Reporting.body(result), shape);
	}

}
