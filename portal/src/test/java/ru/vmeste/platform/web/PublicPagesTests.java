package ru.vmeste.platform.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

import ru.vmeste.platform.PlatformSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicPagesTests {

	private final AtomicLong now = new AtomicLong();

	private final Ticker ticker = now::get;

	/** What the template writes: how many times it rendered, and the status it answers. */
	private final AtomicInteger renders = new AtomicInteger();

	private int status = 200;

	private final View template = new View() {

		@Override
		public String getContentType() {
			return "text/html;charset=UTF-8";
		}

		@Override
		public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			response.setStatus(status);
			response.setContentType(getContentType());
			response.getWriter().write("page " + renders.incrementAndGet() + " of " + model.get("subject"));
		}

	};

	private final PublicPages pages = pages(Duration.ofSeconds(10));

	private PublicPages pages(Duration freshFor) {
		return new PublicPages(new PlatformSettings.Pages(freshFor, DataSize.ofMegabytes(1), Duration.ofSeconds(10)),
				(name, locale) -> "appeal-template".equals(name) ? template : null, ticker, 1);
	}

	@Test
	void anAnonymousVisitorGetsThePageTheFirstOneRendered() throws Exception {
		assertThat(view(pages, anonymous(), "a")).isEqualTo("page 1 of a");
		assertThat(view(pages, anonymous(), "a")).isEqualTo("page 1 of a");
		assertThat(view(pages, anonymous(), "b")).isEqualTo("page 2 of b");
		assertThat(renders).hasValue(2);
	}

	@Test
	void eachLanguageHasItsOwnPage() throws Exception {
		MockHttpServletRequest russian = anonymous();
		russian.addPreferredLocale(Locale.forLanguageTag("ru"));
		view(pages, anonymous(), "a");
		assertThat(view(pages, russian, "a")).isEqualTo("page 2 of a");
		assertThat(view(pages, anonymous(), "a")).isEqualTo("page 1 of a");
	}

	@Test
	void signedInVisitorsAndFlashMessagesAlwaysGetAFreshPage() throws Exception {
		view(pages, anonymous(), "a");
		MockHttpServletRequest signedIn = anonymous();
		signedIn.setUserPrincipal(new TestingAuthenticationToken("resident", "secret"));
		assertThat(view(pages, signedIn, "a")).isEqualTo("page 2 of a");
		MockHttpServletRequest withFlash = anonymous();
		FlashMap flash = new FlashMap();
		flash.put("problem", "Refused");
		withFlash.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, flash);
		assertThat(view(pages, withFlash, "a")).isEqualTo("page 3 of a");
		assertThat(view(pages, anonymous(), "a")).isEqualTo("page 1 of a");
	}

	@Test
	void aPageIsKeptForFreshForOnly() throws Exception {
		view(pages, anonymous(), "a");
		now.addAndGet(TimeUnit.SECONDS.toNanos(9));
		assertThat(view(pages, anonymous(), "a")).isEqualTo("page 1 of a");
		now.addAndGet(TimeUnit.SECONDS.toNanos(2));
		assertThat(view(pages, anonymous(), "a")).isEqualTo("page 2 of a");
	}

	@Test
	void aStalePageIsServedWhileOneViewRendersItAgain() throws Exception {
		pagesAAndBGoneStale();
		Map<String, Object> model = new HashMap<>();
		MockHttpServletRequest first = anonymous();
		ModelAndView rendering = pages.view("appeal", "a", first, () -> {
			model.put("subject", "a");
			return "appeal-template";
		});
		assertThat(view(pages, anonymous(), "a")).as("the stale page, while the first view renders it again")
			.isEqualTo("page 1 of a");
		assertThat(view(pages, anonymous(), "b")).as("the only slot is taken: b waits for its turn")
			.isEqualTo("page 2 of b");

		rendering.getView().render(model, first, new MockHttpServletResponse());
		assertThat(view(pages, anonymous(), "a")).isEqualTo("page 3 of a");
		assertThat(view(pages, anonymous(), "b")).as("the slot is free again").isEqualTo("page 4 of b");
		assertThat(view(pages, anonymous(), "b")).isEqualTo("page 4 of b");
	}

	@Test
	void pastStaleForAPageIsRenderedWhateverTheSlots() throws Exception {
		pagesAAndBGoneStale();
		beginRenderingAWithoutFinishing();
		now.addAndGet(TimeUnit.SECONDS.toNanos(10));
		assertThat(view(pages, anonymous(), "b")).isEqualTo("page 3 of b");
	}

	@Test
	void aSlotWhoseViewIsNeverRenderedIsFreeAgainAfterItsLease() throws Exception {
		view(pages, anonymous(), "a");
		now.addAndGet(TimeUnit.SECONDS.toNanos(5));
		view(pages, anonymous(), "b");
		now.addAndGet(TimeUnit.SECONDS.toNanos(6));
		beginRenderingAWithoutFinishing();
		now.addAndGet(TimeUnit.SECONDS.toNanos(10) - 1);
		assertThat(view(pages, anonymous(), "b")).as("a slot is leased for 10 s").isEqualTo("page 2 of b");
		now.addAndGet(2);
		assertThat(view(pages, anonymous(), "b")).isEqualTo("page 3 of b");
	}

	@Test
	void aRenderingThatFailsFreesItsSlot() throws Exception {
		pagesAAndBGoneStale();
		assertThatThrownBy(() -> pages.view("appeal", "a", anonymous(), () -> {
			throw new IllegalStateException("the appeal is gone");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(view(pages, anonymous(), "b")).isEqualTo("page 3 of b");
	}

	@Test
	void anEvictedPageIsRenderedAgainAndEvictedOnceMoreAfterTheTransaction() throws Exception {
		view(pages, anonymous(), "a");
		TransactionSynchronizationManager.initSynchronization();
		try {
			pages.evict("appeal", "a");
			assertThat(view(pages, anonymous(), "a")).as("rendered from data read before the commit")
				.isEqualTo("page 2 of a");
			TransactionSynchronizationManager.getSynchronizations()
				.forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
		assertThat(view(pages, anonymous(), "a")).isEqualTo("page 3 of a");
	}

	@Test
	void aLanguageThePortalDoesNotSpeakIsRenderedButNotKept() throws Exception {
		MockHttpServletRequest forged = anonymous();
		forged.addPreferredLocale(Locale.forLanguageTag("zz-ZZ"));
		view(pages, forged, "a");
		assertThat(view(pages, forged, "a")).isEqualTo("page 2 of a");
	}

	@Test
	void aPageWhoseRenderingBeganBeforeAnEvictionIsNotKept() throws Exception {
		MockHttpServletRequest request = anonymous();
		Map<String, Object> model = new HashMap<>();
		ModelAndView begun = pages.view("appeal", "a", request, () -> {
			model.put("subject", "a");
			return "appeal-template";
		});
		pages.evict("appeal", "a");
		begun.getView().render(model, request, new MockHttpServletResponse());
		assertThat(view(pages, anonymous(), "a")).isEqualTo("page 2 of a");
	}

	@Test
	void aFailedPageIsNotKept() throws Exception {
		status = 404;
		view(pages, anonymous(), "a");
		status = 200;
		assertThat(view(pages, anonymous(), "a")).isEqualTo("page 2 of a");
	}

	@Test
	void freshForZeroRendersEveryView() throws Exception {
		PublicPages uncached = pages(Duration.ZERO);
		view(uncached, anonymous(), "a");
		assertThat(view(uncached, anonymous(), "a")).isEqualTo("page 2 of a");
	}

	/** Pages a and b, rendered and kept, then 11 s later: past fresh-for, within stale-for. */
	private void pagesAAndBGoneStale() throws Exception {
		view(pages, anonymous(), "a");
		view(pages, anonymous(), "b");
		now.addAndGet(TimeUnit.SECONDS.toNanos(11));
	}

	/** A view of the stale page a that takes the only slot and never renders. */
	private void beginRenderingAWithoutFinishing() {
		pages.view("appeal", "a", anonymous(), () -> "appeal-template");
	}

	private static MockHttpServletRequest anonymous() {
		return new MockHttpServletRequest("GET", "/appeals/a");
	}

	/**
	 * Serves a view the way the dispatcher does: the model filled by the supplier, then the view
	 * (a view name resolved to the template).
	 */
	private String view(PublicPages pages, MockHttpServletRequest request, String subject) throws Exception {
		Map<String, Object> model = new HashMap<>();
		ModelAndView view = pages.view("appeal", subject, request, () -> {
			model.put("subject", subject);
			return "appeal-template";
		});
		MockHttpServletResponse response = new MockHttpServletResponse();
		View rendering = view.getView() != null ? view.getView() : template;
		rendering.render(model, request, response);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
