package ru.vmeste.objects.web;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import ru.vmeste.objects.CityObject;
import ru.vmeste.objects.ObjectId;
import ru.vmeste.objects.ObjectRelations;
import ru.vmeste.objects.ObjectType;
import ru.vmeste.objects.ObjectTypeId;
import ru.vmeste.objects.RelatedSection;
import ru.vmeste.objects.internal.ObjectFilter;
import ru.vmeste.objects.internal.ObjectPhotos;
import ru.vmeste.objects.internal.ObjectRegistry;
import ru.vmeste.objects.internal.ObjectTypeCatalog;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.platform.files.FileResponses;
import ru.vmeste.platform.web.PublicPages;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.geo.GeoJson;
import ru.vmeste.shared.web.PartOf;
import ru.vmeste.territory.District;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.territory.Territory;

/**
 * The public pages of the registry: the map with its filters and a list that works without
 * JavaScript, and each object's page with everything other modules tie to it.
 */
@Controller
@PartOf(PortalService.OPEN_DATA)
class ObjectPagesController {

	static final int RELATED_ITEMS = 5;

	private final ObjectTypeCatalog types;

	private final ObjectRegistry registry;

	private final ObjectPhotos photos;

	private final Organizations organizations;

	private final Territory territory;

	private final List<ObjectRelations> relations;

	private final PublicPages pages;

	private final Clock clock;

	ObjectPagesController(ObjectTypeCatalog types, ObjectRegistry registry, ObjectPhotos photos,
			Organizations organizations, Territory territory, List<ObjectRelations> relations, PublicPages pages,
			Clock clock) {
		this.clock = clock;
		this.pages = pages;
		this.types = types;
		this.registry = registry;
		this.photos = photos;
		this.organizations = organizations;
		this.territory = territory;
		this.relations = List.copyOf(relations);
	}

	@GetMapping("/objects")
	String map(@RequestParam(required = false) @Nullable UUID type,
			@RequestParam(required = false) @Nullable UUID district, @RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page, Model model,
			Locale locale) {
		ObjectTypeId typeId = type == null ? null : types.find(new ObjectTypeId(type)).map(ObjectType::id).orElse(null);
		DistrictId districtId = district == null ? null
				: territory.district(new DistrictId(district)).map(District::id).orElse(null);
		String query = q == null || q.strip().length() < ObjectFilter.MIN_QUERY ? null : q.strip();
		model.addAttribute("types", types.all());
		model.addAttribute("districts", territory.districts());
		model.addAttribute("typeNames",
				types.all().stream().collect(Collectors.toMap(ObjectType::id, t -> t.name().in(locale))));
		model.addAttribute("districtNames", districtNames(locale));
		model.addAttribute("selectedType", typeId == null ? "" : typeId.toString());
		model.addAttribute("selectedDistrict", districtId == null ? "" : districtId.value().toString());
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("objects", registry.list(new ObjectFilter(typeId, districtId, query), PageQuery.of(page, 20)));
		model.addAttribute("pagerPath", UriComponentsBuilder.fromPath("/objects")
			.queryParamIfPresent("type", Optional.ofNullable(typeId))
			.queryParamIfPresent("district", Optional.ofNullable(districtId).map(DistrictId::value))
			.queryParamIfPresent("q", Optional.ofNullable(query))
			.encode()
			.build()
			.toUriString());
		return "objects/map";
	}

	/**
	 * An object's page; anonymous visitors get its first page from {@link PublicPages}, at most
	 * {@code vmeste.pages.fresh-for} plus {@code stale-for} late (a registry import, or an appeal or
	 * work on the object); the later pages of its history are rendered for each view.
	 */
	@GetMapping("/objects/{id}")
	ModelAndView object(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model, Locale locale,
			HttpServletRequest request) {
		if (page != 0) {
			return new ModelAndView(page(id, page, model, locale));
		}
		return pages.view("object", id, request, () -> page(id, 0, model, locale));
	}

	private String page(UUID id, int page, Model model, Locale locale) {
		CityObject object = registry.find(new ObjectId(id))
			.orElseThrow(() -> DomainException.notFound("objects.object.not-found"));
		ObjectType type = types.get(object.type());
		model.addAttribute("object", object);
		model.addAttribute("type", type);
		model.addAttribute("owner", organizations.find(object.owner()).map(owner -> owner.name().in(locale)).orElse(""));
		model.addAttribute("district", districtNames(locale).getOrDefault(object.district(), ""));
		model.addAttribute("attributes", AttributeValue.of(type, object, locale));
		model.addAttribute("geometryJson", GeoJson.write(object.geometry()).toString());
		model.addAttribute("photos", photos.of(object.id()));
		model.addAttribute("sections", sections(object.id(), locale));
		model.addAttribute("history", registry.history(object.id(), PageQuery.of(page, 10)));
		model.addAttribute("zone", clock.getZone());
		return "objects/object";
	}

	@GetMapping("/objects/{id}/photos/{photo}")
	ResponseEntity<Resource> photo(@PathVariable UUID id, @PathVariable UUID photo,
			@RequestParam(defaultValue = "false") boolean thumbnail) {
		ObjectPhotos.Content content = photos.open(new ObjectId(id), photo, thumbnail)
			.orElseThrow(() -> DomainException.notFound("objects.photo.not-found"));
		return FileResponses.inline(content.bytes(), content.contentType(), photo + (thumbnail ? "-thumbnail" : "") + ".jpg");
	}

	/** Every contributed section, in their order; an empty one still shows, saying so. */
	List<RelatedSection> sections(ObjectId object, Locale locale) {
		return relations.stream()
			.map(relation -> relation.relatedTo(object, RELATED_ITEMS, locale))
			.sorted(Comparator.comparingInt(RelatedSection::order))
			.toList();
	}

	private Map<DistrictId, String> districtNames(Locale locale) {
		return territory.districts()
			.stream()
			.collect(Collectors.toMap(District::id, d -> d.name().in(locale)));
	}

}
