package ru.vmeste.reports.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.platform.files.Upload;
import ru.vmeste.platform.web.Uploads;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.TopicId;
import ru.vmeste.reports.internal.AppealRecords;
import ru.vmeste.reports.internal.Duplicates;
import ru.vmeste.reports.internal.SubmissionKeys;
import ru.vmeste.reports.internal.Submissions;
import ru.vmeste.reports.internal.TopicQuestion;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;

/**
 * The report form, phone first: topic, point on the map (or typed), text, up to five photos;
 * the topic's extra questions and likely duplicates appear as the resident fills it in.
 */
@Controller
@PartOf(PortalService.INFORM)
class ReportFormController {

	/** Which form field a refusal of the domain belongs to, by its message key; others concern the whole form. */
	private static final Map<String, String> FIELDS = Map.of("reports.topic", "topicId", "reports.point", "lat");

	private final Submissions submissions;

	private final SubmissionKeys submissionKeys;

	private final TopicChoices topics;

	private final AppealRecords records;

	private final Duplicates duplicates;

	ReportFormController(Submissions submissions, SubmissionKeys submissionKeys, TopicChoices topics,
			AppealRecords records, Duplicates duplicates) {
		this.submissions = submissions;
		this.submissionKeys = submissionKeys;
		this.topics = topics;
		this.records = records;
		this.duplicates = duplicates;
	}

	@GetMapping("/appeals/new")
	String form(Model model) {
		model.addAttribute("report", AppealRequest.empty());
		return page(model, null);
	}

	@PostMapping(path = "/appeals", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String submit(@Valid @ModelAttribute("report") @Nullable AppealRequest report, BindingResult errors,
			@RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
		if (report != null && !errors.hasErrors()) {
			try {
				AppealId id = submissionKeys.once(user.id(), idempotencyKey, () -> submissions.submit(user.id(),
						report.submission(), Uploads.all(photos).stream().map(Upload::bytes).toList()).id());
				redirect.addFlashAttribute("notice", "reports.submitted");
				redirect.addFlashAttribute("submitted", true);
				return "redirect:/appeals/" + id;
			}
			catch (DomainException ex) {
				FIELDS.entrySet()
					.stream()
					.filter(entry -> ex.messageCode().startsWith(entry.getKey()))
					.findFirst()
					.ifPresentOrElse(
							entry -> errors.rejectValue(entry.getValue(), ex.messageCode(), ex.arguments(), ex.messageCode()),
							() -> errors.reject(ex.messageCode(), ex.arguments(), ex.messageCode()));
			}
		}
		return page(model, report == null ? null : report.topicId());
	}

	@GetMapping("/appeals/new/questions")
	String questions(@RequestParam(required = false) @Nullable UUID topicId, Model model) {
		model.addAttribute("report", AppealRequest.empty());
		model.addAttribute("questions", questionsOf(topicId));
		return "reports/new :: questions";
	}

	@GetMapping("/appeals/new/duplicates")
	String duplicates(@RequestParam(required = false) @Nullable String topicId,
			@RequestParam(required = false) @Nullable String lat, @RequestParam(required = false) @Nullable String lon,
			@RequestParam(defaultValue = "") String text, Model model) {
		model.addAttribute("duplicates", likelyDuplicates(topicId, lat, lon, text));
		return "reports/new :: duplicates";
	}

	private List<Duplicates.Duplicate> likelyDuplicates(@Nullable String topicId, @Nullable String lat,
			@Nullable String lon, String text) {
		try {
			double latitude = Double.parseDouble(String.valueOf(lat));
			double longitude = Double.parseDouble(String.valueOf(lon));
			if (topicId == null || !GeoPoint.isValid(latitude, longitude) || text.isBlank()) {
				return List.of();
			}
			return duplicates.of(TopicId.of(topicId), new GeoPoint(latitude, longitude),
					text.length() > AppealRequest.MAX_TEXT ? text.substring(0, AppealRequest.MAX_TEXT) : text);
		}
		catch (IllegalArgumentException incomplete) {
			// the resident has not filled in the topic or the point yet
			return List.of();
		}
	}

	private String page(Model model, @Nullable UUID topicId) {
		model.addAttribute("groups", topics.reportable());
		model.addAttribute("questions", questionsOf(topicId));
		model.addAttribute("maxPhotos", Submissions.MAX_PHOTOS);
		return "reports/new";
	}

	private List<TopicQuestion> questionsOf(@Nullable UUID topicId) {
		return topicId == null ? List.of() : records.questions(new TopicId(topicId));
	}

}
