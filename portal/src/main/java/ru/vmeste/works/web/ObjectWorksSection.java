package ru.vmeste.works.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ru.vmeste.objects.ObjectId;
import ru.vmeste.objects.ObjectRelations;
import ru.vmeste.objects.RelatedItem;
import ru.vmeste.objects.RelatedSection;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.shared.PortalService;
import ru.vmeste.territory.Territory;
import ru.vmeste.works.Work;
import ru.vmeste.works.internal.WorkSearch;

/**
 * The works section of a city object's page: the newest planned works touching the object, with
 * their status, and a link to all of them. Empty while the region has switched Find out off.
 */
@Component
class ObjectWorksSection implements ObjectRelations {

	/** After the appeals at the object (which the reports module places first). */
	static final int ORDER = 30;

	private final WorkSearch search;

	private final Territory territory;

	private final MessageSource messages;

	ObjectWorksSection(WorkSearch search, Territory territory, MessageSource messages) {
		this.search = search;
		this.territory = territory;
		this.messages = messages;
	}

	@Override
	public RelatedSection relatedTo(ObjectId object, int limit, Locale locale) {
		if (!territory.isEnabled(PortalService.FIND_OUT)) {
			return new RelatedSection("works.on-object", List.of(), 0, null, ORDER);
		}
		WorkSearch.Filter filter = new WorkSearch.Filter(null, null, null, null, null, false, null, Set.of(),
				false, object.value());
		Paged<Work> works = search.page(filter, WorkSearch.Order.PLANNED, new PageQuery(0, Math.max(1, limit)));
		List<RelatedItem> items = works.items()
			.stream()
			.map(work -> new RelatedItem(work.title(), "/works/" + work.id(),
					messages.getMessage("works.status." + work.status().name(), null, locale), work.updatedAt()))
			.toList();
		return new RelatedSection("works.on-object", items, works.total(),
				works.total() > items.size() ? "/works?objectId=" + object : null, ORDER);
	}

}
