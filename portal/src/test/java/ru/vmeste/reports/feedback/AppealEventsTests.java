package ru.vmeste.reports.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import ru.vmeste.identity.EmailConfirmed;
import ru.vmeste.identity.Role;
import ru.vmeste.identity.UserId;
import ru.vmeste.identity.internal.Accounts;
import ru.vmeste.identity.internal.Users;
import ru.vmeste.moderation.ContentModerated;
import ru.vmeste.organizations.MemberRole;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.organizations.internal.OrganizationAdministration;
import ru.vmeste.reports.AppealAnswered;
import ru.vmeste.reports.AppealAssigned;
import ru.vmeste.reports.AppealClosed;
import ru.vmeste.reports.AppealEvent;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealMerged;
import ru.vmeste.reports.AppealOutcome;
import ru.vmeste.reports.AppealPublished;
import ru.vmeste.reports.AppealRated;
import ru.vmeste.reports.AppealRejected;
import ru.vmeste.reports.AppealReleased;
import ru.vmeste.reports.AppealReopened;
import ru.vmeste.reports.AppealRouted;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.AppealSubmitted;
import ru.vmeste.reports.AppealTaken;
import ru.vmeste.reports.Appeals;
import ru.vmeste.reports.InformationProvided;
import ru.vmeste.reports.InformationRequested;
import ru.vmeste.reports.Reporting;
import ru.vmeste.reports.ReportsSettings;
import ru.vmeste.reports.ResponsibilityRules;
import ru.vmeste.reports.Topic;
import ru.vmeste.reports.TopicAdministration;
import ru.vmeste.reports.TopicId;
import ru.vmeste.reports.Topics;
import ru.vmeste.reports.internal.Submissions;
import ru.vmeste.reports.workspace.Answers;
import ru.vmeste.reports.workspace.Casework;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports module on its own: bootstrapped from {@code reports.feedback}, the nested module
 * that stands on all the others, with every module they need: each change of an appeal's life
 * cycle publishes exactly one {@link AppealEvent} of its kind with the facts consumers build on —
 * notifications, the EDMS and the statistics of this wave. Every event type is pinned here,
 * {@link AppealRouted} and {@link AppealRated} included.
 */
// a nested module's sibling is bootstrapped only when named, and then without its own dependencies
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "reports.routing",
		"reports.workflow", "reports.workspace", "reports.feedback", "organizations", "objects" })
class AppealEventsTests {

	static final Duration WAIT = Duration.ofSeconds(15);

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	Submissions submissions;

	@Autowired
	Casework casework;

	@Autowired
	Answers answers;

	@Autowired
	Feedback feedback;

	@Autowired
	UnconfirmedClosing unconfirmed;

	@Autowired
	Appeals appeals;

	@Autowired
	Topics topics;

	@Autowired
	Accounts accounts;

	@Autowired
	Users users;

	@Autowired
	OrganizationAdministration administration;

	@Autowired
	Organizations organizations;

	@Autowired
	ReportsSettings settings;

	@Autowired
	Clock clock;

	/** Every appeal event published in the test context, from whatever thread. */
	static final Queue<AppealEvent> published = new ConcurrentLinkedQueue<>();

	/** The contexts listened to (one listener each, however many tests run in it). */
	static final Set<ConfigurableApplicationContext> listened = ConcurrentHashMap.newKeySet();

	@Autowired
	TopicAdministration catalog;

	@Autowired
	ResponsibilityRules rules;

	UserId resident;

	/** The test's own topic, routed to the road company in the whole region (no demo data needed). */
	TopicId topic;

	@BeforeEach
	void fixture() {
		topic = topics.byCode("events-test-pothole").map(Topic::id).orElseGet(() -> {
			TopicId group = catalog.create("events-test", null, new LocalizedText("Проверка событий", "Event checks"));
			TopicId created = catalog.create("events-test-pothole", group,
					new LocalizedText("Яма (проверка событий)", "Pothole (event checks)"));
			rules.areaRule(created, null, organizations.byCode("perm-roads").orElseThrow().id());
			return created;
		});
	}

