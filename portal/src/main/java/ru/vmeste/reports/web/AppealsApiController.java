package ru.vmeste.reports.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.platform.web.Uploads;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.internal.SubmissionKeys;
import ru.vmeste.reports.internal.Submissions;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;

/**
 * Appeals for the mobile app: report a problem, add photos, read an appeal, support one.
 */
@RestController
@RequestMapping("/api/v1/appeals")
@PartOf(PortalService.INFORM)
@Tag(name = "Inform", description = "Problem reports (appeals)")
class AppealsApiController {

	/** A stored photo's addresses. */
	record PhotoCreated(String url, String thumbnailUrl) {
	}

	private final Submissions submissions;

	private final SubmissionKeys submissionKeys;

	private final AppealViews views;

	private final PhotoFiles photos;

	AppealsApiController(Submissions submissions, SubmissionKeys submissionKeys, AppealViews views, PhotoFiles photos) {
		this.submissions = submissions;
		this.submissionKeys = submissionKeys;
		this.views = views;
		this.photos = photos;
	}

	/**
	 * The appeal and the view the answer shows of it in one transaction: no second one to read it
	 * back, and the new appeal and its handling (none yet) not read at all; a repeated request with
	 * the same key answers the view of the appeal the first one created.
	 */
	@PostMapping
	@Operation(summary = "Report a problem at a point; it waits for moderation. With an Idempotency-Key (a UUID) "
			+ "a repeated request answers the appeal the first one created")
	@ResponseStatus(HttpStatus.CREATED)
	@Transactional
	ResponseEntity<AppealViews.AppealView> create(@Valid @RequestBody AppealRequest request,
			@AuthenticationPrincipal PortalUser user, Locale locale,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
		AtomicReference<Submissions.Submitted> created = new AtomicReference<>();
		AppealId id = submissionKeys.once(user.id(), idempotencyKey, () -> {
			Submissions.Submitted submitted = submissions.submit(user.id(), request.submission(), List.of());
			created.set(submitted);
			return submitted.id();
		});
		Submissions.Submitted submitted = created.get();
		return ResponseEntity.created(URI.create("/api/v1/appeals/" + id))
			.body(submitted == null ? views.visibleView(id, user, locale) : views.newView(submitted, locale));
	}

	@GetMapping("/{id}")
	@Operation(summary = "An appeal with its photos and status history; never its author")
	AppealViews.AppealView appeal(@PathVariable UUID id, @AuthenticationPrincipal @Nullable PortalUser user,
			Locale locale) {
		return views.visibleView(new AppealId(id), user, locale);
	}

	@PostMapping(path = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "The author adds a photo (JPEG, PNG or WebP; at most 5) while the appeal waits for moderation")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<PhotoCreated> addPhoto(@PathVariable UUID id, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal PortalUser user) {
		UUID photo = submissions.addPhoto(new AppealId(id), user.id(), Uploads.read(file).bytes());
		String url = "/api/v1/appeals/" + id + "/photos/" + photo;
		return ResponseEntity.created(URI.create(url)).body(new PhotoCreated(url, url + "?thumbnail=true"));
	}

	@GetMapping("/{id}/photos/{photoId}")
	@Operation(summary = "A photo of an appeal, cleaned of all metadata; ?thumbnail=true for the small one")
	ResponseEntity<Resource> photo(@PathVariable UUID id, @PathVariable UUID photoId,
			@RequestParam(defaultValue = "false") boolean thumbnail, @AuthenticationPrincipal @Nullable PortalUser user) {
		return photos.serve(new AppealId(id), photoId, thumbnail, user);
	}

	@PostMapping("/{id}/support")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Support a published appeal (instead of reporting the same problem again) and follow it")
	void support(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
		submissions.support(new AppealId(id), user.id());
	}

}
