package ru.vmeste.open311.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An answer in the spec's shape, before it is written as XML or JSON: a list of records under a
 * root element (JSON: an array), or one record as the root (JSON: an object). Records are ordered
 * maps whose values are text, numbers, booleans, null, nested records or lists of them.
 *
 * @param item the element of each record of a list; null for a single record
 */
record Document(String root, @Nullable String item, Object content) {

	static Document list(String root, String item, List<? extends Map<String, ?>> records) {
		return new Document(root, item, records);
	}

	static Document single(String root, Map<String, ?> record) {
		return new Document(root, null, record);
	}

}