	@BeforeEach
	void listen() {
		if (listened.add(context)) {
			context.addApplicationListener((ApplicationListener<PayloadApplicationEvent<?>>) event -> {
				if (event.getPayload() instanceof AppealEvent appeal) {
					published.add(appeal);
				}
			});
		}
		if (resident == null) {
			// a resident of its own: the demo resident's appeals are the demo's
			String email = DemoAccounts.uniqueEmail();
			resident = accounts.register(email, "a-long-password", "Event Test", Locale.forLanguageTag("ru"),
					"https://vmeste.example");
			users.confirmEmail(resident, Instant.now());
		}
	}

	@AfterEach
	void backToNow() {
		((TestClock) clock).reset();
	}

	@Test
	void aProblemGoesFromReportToConfirmedSolutionWithOneEventPerChange(Scenario scenario) {
		AppealId id = submit(resident, "Глубокая яма у остановки, колёса не проходят");
		AppealSubmitted submitted = only(id, AppealSubmitted.class);
		assertThat(submitted.status()).isEqualTo(AppealStatus.MODERATION);
		assertThat(submitted.author()).isEqualTo(resident);
		assertThat(submitted.topic()).isEqualTo(topic);
		assertThat(submitted.district()).isNotNull();

		scenario.publish(decision(id, true, null))
			.andWaitAtMost(WAIT)
			.andWaitForStateChange(() -> find(id, AppealRouted.class))
			.andVerify(routed -> assertThat(routed).hasValueSatisfying(event -> {
				assertThat(event.status()).isEqualTo(AppealStatus.ROUTED);
				assertThat(event.from()).isNull();
				assertThat(event.isRerouted()).isFalse();
				assertThat(event.rule()).isEqualTo("TOPIC_REGION");
				assertThat(event.needsManualRouting()).isFalse();
				assertThat(event.deadline()).isAfter(Instant.now().atZone(clock.getZone()).toLocalDate());
			}));
		AppealPublished publication = only(id, AppealPublished.class);
		assertThat(publication.status()).isEqualTo(AppealStatus.PUBLISHED);
		assertThat(publication.point()).isEqualTo(Reporting.CENTRE);
		OrganizationId organization = only(id, AppealRouted.class).organization();
		assertThat(appeals.find(id).orElseThrow().organization()).isEqualTo(organization);

		UserId head = official(organization);
		casework.assign(id, head, head);
		AppealAssigned assigned = only(id, AppealAssigned.class);
		assertThat(assigned.executor()).isEqualTo(head);
		assertThat(assigned.organization()).isEqualTo(organization);
		assertThat(only(id, AppealTaken.class)).satisfies(taken -> {
			assertThat(taken.status()).isEqualTo(AppealStatus.IN_PROGRESS);
			assertThat(taken.by()).isEqualTo(head);
		});

		casework.requestInformation(id, "Укажите номер ближайшего дома", head);
		assertThat(only(id, InformationRequested.class).question()).isEqualTo("Укажите номер ближайшего дома");
		feedback.reply(id, resident, "Дом 12");
		assertThat(only(id, InformationProvided.class).organization()).isEqualTo(organization);

		UUID first = answers.answer(id, "Яма будет заделана до пятницы", List.of(), head);
		assertThat(only(id, AppealAnswered.class)).satisfies(answered -> {
			assertThat(answered.answer()).isEqualTo(first);
			assertThat(answered.text()).isEqualTo("Яма будет заделана до пятницы");
			assertThat(answered.status()).isEqualTo(AppealStatus.ANSWERED);
		});

		feedback.rate(id, resident, 2, false, "Яма на месте", null);
		assertThat(only(id, AppealRated.class)).satisfies(rated -> {
			assertThat(rated.score()).isEqualTo(2);
			assertThat(rated.solved()).isFalse();
			assertThat(rated.status()).isEqualTo(AppealStatus.ANSWERED);
			assertThat(rated.organization()).isEqualTo(organization);
		});
		assertThat(only(id, AppealReopened.class).deadline()).isNotNull();

		answers.answer(id, "Заделали", List.of(), head);
		feedback.rate(id, resident, 5, true, null, null);
		AppealClosed closed = only(id, AppealClosed.class);
		assertThat(closed.outcome()).isEqualTo(AppealOutcome.SOLVED);
		assertThat(appeals.find(id).orElseThrow().outcome()).isEqualTo(AppealOutcome.SOLVED);

		assertThat(kinds(id)).containsExactly("AppealSubmitted", "AppealPublished", "AppealRouted", "AppealAssigned",
				"AppealTaken", "InformationRequested", "InformationProvided", "AppealAnswered", "AppealRated",
				"AppealReopened", "AppealAnswered", "AppealRated", "AppealClosed");
		assertThat(events(id)).extracting(AppealEvent::status)
			.containsExactly(AppealStatus.MODERATION, AppealStatus.PUBLISHED, AppealStatus.ROUTED, AppealStatus.ROUTED,
					AppealStatus.IN_PROGRESS, AppealStatus.IN_PROGRESS, AppealStatus.IN_PROGRESS, AppealStatus.ANSWERED,
					AppealStatus.ANSWERED, AppealStatus.REOPENED, AppealStatus.ANSWERED, AppealStatus.ANSWERED,
					AppealStatus.CLOSED);
	}

