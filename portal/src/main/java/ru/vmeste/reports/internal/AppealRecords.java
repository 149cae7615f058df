package ru.vmeste.reports.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.TopicId;

/**
 * What the module's pages and APIs read about an appeal — the appeal, how it is handled, its
 * history as a reader may see it, its photos, the answers to its topic's questions — so that no
 * controller or view reaches for the SQL classes.
 */
@Service
@Transactional(readOnly = true)
public class AppealRecords {

	private final AppealStore appeals;

	private final HandlingStore handling;

	private final PhotoStore photos;

	private final TopicsService topics;

	private final JsonMapper json;

	AppealRecords(AppealStore appeals, HandlingStore handling, PhotoStore photos, TopicsService topics, JsonMapper json) {
		this.appeals = appeals;
		this.handling = handling;
		this.photos = photos;
		this.topics = topics;
		this.json = json;
	}

	public Optional<Appeal> find(AppealId id) {
		return appeals.find(id);
	}

	public Handling handling(AppealId id) {
		return handling.of(id).orElseThrow();
	}

	public boolean follows(AppealId id, UserId user) {
		return appeals.follows(id, user);
	}

	public List<HistoryEntry> history(AppealId id, Visibility reader) {
		return appeals.history(id, reader);
	}

	public List<AppealPhoto> photos(AppealId id) {
		return photos.of(id);
	}

	public Optional<AppealPhoto> photo(AppealId id, UUID photo) {
		return photos.find(id, photo);
	}

	/** The answers to the topic's extra questions, by question. */
	public Map<String, String> answers(AppealId id) {
		return json.readValue(appeals.answersJson(id), new TypeReference<Map<String, String>>() {
		});
	}

	/** The extra questions a topic asks on the report form. */
	public List<TopicQuestion> questions(TopicId topic) {
		return topics.questions(topic);
	}

}
