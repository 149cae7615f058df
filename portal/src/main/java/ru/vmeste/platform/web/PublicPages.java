package ru.vmeste.platform.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
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
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.ContentCachingResponseWrapper;

import ru.vmeste.platform.AfterCompletion;
import ru.vmeste.platform.PlatformSettings;
import ru.vmeste.platform.i18n.Languages;

/**
 * Public pages as an anonymous visitor sees them, rendered once and then served from memory for
 * {@code vmeste.pages.fresh-for}: a repeat view costs no query and no template. Past fresh-for a
 * page is still served for {@code vmeste.pages.stale-for} while one visitor's view renders it
 * again; at most one such rendering per two processors runs at once, so pages that expire together
 * (a crowd reading many appeals) are rendered again a few at a time instead of all at once. Signed-in
 * visitors, whose pages carry their name, their buttons and their CSRF token, always get a page
 * rendered for them, and so does a view that carries a flash message or asks for a language the
 * portal does not speak (a forged cookie must not fill the memory). The module that owns a page
 * evicts it when the page's subject changes ({@link #evict}, at once and again after the change
 * commits); another instance, or a change no event announces (a deadline passing), leaves a page at
 * most fresh-for plus stale-for late. At most {@code vmeste.pages.memory} of HTML is kept, least used pages
 * leaving first. Interceptors (service switches, visit counts) run for every view as before.
 */
@Component
public class PublicPages {

	private record Key(String page, Object subject, Locale locale) {
	}

	private record Subject(String page, Object subject) {
	}

	/** A rendered page, and when it was kept (the ticker's nanoseconds). */
	private record Rendered(byte[] body, String contentType, long keptAt) {
	}

	/** A slot taken to render a stale page in, until its lease runs out. */
	private record Slot(int index, long until) {
	}

	/** How long a rendering of a stale page holds its slot at most, should its view never be rendered. */
	private static final long SLOT_LEASE_NANOS = TimeUnit.SECONDS.toNanos(10);

	private final @Nullable Cache<Key, Rendered> pages;

	/** When each recently evicted subject was evicted, in evictions counted; kept as long as a page. */
	private final @Nullable Cache<Subject, Long> evicted;

	private final AtomicLong evictions = new AtomicLong();

	private final ViewResolver views;

	private final Ticker ticker;

	private final long freshForNanos;

	/** The slots of the renderings of stale pages: until when each is taken (ticker nanoseconds), 0 when free. */
	private final AtomicLongArray slots;

