package ru.vmeste.portal.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import ru.vmeste.platform.web.PublicPages;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PublicFigure;
import ru.vmeste.territory.Territory;

/**
 * The home page: the five services as tiles and the live public figures.
 */
@Controller
class HomeController {

	/** A service tile; {@code path} is null while the service has no pages yet. */
	record ServiceTile(PortalService service, String key, String icon, @Nullable String path) {
	}

	private final Navigation navigation;

	private final HomeFigures figures;

	private final Territory territory;

	private final PublicPages pages;

	HomeController(Navigation navigation, HomeFigures figures, Territory territory, PublicPages pages) {
		this.navigation = navigation;
		this.figures = figures;
		this.territory = territory;
		this.pages = pages;
	}

	/**
	 * The home page; anonymous visitors get it from {@link PublicPages}, kept under what it shows
	 * (the services switched on and the figures' snapshot), so it is never older than they are.
	 */
	@GetMapping("/")
	ModelAndView home(Model model, HttpServletRequest request) {
		List<ServiceTile> tiles = tiles();
		List<PublicFigure> shown = figures.current();
		return pages.view("home", List.of(tiles, shown), request, () -> {
			model.addAttribute("tiles", tiles);
			model.addAttribute("figures", shown);
			model.addAttribute("region", territory.currentRegion().orElse(null));
			return "portal/home";
		});
	}

	private List<ServiceTile> tiles() {
		return List.of(tile(PortalService.INFORM, "inform", "megaphone"), tile(PortalService.FIND_OUT, "find-out", "cone-striped"),
				tile(PortalService.VOTE, "vote", "check2-square"), tile(PortalService.OPEN_DATA, "open-data", "database"),
				tile(PortalService.SUGGEST, "suggest", "lightbulb"))
			.stream()
			.filter(tile -> territory.isEnabled(tile.service()))
			.toList();
	}

	private ServiceTile tile(PortalService service, String key, String icon) {
		return new ServiceTile(service, key, icon, navigation.entryOf(service).map(item -> item.path()).orElse(null));
	}

}