	@Test
	void anOfficialSendingItOnRoutesItAgainFromTheirOrganization(Scenario scenario) {
		AppealId id = published(scenario, "Яма на перекрёстке возле школы");
		OrganizationId from = only(id, AppealRouted.class).organization();
		OrganizationId to = organizations.all().stream()
			.map(organization -> organization.id())
			.filter(other -> !other.equals(from))
			.findFirst()
			.orElseThrow();
		UserId head = official(from);
		casework.reroute(id, to, "Дорога на балансе другой организации", head);
		assertThat(events(id).stream().filter(AppealRouted.class::isInstance).map(AppealRouted.class::cast))
			.last()
			.satisfies(rerouted -> {
				assertThat(rerouted.from()).isEqualTo(from);
				assertThat(rerouted.organization()).isEqualTo(to);
				assertThat(rerouted.rule()).isEqualTo("REROUTED");
				assertThat(rerouted.isRerouted()).isTrue();
			});
	}

	@Test
	void anAnswerNobodyRatesClosesAsNotConfirmedAfterTheConfirmationPeriod(Scenario scenario) {
		AppealId id = published(scenario, "Не убран мусор во дворе третий день");
		UserId head = official(only(id, AppealRouted.class).organization());
		answers.answer(id, "Мусор вывезен", List.of(), head);

		((TestClock) clock).advance(settings.confirmationPeriod().minusHours(1));
		unconfirmed.run();
		assertThat(find(id, AppealClosed.class)).isEmpty();

		((TestClock) clock).advance(Duration.ofHours(2));
		unconfirmed.run();
		assertThat(only(id, AppealClosed.class)).satisfies(closed -> {
			assertThat(closed.outcome()).isEqualTo(AppealOutcome.NOT_CONFIRMED);
			assertThat(closed.status()).isEqualTo(AppealStatus.CLOSED);
		});
		assertThat(appeals.find(id).orElseThrow()).satisfies(appeal -> {
			assertThat(appeal.status()).isEqualTo(AppealStatus.CLOSED);
			assertThat(appeal.outcome()).isEqualTo(AppealOutcome.NOT_CONFIRMED);
		});
		unconfirmed.run();
		assertThat(kinds(id)).containsOnlyOnce("AppealClosed");
	}

	@Test
	void aModeratorsRefusalAndMergeAreEventsOfTheirOwn(Scenario scenario) {
		AppealId original = published(scenario, "Сломана скамейка в сквере у фонтана");
		AppealId rejected = submit(resident, "Проверка связи");
		scenario.publish(decision(rejected, false, null))
			.andWaitAtMost(WAIT)
			.andWaitForStateChange(() -> find(rejected, AppealRejected.class))
			.andVerify(event -> assertThat(event).hasValueSatisfying(refusal -> {
				assertThat(refusal.reason()).isEqualTo("Не городская проблема");
				assertThat(refusal.status()).isEqualTo(AppealStatus.REJECTED);
			}));

		AppealId duplicate = submit(resident, "Скамейка в сквере сломана");
		scenario.publish(decision(duplicate, false, original))
			.andWaitAtMost(WAIT)
			.andWaitForStateChange(() -> find(duplicate, AppealMerged.class))
			.andVerify(event -> assertThat(event).hasValueSatisfying(merged -> {
				assertThat(merged.into()).isEqualTo(original);
				assertThat(merged.status()).isEqualTo(AppealStatus.MERGED);
			}));
	}