	@Autowired
	PublicPages(PlatformSettings settings, @Qualifier("thymeleafViewResolver") ViewResolver views) {
		this(settings.pages(), views, Ticker.systemTicker(), Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
	}

	PublicPages(PlatformSettings.Pages settings, ViewResolver views, Ticker ticker, int staleRenderings) {
		this.views = views;
		this.slots = new AtomicLongArray(staleRenderings);
		this.ticker = ticker;
		this.freshForNanos = settings.freshFor().toNanos();
		Duration keptFor = settings.freshFor().plus(settings.staleFor());
		this.pages = settings.freshFor().isZero() ? null : cache(settings, keptFor, ticker);
		this.evicted = settings.freshFor().isZero() ? null
				: Caffeine.newBuilder().expireAfterWrite(keptFor).ticker(ticker).<Subject, Long>build();
	}

	private static Cache<Key, Rendered> cache(PlatformSettings.Pages settings, Duration keptFor, Ticker ticker) {
		return Caffeine.newBuilder()
			.expireAfterWrite(keptFor)
			.maximumWeight(settings.memory().toBytes())
			.<Key, Rendered>weigher((key, page) -> page.body().length + 64)
			.ticker(ticker)
			.scheduler(Scheduler.systemScheduler())
			.build();
	}

	/**
	 * The view of a public page: for an anonymous visitor the kept page when there is one (unless it
	 * is stale and a slot is free to render it again), else the page the model builds, kept for the
	 * next visitor; for anyone else simply the page the model builds.
	 *
	 * @param page what kind of page it is (e.g. {@code "appeal"})
	 * @param subject what the page shows (e.g. the appeal's id): with the page, what {@link #evict}
	 * names
	 * @param model fills the request's model and answers the template's name; not called when the
	 * kept page is served
	 */
	public ModelAndView view(String page, Object subject, HttpServletRequest request, Supplier<String> model) {
		Cache<Key, Rendered> cache = pages;
		Locale locale = RequestContextUtils.getLocale(request);
		if (cache == null || !anonymousView(request) || !Languages.isSpoken(locale)) {
			return new ModelAndView(model.get());
		}
		Key key = new Key(page, subject, locale);
		Rendered kept = cache.getIfPresent(key);
		Slot slot = null;
		if (kept != null) {
			boolean fresh = ticker.read() - kept.keptAt() <= freshForNanos;
			slot = fresh ? null : takeSlot();
			if (slot == null) {
				return new ModelAndView(new KeptView(kept));
			}
		}
		try {
			return rendering(page, subject, key, cache, locale, model, slot);
		}
		catch (RuntimeException ex) {
			free(slot);
			throw ex;
		}
	}

	private ModelAndView rendering(String page, Object subject, Key key, Cache<Key, Rendered> cache, Locale locale,
			Supplier<String> model, @Nullable Slot slot) {
		long readAt = evictions.get();
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
		return new ModelAndView(new KeepingView(view, ticker, () -> free(slot), rendered -> {
			cache.put(key, rendered);
			Long evictedAt = evicted == null ? null : evicted.getIfPresent(new Subject(page, subject));
			if (evictedAt != null && evictedAt > readAt) {
				cache.invalidate(key);
			}
		}));
	}

	/**
	 * Drops the kept page of a subject in every language, now and once more when the current
	 * transaction completes; a page whose rendering began before the drop is not kept after it
	 * (each rendering notes the evictions counted when it began).
	 */
	public void evict(String page, Object subject) {
		Cache<Key, Rendered> cache = pages;
		Cache<Subject, Long> marks = evicted;
		if (cache == null || marks == null) {
			return;
		}
		Subject evictedSubject = new Subject(page, subject);
		AfterCompletion.nowAndAfter(() -> {
			marks.put(evictedSubject, evictions.incrementAndGet());
			Languages.SUPPORTED.forEach(language -> cache.invalidate(new Key(page, subject, Locale.forLanguageTag(language))));
		});
	}

	/** Takes a free slot (or one whose lease ran out) to render a stale page in; null if none is free. */
	private @Nullable Slot takeSlot() {
		long now = ticker.read();
		for (int index = 0; index < slots.length(); index++) {
			long takenUntil = slots.get(index);
			long until = now + SLOT_LEASE_NANOS;
			if ((takenUntil == 0 || takenUntil - now < 0) && slots.compareAndSet(index, takenUntil, until)) {
				return new Slot(index, until);
			}
		}
		return null;
	}

	/** Frees a slot, unless its lease ran out and another rendering took it since. */
	private void free(@Nullable Slot slot) {
		if (slot != null) {
			slots.compareAndSet(slot.index(), slot.until(), 0);
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

	/**
	 * Renders a page through its template and keeps what a successful rendering wrote; then frees
	 * the slot the rendering took, if any.
	 */
	private record KeepingView(View template, Ticker ticker, Runnable done, Consumer<Rendered> keep) implements View {

		@Override
		public @Nullable String getContentType() {
			return template.getContentType();
		}

		@Override
		public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			try {
				ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
				template.render(model, request, capture);
				String type = capture.getContentType();
				if (capture.getStatus() == HttpStatus.OK.value() && type != null) {
					keep.accept(new Rendered(capture.getContentAsByteArray(), type, ticker.read()));
				}
				capture.copyBodyToResponse();
			}
			finally {
				done.run();
			}
		}

	}

}
