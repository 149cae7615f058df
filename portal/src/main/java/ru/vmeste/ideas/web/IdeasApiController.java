package ru.vmeste.ideas.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import tools.jackson.databind.JsonNode;

import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.ideas.CampaignId;
import ru.vmeste.ideas.Idea;
import ru.vmeste.ideas.IdeaId;
import ru.vmeste.ideas.ReviewDecision;
import ru.vmeste.ideas.WorkOrder;
import ru.vmeste.ideas.internal.Comments;
import ru.vmeste.ideas.internal.Following;
import ru.vmeste.ideas.internal.IdeaSearch;
import ru.vmeste.ideas.internal.IdeaWorks;
import ru.vmeste.ideas.internal.Merges;
import ru.vmeste.ideas.internal.Proposals;
import ru.vmeste.ideas.internal.Ratings;
import ru.vmeste.ideas.internal.Reviews;
import ru.vmeste.ideas.internal.SimilarIdeas;
import ru.vmeste.ideas.internal.Supports;
import ru.vmeste.ideas.internal.TopicAcceptance;
import ru.vmeste.identity.PortalUser;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.TopicId;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.geo.GeoJson;
import ru.vmeste.shared.web.PartOf;

/**
 * Ideas for the mobile app and third parties: the list and map with filters and sorting, an
 * idea with its thread; residents propose, support, follow, comment and rate; experts review;
 * moderators merge; administrators accept topics and order works.
 */
@RestController
@RequestMapping("/api/v1/ideas")
@PartOf(PortalService.SUGGEST)
@Tag(name = "Suggest", description = "Residents' ideas, crowdsourcing campaigns, supports and expert reviews")
class IdeasApiController {

	@Schema(name = "IdeasFeatureCollection")
	record FeatureCollection(String type, List<Feature> features, boolean truncated) {
	}

	@Schema(name = "IdeaFeature")
	record Feature(String type, JsonNode geometry, Map<String, Object> properties) {
	}

	record SupportCount(String ideaId, int supports) {
	}

	record ReviewRequest(@NotNull(message = "{ideas.review.decision-required}") ReviewDecision decision,
			@Nullable Long estimatedCost, @Nullable @Size(max = 2000, message = "{ideas.review.note-too-long}") String note) {
	}

	record CommentRequest(@NotBlank(message = "{ideas.comment.required}") @Size(max = 2000, message = "{ideas.comment.too-long}") String text,
			@Nullable UUID parentId) {
	}

	record CommentCreated(String id, String status) {
	}

	record RatingRequest(@NotNull(message = "{ideas.rating.score}") @Min(value = 1, message = "{ideas.rating.score}")
	@Max(value = 5, message = "{ideas.rating.score}") Integer score) {
	}

	record MergeRequest(@NotNull(message = "{ideas.merge.target-required}") UUID into, @Nullable String reason) {
	}

	record TopicRequest(@NotBlank(message = "{ideas.topic.code-required}") String code, @Nullable UUID groupId,
			@NotBlank(message = "{ideas.topic.name-required}") String nameRu, @Nullable String nameEn) {
	}

	record TopicCreated(String topicId) {
	}

	record WorksRequest(@NotNull(message = "{ideas.works.customer-required}") UUID customerId,
			@NotNull(message = "{ideas.works.dates}") LocalDate plannedStart,
			@NotNull(message = "{ideas.works.dates}") LocalDate plannedEnd) {

		WorkOrder order() {
			return new WorkOrder(new OrganizationId(customerId), plannedStart, plannedEnd);
		}

	}

	record WorkCreated(String workId) {
	}

	private final IdeaViews views;

	private final IdeaSearch search;

	private final Proposals proposals;

	private final SimilarIdeas similar;

	private final Supports supports;

	private final Reviews reviews;

	private final Following following;

	private final Comments comments;

	private final Ratings ratings;

	private final Merges merges;

	private final TopicAcceptance topics;

	private final IdeaWorks works;

