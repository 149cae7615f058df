package ru.vmeste.reports.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.Role;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealOutcome;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.ExternalRecords;
import ru.vmeste.reports.TopicId;
import ru.vmeste.reports.Topics;
import ru.vmeste.reports.internal.Visibility;
import ru.vmeste.reports.internal.AppealRecords;
import ru.vmeste.reports.internal.AppealPhoto;
import ru.vmeste.reports.internal.Handling;
import ru.vmeste.reports.internal.HistoryEntry;
import ru.vmeste.reports.internal.Submissions;
import ru.vmeste.reports.internal.TopicQuestion;
import ru.vmeste.shared.DomainException;
import ru.vmeste.territory.Territory;

/**
 * What anyone may see of an appeal: never the author, never who changed it, never a text a
 * moderator replaced. Appeals that are not published are seen by their author and moderators only.
 */
@Component
class AppealViews {

	/**
	 * The public page of an appeal.
	 *
	 * @param edms its registration in the administration's document management system, once registered
	 */
	record Details(Appeal appeal, String topic, @Nullable String district, ProgressViews.Progress progress,
			List<Answer> answers, List<Photo> photos, List<HistoryViews.Step> history, @Nullable EdmsView edms) {
	}

	/** An appeal's registration in the administration's document management system (API.md: "EDMS"). */
	record EdmsView(String number, Instant registeredAt, @Nullable String status) {
	}

	/** An answer to one of the topic's extra questions. */
	record Answer(String question, String value) {
	}

	/** A photo's addresses. */
	record Photo(String url, String thumbnailUrl) {
	}

	/**
	 * The API's view of an appeal (API.md: appeals/{id}).
	 *
	 * @param routingRule why the organization answers it, in the reader's language
	 * @param deadline the answer is due by the end of this day (working days of its process)
	 * @param legalDeadline the legal limit for electronic appeals, 30 calendar days (59-FZ)
	 * @param answers the author's answers to the topic's extra questions
	 * @param answer the organization's answer
	 * @param stillNotFixed residents who say the answered problem is still there
	 * @param outcome how a closed appeal ended: confirmed solved, not solved, or not confirmed
	 * @param edms its registration in the administration's document management system, once registered
	 */
	record AppealView(String id, long number, String topicId, double lat, double lon, @Nullable String address,
			String text, AppealStatus status, @Nullable AppealOutcome outcome, @Nullable String districtId, @Nullable String organizationId,
			@Nullable String organizationName, @Nullable String routingRule, boolean needsManualRouting,
			@Nullable LocalDate deadline, @Nullable LocalDate legalDeadline, @Nullable String stage,
			boolean awaitingInformation, ProgressViews.@Nullable AnswerView answer,
			ProgressViews.@Nullable RatingView rating, long stillNotFixed, int supporters, @Nullable String duplicateOf,
			Instant createdAt, @Nullable Instant publishedAt, Map<String, String> answers, List<Photo> photos,
			List<HistoryViews.Step> history, @Nullable EdmsView edms) {
	}

	private final AppealRecords records;

	private final Topics topics;

	private final Territory territory;

	private final ProgressViews progress;

	private final HistoryViews history;

	private final List<ExternalRecords> external;

	AppealViews(AppealRecords records, Topics topics, Territory territory, ProgressViews progress,
			HistoryViews history, List<ExternalRecords> external) {
		this.records = records;
		this.topics = topics;
		this.territory = territory;
		this.progress = progress;
		this.history = history;
		this.external = external;
	}

	/** The appeal if the viewer may see it; otherwise it does not exist for them. */
	Appeal visible(AppealId id, @Nullable PortalUser viewer) {
		return records.find(id)
			.filter(appeal -> appeal.isVisibleTo(viewer == null ? null : viewer.id(),
					viewer != null && viewer.hasRole(Role.MODERATOR)))
			.orElseThrow(() -> DomainException.notFound("reports.appeal.not-found"));
	}

	/** The page of an appeal for a viewer: its author also sees their own replies. */
	Details details(Appeal appeal, @Nullable PortalUser viewer, Locale locale, String photoPrefix) {
		Handling handling = progress.handling(appeal);
		return new Details(appeal, topics.find(appeal.topic()).map(topic -> topic.name().in(locale)).orElse(""),
				appeal.district() == null ? null
						: territory.district(appeal.district()).map(district -> district.name().in(locale)).orElse(null),
				progress.of(appeal, handling, locale, photoPrefix), answers(appeal, locale), photos(appeal.id(), photoPrefix),
				history.steps(appeal.id(), handling.processVersion(), reader(appeal, viewer), locale), edms(appeal));
	}

