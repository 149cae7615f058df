package ru.vmeste.platform.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Scheduler;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.ContentCachingResponseWrapper;

import ru.vmeste.platform.PlatformSettings;

/**
 * Public pages as an anonymous visitor sees them, rendered once and then served from memory for
 * {@code vmeste.pages.fresh-for}: a repeat view costs no query and no template. Signed-in
 * visitors, whose pages carry their name, their buttons and their CSRF token, always get a page
 * rendered for them, and so does a view that carries a flash message. The module that owns a page
 * evicts it when the page's subject changes ({@link #evict}, at once and again after the change
 * commits); another instance, or a change no event announces (a deadline passing), leaves a page at
 * most fresh-for late. At most {@code vmeste.pages.memory} of HTML is kept, least used pages
 * leaving first. Interceptors (service switches, visit counts) run for every view as before.
 */
@Component
public class PublicPages {

	private record Key(String page, Object subject, Locale locale) {
	}

	private record Rendered(byte[] body, String contentType) {
	}

	private final @Nullable Cache<Key, Rendered> pages;

	private final Set<Locale> locales = ConcurrentHashMap.newKeySet();

	private final ViewResolver views;

	@Autowired
	PublicPages(PlatformSettings settings, @Qualifier("thymeleafViewResolver") ViewResolver views) {
		this(settings.pages(), views, Ticker.systemTicker());
	}

	PublicPages(PlatformSettings.Pages settings, ViewResolver views, Ticker ticker) {
		this.views = views;
		this.pages = settings.freshFor().isZero() ? null : cache(settings, ticker);
	}

	private static Cache<Key, Rendered> cache(PlatformSettings.Pages settings, Ticker ticker) {
		return Caffeine.newBuilder()
			.expireAfterWrite(settings.freshFor())
			.maximumWeight(settings.memory().toBytes())
			.<Key, Rendered>weigher((key, page) -> page.body().length + 64)
			.ticker(ticker)
			.scheduler(Scheduler.systemScheduler())
			.build();
	}

	/**
	 * The view of a public page: for an anonymous visitor the kept page when there is one, else the
	 * page the model builds, kept for the next visitor; for anyone else simply the page the model
	 * builds.
	 *
	 * @param page what kind of page it is (e.g. {@code "appeal"})
	 * @param subject what the page shows (e.g. the appeal's id): with the page, what {@link #evict}
	 * names
	 * @param model fills the request's model and answers the template's name; not called when the
	 * kept page is served
	 */
	public ModelAndView view(String page, Object subject, HttpServletRequest request, Supplier<String> model) {
		Cache<Key, Rendered> cache = pages;
		if (cache == null || !anonymousView(request)) {
			return new ModelAndView(model.get());
		}
		Locale locale = RequestContextUtils.getLocale(request);
		Key key = new Key(page, subject, locale);
		Rendered kept = cache.getIfPresent(key);
		if (kept != null) {
			return new ModelAndView(new KeptView(kept));
		}
		String name = model.get();
		View view;
		try {
			view = views.resolveViewName(name, locale);
		}
		catch (Exception ex) {
			throw new IllegalStateException("No view " + name, ex);
		}
		if (view == null) {
			throw new IllegalStateException("No view " + name);
		}
		return new ModelAndView(new KeepingView(view, rendered -> {
			locales.add(locale);
			cache.put(key, rendered);
		}));
	}

	/**
	 * Drops the kept page of a subject in every language, now and once more after the current
	 * transaction commits (so a page rendered from the data before the commit does not stay).
	 */
	public void evict(String page, Object subject) {
		Cache<Key, Rendered> cache = pages;
		if (cache == null) {
			return;
		}
		Runnable drop = () -> locales.forEach(locale -> cache.invalidate(new Key(page, subject, locale)));
		drop.run();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					drop.run();
				}
			});
		}
	}

	private static boolean anonymousView(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getUserPrincipal() != null) {
			return false;
		}
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		return flash == null || flash.isEmpty();
	}

	/** Writes a kept page. */
	private record KeptView(Rendered page) implements View {

		@Override
		public String getContentType() {
			return page.contentType();
		}

		@Override
		public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			response.setContentType(page.contentType());
			response.setContentLength(page.body().length);
			response.getOutputStream().write(page.body());
		}

	}

	/** Renders a page through its template and keeps what a successful rendering wrote. */
	private record KeepingView(View template, Consumer<Rendered> keep) implements View {

		@Override
		public @Nullable String getContentType() {
			return template.getContentType();
		}

		@Override
		public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
			template.render(model, request, capture);
			String type = capture.getContentType();
			if (capture.getStatus() == HttpStatus.OK.value() && type != null) {
				keep.accept(new Rendered(capture.getContentAsByteArray(), type));
			}
			capture.copyBodyToResponse();
		}

	}

}