	IdeasApiController(IdeaViews views, IdeaSearch search, Proposals proposals, SimilarIdeas similar, Supports supports,
			Reviews reviews, Following following, Comments comments, Ratings ratings, Merges merges,
			TopicAcceptance topics, IdeaWorks works) {
		this.views = views;
		this.search = search;
		this.proposals = proposals;
		this.similar = similar;
		this.supports = supports;
		this.reviews = reviews;
		this.following = following;
		this.comments = comments;
		this.ratings = ratings;
		this.merges = merges;
		this.topics = topics;
		this.works = works;
	}

	@GetMapping
	@Operation(summary = "Public ideas by campaign (or outside campaigns), kind, status, district and viewport "
			+ "(bbox=minLon,minLat,maxLon,maxLat); sort=SUPPORTED|NEWEST|NEARBY (with lat, lon)")
	Paged<IdeaViews.IdeaSummary> list(@ParameterObject IdeaFilters filters, @RequestParam(required = false) @Nullable String bbox,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
		return search.page(filters.filter(bbox), filters.order(), filters.near(), PageQuery.of(page, size))
			.map(views::summary);
	}

	@GetMapping("/map")
	@Operation(summary = "Ideas in the viewport as GeoJSON (roads as lines), at most 1000 (truncated=true beyond)")
	FeatureCollection map(@ParameterObject IdeaFilters filters, @RequestParam String bbox) {
		List<Idea> markers = search.markers(filters.filter(bbox));
		return new FeatureCollection("FeatureCollection", markers.stream().map(IdeasApiController::feature).toList(),
				markers.size() >= IdeaSearch.MAX_MARKERS);
	}

	@GetMapping("/similar")
	@Operation(summary = "Published ideas that likely say the same as the text (and are near the point, if given)")
	List<SimilarIdeas.Similar> similar(@RequestParam String text, @RequestParam(required = false) @Nullable Double lat,
			@RequestParam(required = false) @Nullable Double lon,
			@RequestParam(required = false) @Nullable UUID campaignId) {
		GeoPoint point = lat != null && lon != null && GeoPoint.isValid(lat, lon) ? new GeoPoint(lat, lon) : null;
		return similar.to(text, point, campaignId == null ? null : new CampaignId(campaignId), null);
	}

	@GetMapping("/mine")
	@Operation(summary = "The caller's own ideas in every status, newest first")
	Paged<IdeaViews.IdeaSummary> mine(@AuthenticationPrincipal PortalUser user,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
		return search.proposedBy(user.id(), PageQuery.of(page, size)).map(views::summary);
	}

	@GetMapping("/supported")
	@Operation(summary = "The ideas the caller supports, latest support first")
	Paged<IdeaViews.IdeaSummary> supported(@AuthenticationPrincipal PortalUser user,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
		return search.supportedBy(user.id(), PageQuery.of(page, size)).map(views::summary);
	}

	@GetMapping("/{id}")
	@Operation(summary = "An idea with its history, expert reviews and the whole thread (appeal, idea, vote, works)")
	IdeaViews.IdeaDetails idea(@PathVariable UUID id, @AuthenticationPrincipal @Nullable PortalUser user,
			Locale locale) {
		return views.details(views.visible(new IdeaId(id), user), locale);
	}

	@PostMapping
	@Operation(summary = "A resident proposes an idea (a ROAD needs a GeoJSON LineString, a PROJECT a point); "
			+ "it waits for moderation")
	ResponseEntity<IdeaViews.IdeaDetails> propose(@Valid @RequestBody IdeaRequest request,
			@AuthenticationPrincipal PortalUser user, Locale locale) {
		IdeaId id = proposals.propose(request.proposal(), user.id());
		return ResponseEntity.created(URI.create("/api/v1/ideas/" + id))
			.body(views.details(views.visible(id, user), locale));
	}

	@PostMapping("/{id}/supports")
	@Operation(summary = "A resident supports the idea (once); 409 when they do already or supports are closed")
	ResponseEntity<SupportCount> support(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
		int count = supports.support(new IdeaId(id), user.id());
		return ResponseEntity.status(HttpStatus.CREATED).body(new SupportCount(id.toString(), count));
	}

