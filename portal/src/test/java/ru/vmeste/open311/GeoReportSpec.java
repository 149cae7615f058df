package ru.vmeste.open311;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The GeoReport v2 answers as the specification (wiki.open311.org/GeoReport_v2 and the
 * servicerequestupdates extension FixMyStreet documents) lists them: each call's root and item
 * elements, the fields an item may carry (those the spec requires marked) and their datatypes.
 * {@link #xml} and {@link #json} check an answer against them and turn it into plain records
 * (field → text) so tests read both formats the same way.
 */
final class GeoReportSpec {

	/** A field's datatype as the spec describes it. */
	enum Type {
		TEXT, BOOLEAN, INTEGER, DECIMAL, DATETIME, STATUS, SERVICE_TYPE, ATTRIBUTE_TYPE, LIST
	}

	/** A field of an answer's record. */
	record Field(String name, Type type, boolean required) {
	}

	/** One call's answer: the root element, each record's element (null: the root is the record) and its fields. */
	record Shape(String root, String item, List<Field> fields) {

		Field field(String name) {
			return fields.stream().filter(field -> field.name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("<" + name + "> is not a field of <" + (item == null ? root : item)
						+ "> in the GeoReport v2 specification"));
		}

	}

	private static final Pattern W3C_DATETIME = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

	private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

	static final Shape DISCOVERY = new Shape("discovery", null, List.of(req("changeset", Type.DATETIME),
			req("contact", Type.TEXT), opt("key_service", Type.TEXT), req("endpoints", Type.LIST)));

	static final Shape ENDPOINT = new Shape("endpoints", "endpoint", List.of(req("specification", Type.TEXT),
			req("url", Type.TEXT), req("changeset", Type.DATETIME), req("type", Type.TEXT), req("formats", Type.LIST)));

	static final Shape SERVICES = new Shape("services", "service", List.of(req("service_code", Type.TEXT),
			req("service_name", Type.TEXT), opt("description", Type.TEXT), req("metadata", Type.BOOLEAN),
			req("type", Type.SERVICE_TYPE), opt("keywords", Type.TEXT), opt("group", Type.TEXT)));

	static final Shape DEFINITION = new Shape("service_definition", null,
			List.of(req("service_code", Type.TEXT), req("attributes", Type.LIST)));

	static final Shape ATTRIBUTE = new Shape("attributes", "attribute", List.of(req("variable", Type.BOOLEAN),
			req("code", Type.TEXT), req("datatype", Type.ATTRIBUTE_TYPE), req("required", Type.BOOLEAN),
			opt("datatype_description", Type.TEXT), req("order", Type.INTEGER), req("description", Type.TEXT),
			opt("values", Type.LIST)));

	static final Shape POSTED = new Shape("service_requests", "request", List.of(opt("service_request_id", Type.TEXT),
			opt("token", Type.TEXT), opt("service_notice", Type.TEXT), opt("account_id", Type.TEXT)));

	static final Shape TOKEN = new Shape("service_requests", "request",
			List.of(opt("service_request_id", Type.TEXT), req("token", Type.TEXT)));

	static final Shape REQUESTS = new Shape("service_requests", "request", List.of(req("service_request_id", Type.TEXT),
			req("status", Type.STATUS), opt("status_notes", Type.TEXT), opt("service_name", Type.TEXT),
			req("service_code", Type.TEXT), opt("description", Type.TEXT), opt("agency_responsible", Type.TEXT),
			opt("service_notice", Type.TEXT), req("requested_datetime", Type.DATETIME),
			opt("updated_datetime", Type.DATETIME), opt("expected_datetime", Type.DATETIME), opt("address", Type.TEXT),
			opt("address_id", Type.TEXT), opt("zipcode", Type.TEXT), req("lat", Type.DECIMAL), req("long", Type.DECIMAL),
			opt("media_url", Type.TEXT)));

	static final Shape UPDATES = new Shape("service_request_updates", "request_update",
			List.of(req("update_id", Type.TEXT), req("service_request_id", Type.TEXT), req("status", Type.STATUS),
					req("updated_datetime", Type.DATETIME), req("description", Type.TEXT), opt("media_url", Type.TEXT)));

	static final Shape ERRORS = new Shape("errors", "error",
			List.of(req("code", Type.INTEGER), req("description", Type.TEXT)));

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private GeoReportSpec() {
	}

	/**
	 * Checks an XML answer: well-formed UTF-8 with the declaration, no namespace anywhere, the
	 * shape's elements only, every required field, each value of its datatype. Answers its records.
	 */
	static List<Map<String, String>> xml(String body, Shape shape) {
		assertThat(body).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
		Document document;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new AssertionError("Not well-formed XML: " + ex.getMessage() + "\n" + body, ex);
		}
		Element root = document.getDocumentElement();
		assertNoNamespace(root);
		assertThat(root.getTagName()).isEqualTo(shape.root());
		if (shape.item() == null) {
			return List.of(xmlRecord(root, shape));
		}
		List<Map<String, String>> records = new ArrayList<>();
		for (Element item : children(root)) {
			assertThat(item.getTagName()).as("an element of <%s>", shape.root()).isEqualTo(shape.item());
			records.add(xmlRecord(item, shape));
		}
		return records;
	}

	/** The entries of a nested list in XML (e.g. an attribute's values), each checked against the shape. */
	static List<Map<String, String>> xmlList(String body, Shape shape) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
			NodeList lists = document.getElementsByTagName(shape.root());
			List<Map<String, String>> records = new ArrayList<>();
			for (int i = 0; i < lists.getLength(); i++) {
				for (Element item : children((Element) lists.item(i))) {
					assertThat(item.getTagName()).isEqualTo(shape.item());
					records.add(xmlRecord(item, shape));
				}
			}
			return records;
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	/** Checks a JSON answer the same way: an array of records (an object for a single record). */
	static List<Map<String, String>> json(String body, Shape shape) {
		JsonNode tree = mapper.readTree(body);
		if (shape.item() == null) {
			assertThat(tree.isObject()).as("a JSON object: %s", body).isTrue();
			return List.of(jsonRecord(tree, shape));
		}
		assertThat(tree.isArray()).as("a JSON array: %s", body).isTrue();
		List<Map<String, String>> records = new ArrayList<>();
		tree.forEach(item -> records.add(jsonRecord(item, shape)));
		return records;
	}

	/** The entries of a nested JSON list of each record (e.g. the endpoints of discovery). */
	static List<Map<String, String>> jsonList(String body, String field, Shape shape) {
		JsonNode tree = mapper.readTree(body);
		List<Map<String, String>> records = new ArrayList<>();
		(tree.isArray() ? tree : mapper.createArrayNode().add(tree))
			.forEach(record -> record.path(field).forEach(item -> records.add(jsonRecord(item, shape))));
		return records;
	}

	private static Map<String, String> xmlRecord(Element element, Shape shape) {
		Map<String, String> record = new LinkedHashMap<>();
		for (Element child : children(element)) {
			Field field = shape.field(child.getTagName());
			if (field.type() == Type.LIST) {
				record.put(field.name(), String.valueOf(children(child).size()));
				continue;
			}
			assertThat(children(child)).as("<%s> holds text only", field.name()).isEmpty();
			String text = child.getTextContent();
			if (!text.isEmpty()) {
				check(field, text);
				record.put(field.name(), text);
			}
		}
		requireAll(record, shape, children(element).stream().map(Element::getTagName).toList());
		return record;
	}

	private static Map<String, String> jsonRecord(JsonNode node, Shape shape) {
		assertThat(node.isObject()).isTrue();
		Map<String, String> record = new LinkedHashMap<>();
		for (String name : node.propertyNames()) {
			Field field = shape.field(name);
			JsonNode value = node.get(name);
			if (value.isNull()) {
				continue;
			}
			switch (field.type()) {
				case LIST -> {
					assertThat(value.isArray()).as("%s is a list", name).isTrue();
					record.put(name, String.valueOf(value.size()));
					continue;
				}
				case BOOLEAN -> assertThat(value.isBoolean()).as("%s is a JSON boolean", name).isTrue();
				case INTEGER -> assertThat(value.isIntegralNumber()).as("%s is a JSON integer", name).isTrue();
				case DECIMAL -> assertThat(value.isNumber()).as("%s is a JSON number", name).isTrue();
				default -> assertThat(value.isString()).as("%s is a JSON string", name).isTrue();
			}
			String text = value.asString();
			check(field, text);
			record.put(name, text);
		}
		requireAll(record, shape, List.copyOf(node.propertyNames()));
		return record;
	}

	private static void requireAll(Map<String, String> record, Shape shape, List<String> present) {
		for (Field field : shape.fields()) {
			if (field.required()) {
				assertThat(present).as("<%s> has the required field %s", shape.item(), field.name()).contains(field.name());
				if (field.type() != Type.LIST) {
					assertThat(record.get(field.name())).as("the required %s", field.name()).isNotBlank();
				}
			}
		}
	}

	private static void check(Field field, String text) {
		switch (field.type()) {
			case BOOLEAN -> assertThat(text).as(field.name()).isIn("true", "false");
			case INTEGER -> assertThat(text).as(field.name()).matches("-?\\d+");
			case DECIMAL -> assertThat(text).as(field.name()).matches(DECIMAL);
			case DATETIME -> assertThat(text).as(field.name()).matches(W3C_DATETIME);
			case STATUS -> assertThat(text).as(field.name()).isIn("open", "closed");
			case SERVICE_TYPE -> assertThat(text).as(field.name()).isIn("realtime", "batch", "blackbox");
			case ATTRIBUTE_TYPE -> assertThat(text).as(field.name())
				.isIn(Set.of("string", "number", "datetime", "text", "singlevaluelist", "multivaluelist"));
			case TEXT, LIST -> {
			}
			default -> fail("unknown type " + field.type());
		}
	}

	private static void assertNoNamespace(Element element) {
		assertThat(element.getNamespaceURI()).as("namespace of <%s>", element.getTagName()).isNull();
		assertThat(element.getPrefix()).isNull();
		NamedNodeMap attributes = element.getAttributes();
		assertThat(attributes.getLength()).as("attributes of <%s>", element.getTagName()).isZero();
		for (Element child : children(element)) {
			assertNoNamespace(child);
		}
	}

	private static List<Element> children(Element element) {
		List<Element> children = new ArrayList<>();
		NodeList nodes = element.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			Node node = nodes.item(i);
			if (node instanceof Element child) {
				children.add(child);
			}
			else if (node.getNodeType() == Node.TEXT_NODE && !node.getTextContent().isBlank()
					&& element.getElementsByTagName("*").getLength() > 0) {
				fail("text beside elements in <" + element.getTagName() + ">");
			}
		}
		return children;
	}

	private static Field req(String name, Type type) {
		return new Field(name, type, true);
	}

	private static Field opt(String name, Type type) {
		return new Field(name, type, false);
	}

}