	@Test
	void anAppealOfAnUnconfirmedAccountIsHeldUntilTheAddressIsConfirmed(Scenario scenario) {
		String email = DemoAccounts.uniqueEmail();
		UserId newcomer = accounts.register(email, "a-long-password", "Held Test", Locale.forLanguageTag("ru"),
				"https://vmeste.example");
		AppealId id = submit(newcomer, "Не работает светофор на перекрёстке");
		assertThat(only(id, AppealSubmitted.class).status()).isEqualTo(AppealStatus.HELD);
		assertThat(appeals.find(id).orElseThrow()).satisfies(appeal -> {
			assertThat(appeal.status()).isEqualTo(AppealStatus.HELD);
			assertThat(appeal.isVisibleTo(newcomer, false)).isTrue();
			assertThat(appeal.isVisibleTo(resident, true)).as("moderators do not see it yet").isFalse();
			assertThat(appeal.isVisibleTo(null, false)).isFalse();
		});

		users.confirmEmail(newcomer, Instant.now());
		scenario.publish(new EmailConfirmed(newcomer, Instant.now()))
			.andWaitAtMost(WAIT)
			.andWaitForStateChange(() -> find(id, AppealReleased.class))
			.andVerify(released -> assertThat(released).hasValueSatisfying(
					event -> assertThat(event.status()).isEqualTo(AppealStatus.MODERATION)));
		assertThat(appeals.find(id).orElseThrow().status()).isEqualTo(AppealStatus.MODERATION);
	}

	private AppealId submit(UserId author, String text) {
		return submissions.submit(author, new Submissions.Submission(topic, Reporting.CENTRE, null, text, Map.of()),
				List.of()).id();
	}

	/** Reported by the demo resident and published; waits until routing has sent it on. */
	private AppealId published(Scenario scenario, String text) {
		AppealId id = submit(resident, text);
		scenario.publish(decision(id, true, null))
			.andWaitAtMost(WAIT)
			.andWaitForStateChange(() -> find(id, AppealRouted.class))
			.andVerify(routed -> assertThat(routed).isPresent());
		return id;
	}

	private static ContentModerated decision(AppealId id, boolean publish, AppealId mergeInto) {
		return new ContentModerated(Submissions.MODERATION_KIND, id.toString(), publish,
				publish ? null : mergeInto == null ? "Не городская проблема" : "Та же проблема", null,
				mergeInto == null ? null : mergeInto.toString(), UserId.random(), Instant.now());
	}

	/** A new head of the organization. */
	private UserId official(OrganizationId organization) {
		String email = DemoAccounts.uniqueEmail();
		UserId id = accounts.register(email, "a-long-password", "Official Test", Locale.forLanguageTag("ru"),
				"https://vmeste.example");
		users.setRoles(id, EnumSet.of(Role.OFFICIAL));
		administration.addMember(organization, email, MemberRole.HEAD);
		return id;
	}

	private List<AppealEvent> events(AppealId id) {
		return published.stream().filter(event -> event.appeal().equals(id)).toList();
	}

	private List<String> kinds(AppealId id) {
		return events(id).stream().map(event -> event.getClass().getSimpleName()).toList();
	}

	private <E extends AppealEvent> Optional<E> find(AppealId id, Class<E> type) {
		return events(id).stream().filter(type::isInstance).map(type::cast).findFirst();
	}

	/** The one event of the kind the appeal has had so far (the newest, when steps repeat after a reopening). */
	private <E extends AppealEvent> E only(AppealId id, Class<E> type) {
		List<E> found = events(id).stream().filter(type::isInstance).map(type::cast).toList();
		assertThat(found).as(type.getSimpleName() + " of " + id).isNotEmpty();
		return found.getLast();
	}

}