	@DeleteMapping("/{id}/supports")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "A resident takes their support back while supports are open")
	void withdraw(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
		supports.withdraw(new IdeaId(id), user.id());
	}

	@PostMapping("/{id}/review")
	@Operation(summary = "An expert decides: FEASIBLE with a cost estimate, or NOT_FEASIBLE with a public note")
	IdeaViews.IdeaDetails review(@PathVariable UUID id, @Valid @RequestBody ReviewRequest request,
			@AuthenticationPrincipal PortalUser user, Locale locale) {
		reviews.review(new IdeaId(id), request.decision(), request.estimatedCost(), request.note(), user.id());
		return views.details(views.visible(new IdeaId(id), user), locale);
	}

	@PutMapping("/{id}/following")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Hear by e-mail about the idea's changes")
	void follow(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
		following.start(new IdeaId(id), user.id());
	}

	@DeleteMapping("/{id}/following")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Stop hearing about the idea")
	void unfollow(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
		following.stop(new IdeaId(id), user.id());
	}

	@GetMapping("/{id}/comments")
	@Operation(summary = "Published comments with their replies (and the caller's own waiting ones)")
	List<Comments.Comment> comments(@PathVariable UUID id, @AuthenticationPrincipal @Nullable PortalUser user) {
		Idea idea = views.visible(new IdeaId(id), user);
		return comments.of(idea, user == null ? null : user.id());
	}

	@PostMapping("/{id}/comments")
	@Operation(summary = "A resident comments (or replies to a comment, one level); shown after moderation")
	ResponseEntity<CommentCreated> comment(@PathVariable UUID id, @Valid @RequestBody CommentRequest request,
			@AuthenticationPrincipal PortalUser user) {
		UUID comment = comments.add(new IdeaId(id), request.parentId(), request.text(), user.id());
		return ResponseEntity.created(URI.create("/api/v1/ideas/" + id + "/comments"))
			.body(new CommentCreated(comment.toString(), Comments.Status.MODERATION.name()));
	}

	@PostMapping("/{id}/rating")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "A supporter rates the result of a done idea, 1–5, once")
	void rate(@PathVariable UUID id, @Valid @RequestBody RatingRequest request,
			@AuthenticationPrincipal PortalUser user) {
		ratings.rate(new IdeaId(id), user.id(), request.score());
	}

	@PostMapping("/{id}/merge")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "A moderator merges the idea into another that says the same (supports and followers move)")
	void merge(@PathVariable UUID id, @Valid @RequestBody MergeRequest request,
			@AuthenticationPrincipal PortalUser user) {
		merges.merge(new IdeaId(id), new IdeaId(request.into()), request.reason(), user.id());
	}

	@PostMapping("/{id}/topic")
	@Operation(summary = "An administrator accepts a proposed topic into the Inform catalog")
	ResponseEntity<TopicCreated> acceptTopic(@PathVariable UUID id, @Valid @RequestBody TopicRequest request,
			@AuthenticationPrincipal PortalUser user) {
		TopicId topic = topics.accept(new IdeaId(id), request.code(),
				request.groupId() == null ? null : new TopicId(request.groupId()),
				new LocalizedText(request.nameRu(), request.nameEn()), user.id());
		return ResponseEntity.status(HttpStatus.CREATED).body(new TopicCreated(topic.value().toString()));
	}

	@PostMapping("/{id}/works")
	@Operation(summary = "An administrator makes a selected project (or a feasible idea outside campaigns) planned works")
	ResponseEntity<WorkCreated> intoWorks(@PathVariable UUID id, @Valid @RequestBody WorksRequest request,
			@AuthenticationPrincipal PortalUser user) {
		var work = works.plan(new IdeaId(id), request.order(), user.id());
		return ResponseEntity.created(URI.create("/api/v1/works/" + work)).body(new WorkCreated(work.toString()));
	}

	private static Feature feature(Idea idea) {
		JsonNode geometry = idea.line() != null ? GeoJson.write(idea.line())
				: GeoJson.write(GeoJson.WGS84.createPoint(new Coordinate(idea.point().lon(), idea.point().lat())));
		return new Feature("Feature", geometry, Map.of("id", idea.id().toString(), "number", idea.number(), "title",
				idea.title(), "kind", idea.kind().name(), "status", idea.status().name(), "supports", idea.supports()));
	}

}