	/**
	 * The appeal as the API shows it, if the viewer may see it, read in one read-only transaction:
	 * the appeal, its progress, answers, photos and history are several queries, which outside a
	 * transaction would each be a transaction of their own.
	 */
	@Transactional(readOnly = true)
	public AppealView visibleView(AppealId id, @Nullable PortalUser viewer, Locale locale) {
		return view(visible(id, viewer), viewer, locale);
	}

	/**
	 * The view of an appeal just submitted in this transaction, as its author sees it: not routed
	 * yet, and built from what was stored, not read back.
	 */
	AppealView newView(Submissions.Submitted submitted, Locale locale) {
		Appeal appeal = submitted.appeal();
		return view(appeal, Handling.none(appeal.id()), submitted.answers(), submitted.photos(),
				history.steps(List.of(HistoryEntry.submitted(appeal)), null, locale), locale);
	}

	AppealView view(Appeal appeal, @Nullable PortalUser viewer, Locale locale) {
		Handling handling = progress.handling(appeal);
		return view(appeal, handling, answers(appeal.id()), records.photos(appeal.id()),
				history.steps(appeal.id(), handling.processVersion(), reader(appeal, viewer), locale), locale);
	}

	private AppealView view(Appeal appeal, Handling handling, Map<String, String> answers, List<AppealPhoto> photos,
			List<HistoryViews.Step> steps, Locale locale) {
		ProgressViews.Progress state = progress.of(appeal, handling, locale, "/api/v1/appeals/");
		return new AppealView(appeal.id().toString(), appeal.number(), appeal.topic().toString(), appeal.point().lat(),
				appeal.point().lon(), appeal.address(), appeal.text(), appeal.status(), appeal.outcome(),
				appeal.district() == null ? null : appeal.district().value().toString(), state.organizationId(),
				state.organization(), state.routing(), state.needsManualRouting(), state.deadline(), state.legalDeadline(),
				state.stage(), state.awaitingInformation(), state.answer(), state.rating(), state.stillNotFixed(),
				appeal.supporters(), appeal.duplicateOf() == null ? null : appeal.duplicateOf().toString(),
				appeal.createdAt(), appeal.publishedAt(), inQuestionOrder(appeal.topic(), answers),
				photos(appeal.id(), photos, "/api/v1/appeals/"), steps,
				edms(appeal));
	}

	/** The registration in the document management system of a published appeal, once it has a number. */
	private @Nullable EdmsView edms(Appeal appeal) {
		if (!appeal.status().isPublic()) {
			return null;
		}
		return external.stream()
			.flatMap(system -> system.of(appeal.id()).stream())
			.filter(record -> record.number() != null && record.registeredAt() != null)
			.findFirst()
			.map(record -> new EdmsView(record.number(), record.registeredAt(), record.status()))
			.orElse(null);
	}

	private static Visibility reader(Appeal appeal, @Nullable PortalUser viewer) {
		return viewer != null && appeal.author().equals(viewer.id()) ? Visibility.PARTICIPANTS : Visibility.PUBLIC;
	}

	/**
	 * The answers in the order the topic asks its questions, whether they were just given or read
	 * back (the database keeps them in an order of its own); those of questions since removed last.
	 */
	private Map<String, String> inQuestionOrder(TopicId topic, Map<String, String> answers) {
		Map<String, String> ordered = new LinkedHashMap<>();
		for (TopicQuestion question : records.questions(topic)) {
			String answer = answers.get(question.key());
			if (answer != null) {
				ordered.put(question.key(), answer);
			}
		}
		new TreeMap<>(answers).forEach(ordered::putIfAbsent);
		return ordered;
	}

	private Map<String, String> answers(AppealId id) {
		return records.answers(id);
	}

	private List<Answer> answers(Appeal appeal, Locale locale) {
		Map<String, String> given = answers(appeal.id());
		return records.questions(appeal.topic())
			.stream()
			.filter(question -> given.containsKey(question.key()))
			.map(question -> new Answer(question.label().in(locale), given.get(question.key())))
			.toList();
	}

	private List<Photo> photos(AppealId id, String prefix) {
		return photos(id, records.photos(id), prefix);
	}

	private static List<Photo> photos(AppealId id, List<AppealPhoto> photos, String prefix) {
		return photos.stream()
			.map(photo -> new Photo(prefix + id + "/photos/" + photo.id(),
					prefix + id + "/photos/" + photo.id() + "?thumbnail=true"))
			.toList();
	}

}
