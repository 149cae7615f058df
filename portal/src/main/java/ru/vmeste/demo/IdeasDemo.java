package ru.vmeste.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.Residents;
import ru.vmeste.identity.UserId;
import ru.vmeste.ideas.CampaignAdministration;
import ru.vmeste.ideas.CampaignDraft;
import ru.vmeste.ideas.CampaignId;
import ru.vmeste.ideas.CampaignPhase;
import ru.vmeste.ideas.CampaignSchedule;
import ru.vmeste.ideas.IdeaId;
import ru.vmeste.ideas.IdeaKind;
import ru.vmeste.ideas.IdeaStatus;
import ru.vmeste.ideas.Ideas;
import ru.vmeste.ideas.Participation;
import ru.vmeste.ideas.Proposal;
import ru.vmeste.ideas.ReviewDecision;
import ru.vmeste.ideas.WorkOrder;
import ru.vmeste.moderation.ModerationDecisions;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.Appeals;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.shared.geo.BoundingBox;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.voting.BudgetVotes;
import ru.vmeste.works.WorkId;
import ru.vmeste.works.WorkProgress;
import ru.vmeste.works.WorkStatus;

/**
 * Suggest's demo, through the modules' public APIs as residents, moderators, experts,
 * administrators and officials would act: a campaign taking proposals, one gathering support
 * with ideas of every kind, one in expert review, ideas outside campaigns, and last year's
 * finished participatory budget — its projects put to the published city-budget vote, the
 * selected ones planned as works, one in progress and one done, one of them grown from the demo
 * resident's appeal, so a full thread exists.
 */
@Component
@ConditionalOnBooleanProperty(DemoData.ENABLED)
class IdeasDemo implements Seeder {

	private static final Logger log = LoggerFactory.getLogger(IdeasDemo.class);

	private static final Duration EVENTS = Duration.ofSeconds(30);

	private static final String KIND = "IDEA";

	/** The centre of Perm, around the demo resident's home in Leninsky district. */
	private static final double LAT = 58.0106;

	private static final double LON = 56.2420;

	private final Ideas ideas;

	private final CampaignAdministration campaigns;

	private final Participation participation;

	private final ModerationDecisions moderation;

	private final BudgetVotes votes;

	private final WorkProgress works;

	private final Residents residents;

	private final Organizations organizations;

	private final Appeals appeals;

	private final Clock clock;

	private record People(UserId admin, UserId moderator, UserId resident, UserId expert, UserId official) {
	}

	IdeasDemo(Ideas ideas, CampaignAdministration campaigns, Participation participation, ModerationDecisions moderation,
			BudgetVotes votes, WorkProgress works, Residents residents, Organizations organizations, Appeals appeals,
			Clock clock) {
		this.ideas = ideas;
		this.campaigns = campaigns;
		this.participation = participation;
		this.moderation = moderation;
		this.votes = votes;
		this.works = works;
		this.residents = residents;
		this.organizations = organizations;
		this.appeals = appeals;
		this.clock = clock;
	}

	@Override
	public void seed() {
		if (ideas.campaigns(PageQuery.of(0, 1)).total() > 0) {
			return;
		}
		People people = new People(account("admin@demo.vmeste"), account("moderator@demo.vmeste"),
				account("resident@demo.vmeste"), account("expert@demo.vmeste"), account("official@demo.vmeste"));
		proposals(people);
		support(people);
		review(people);
		outsideCampaigns(people);
		finished(people);
		log.info("Demo campaigns and ideas created");
	}

	/** A campaign taking proposals: a few ideas already published. */
	private void proposals(People people) {
		CampaignId campaign = campaign("Уютный двор — 2027", "Cosy yard 2027",
				"Предложите, что сделать во дворах: площадки, скамейки, освещение, озеленение. Лучшие проекты войдут в голосование по инициативному бюджету.",
				15_000_000, 30, Set.of(), CampaignPhase.PROPOSALS);
		List<IdeaId> proposed = List.of(
				propose(people.resident(), campaign, IdeaKind.PROJECT, "Резиновое покрытие на площадке у дома 50 по ул. Ленина",
						"Под качелями асфальт: дети падают. Нужно мягкое покрытие на всю площадку.", 0.0010, -0.0020, 900_000L),
				propose(people.resident(), campaign, IdeaKind.PROJECT, "Скамейки и навес у подъездов на Сибирской",
						"Пожилым жителям негде присесть: поставить скамейки с навесом у трёх подъездов.", -0.0015, 0.0030, 450_000L),
				propose(people.resident(), campaign, IdeaKind.IDEA, "Общий сарай для велосипедов во дворе",
						"Велосипеды некуда убрать: запирающийся навес для двадцати велосипедов решит вопрос.", 0.0020, 0.0010, null));
		publishAll(proposed, people.moderator());
		participation.support(proposed.get(0), people.moderator());
		participation.support(proposed.get(0), people.admin());
		participation.support(proposed.get(1), people.admin());
	}

	/** A campaign gathering support: ten ideas of every kind, with supports. */
	private void support(People people) {
		CampaignId campaign = campaign("Город для всех — 2027", "A city for everyone 2027",
				"Идеи, которые сделают Пермь удобнее для пешеходов, велосипедистов, детей и людей с инвалидностью. Поддержите те, что нравятся: идеи с 50 голосами рассмотрят эксперты.",
				25_000_000, 50, Set.of(), CampaignPhase.PROPOSALS);
		List<IdeaId> proposed = new ArrayList<>();
		proposed.add(propose(people.resident(), campaign, IdeaKind.PROJECT, "Пандус у библиотеки имени Пушкина",
				"Вход в библиотеку — шесть ступеней, маломобильные жители не могут попасть внутрь.", 0.0005, 0.0015, 1_200_000L));
		proposed.add(propose(people.resident(), campaign, IdeaKind.PROJECT, "Велодорожка вдоль Комсомольского проспекта",
				"Выделенная велодорожка от эспланады до Сибирской: сейчас велосипедисты едут по тротуару.", -0.0030, -0.0050, 8_000_000L));
		proposed.add(propose(people.resident(), campaign, IdeaKind.PROJECT, "Светофор со звуковым сигналом у школы № 9",
				"Дети переходят дорогу без светофора; звуковой сигнал поможет и слабовидящим.", 0.0025, 0.0040, 700_000L));
		proposed.add(propose(people.resident(), campaign, IdeaKind.IDEA, "Питьевые фонтанчики в парках",
				"Летом в парках негде попить воды: поставить питьевые фонтанчики у входов.", -0.0010, -0.0010, null));
		proposed.add(propose(people.resident(), campaign, IdeaKind.IDEA, "Тактильные схемы на остановках",
				"Схемы маршрутов шрифтом Брайля на остановках центра города.", 0.0015, -0.0035, null));
		proposed.add(propose(people.resident(), campaign, IdeaKind.TOPIC, "Неработающий пандус",
				"Нужна отдельная тематика «Неработающий пандус или подъёмник», чтобы такие обращения попадали к ответственным.", null, null, null));
		proposed.add(propose(people.resident(), campaign, IdeaKind.TOPIC, "Опасный переход",
				"Тематика для сообщений о пешеходных переходах без освещения и разметки.", null, null, null));
		proposed.add(road(people.resident(), campaign, "Ремонт тротуара на улице Ленина от Попова до Сибирской",
				"Тротуар в ямах и трещинах, после дождя лужи во всю ширину.",
				"{\"type\":\"LineString\",\"coordinates\":[[56.2380,58.0095],[56.2410,58.0100],[56.2440,58.0104]]}"));
		proposed.add(road(people.resident(), campaign, "Ремонт дороги на улице Куйбышева у рынка",
				"Проезжая часть разбита, автобусы объезжают ямы по встречной полосе.",
				"{\"type\":\"LineString\",\"coordinates\":[[56.2330,58.0030],[56.2335,58.0060]]}"));
		proposed.add(propose(people.resident(), campaign, IdeaKind.PROJECT, "Детская площадка для детей с особыми потребностями",
				"Инклюзивная площадка в сквере: качели для колясок, сенсорные панели, мягкое покрытие.", -0.0025, 0.0025, 3_500_000L));
		publishAll(proposed, people.moderator());
		for (int i = 0; i < proposed.size(); i++) {
			if (i % 2 == 0) {
				participation.support(proposed.get(i), people.moderator());
			}
			if (i % 3 == 0) {
				participation.support(proposed.get(i), people.admin());
			}
		}
		reschedule(campaign, CampaignPhase.SUPPORT, people.admin());
	}

	/** A campaign in expert review: ideas over their threshold awaiting a decision, one decided. */
	private void review(People people) {
		CampaignId campaign = campaign("Зелёная Пермь", "Green Perm",
				"Озеленение улиц и дворов: деревья, клумбы, газоны. Идеи, набравшие поддержку, сейчас рассматривают эксперты.",
				10_000_000, 2, Set.of(), CampaignPhase.PROPOSALS);
		List<IdeaId> proposed = List.of(
				propose(people.resident(), campaign, IdeaKind.PROJECT, "Липовая аллея на улице Пушкина",
						"Высадить 40 лип вдоль тротуара: улица без деревьев, летом жарко.", 0.0030, -0.0015, 2_400_000L),
				propose(people.resident(), campaign, IdeaKind.PROJECT, "Клумбы на площади у Театра-Театра",
						"Многолетние цветники вместо вытоптанного газона.", -0.0020, -0.0030, 800_000L),
				propose(people.resident(), campaign, IdeaKind.IDEA, "Компостеры для листвы во дворах",
						"Осенью листву жгут или вывозят: компостеры превратят её в удобрение для клумб.", 0.0010, 0.0045, null),
				propose(people.resident(), campaign, IdeaKind.PROJECT, "Живая изгородь вдоль детского сада № 5",
						"Кустарник отгородит площадку от дороги и пыли.", -0.0035, 0.0005, 600_000L));
		publishAll(proposed, people.moderator());
		for (IdeaId idea : proposed) {
			participation.support(idea, people.moderator());
			participation.support(idea, people.admin());
		}
		reschedule(campaign, CampaignPhase.REVIEW, people.admin());
		participation.review(proposed.get(1), ReviewDecision.FEASIBLE, 750_000L,
				"Смета проверена: цветники на муниципальной земле, уход берёт на себя управление благоустройства.",
				people.expert());
	}

	/** Ideas outside campaigns: a road to repair and a topic, proposed and supported at any time. */
	private void outsideCampaigns(People people) {
		List<IdeaId> proposed = List.of(
				road(people.resident(), null, "Ремонт улицы Петропавловской у сквера",
						"Колея и ямы на всём участке, после ремонта теплотрассы асфальт не восстановили.",
						"{\"type\":\"LineString\",\"coordinates\":[[56.2395,58.0120],[56.2460,58.0128]]}"),
				propose(people.resident(), null, IdeaKind.TOPIC, "Брошенные самокаты",
						"Прокатные самокаты бросают на тротуарах: нужна тематика, чтобы сообщать о них оператору.", null, null, null));
		publishAll(proposed, people.moderator());
		participation.support(proposed.get(0), people.moderator());
		participation.support(proposed.get(0), people.admin());
	}

	/**
	 * Last year's participatory budget: its projects were the options of the published city-budget
	 * vote; the ones it selected are works, one in progress and one done.
	 */
	private void finished(People people) {
		BudgetVotes.Outcome outcome = votes.published(5)
			.stream()
			.flatMap(vote -> votes.outcome(vote.id()).stream())
			.filter(found -> found.selected().size() >= 2)
			.findFirst()
			.orElse(null);
		if (outcome == null) {
			log.warn("No published budget vote with two selected projects: the finished demo campaign is left out");
			return;
		}
		CampaignId campaign = campaign("Народный бюджет Перми — 2026", "Perm people's budget 2026",
				"Прошлогодняя кампания: жители предложили проекты, эксперты их оценили, горожане выбрали лучшие на голосовании, и город их выполняет.",
				outcome.options().stream().mapToLong(option -> option.cost() == null ? 0 : option.cost()).sum(), 1, Set.of(),
				CampaignPhase.PROPOSALS);
		AppealId appeal = residentsAppeal(people.resident());
		Map<IdeaId, UUID> options = new LinkedHashMap<>();
		Map<IdeaId, AppealId> fromAppeal = new LinkedHashMap<>();
		double offset = 0;
		for (BudgetVotes.Option option : outcome.options()) {
			if (option.cost() == null) {
				continue;
			}
			// the first project residents selected grew from the demo resident's appeal: the whole thread
			AppealId from = appeal != null && outcome.selected().contains(option.id())
					&& fromAppeal.isEmpty() ? appeal : null;
			IdeaId idea = participation.propose(new Proposal(campaign, IdeaKind.PROJECT, option.title().ru(),
					"Проект жителей: " + option.title().ru() + ". Поддержан соседями и оценён экспертами.",
					from == null ? LAT - 0.004 + offset : appealPoint(from).lat(),
					from == null ? LON - 0.006 + offset * 1.5 : appealPoint(from).lon(), null, option.cost(), from),
					people.resident());
			options.put(idea, option.id());
			if (from != null) {
				fromAppeal.put(idea, from);
			}
			offset += 0.0012;
		}
		publishAll(List.copyOf(options.keySet()), people.moderator());
		options.keySet().forEach(idea -> participation.support(idea, people.moderator()));
		reschedule(campaign, CampaignPhase.REVIEW, people.admin());
		for (Map.Entry<IdeaId, UUID> entry : options.entrySet()) {
			long cost = outcome.options().stream().filter(option -> option.id().equals(entry.getValue())).findFirst()
				.map(BudgetVotes.Option::cost).orElseThrow();
			participation.review(entry.getKey(), ReviewDecision.FEASIBLE, cost, "Смета проверена экспертом.", people.expert());
		}
		campaigns.attachVote(campaign, outcome.vote(), options, people.admin());
		OrganizationId customer = organizations.membershipsOf(people.official()).getFirst().organization();
		LocalDate today = LocalDate.now(clock);
		List<WorkId> planned = campaigns.planWorks(campaign, new WorkOrder(customer, today.minusDays(20), today.plusDays(60)),
				people.admin());
		works.changeStatus(planned.get(0), WorkStatus.IN_PROGRESS, null, people.official());
		works.changeStatus(planned.get(1), WorkStatus.IN_PROGRESS, null, people.official());
		works.changeStatus(planned.get(1), WorkStatus.COMPLETED, null, people.official());
		reschedule(campaign, CampaignPhase.FINISHED, people.admin());
	}

	/** One of the demo resident's published appeals, for the idea that grew from it (none: no such appeal). */
	private @Nullable AppealId residentsAppeal(UserId resident) {
		BoundingBox region = new BoundingBox(55.5, 57.5, 57.0, 58.5);
		Paged<Appeal> page = appeals.publishedWithin(region, PageQuery.of(0, PageQuery.MAX_SIZE));
		while (true) {
			for (Appeal appeal : page.items()) {
				if (appeal.author().equals(resident)) {
					return appeal.id();
				}
			}
			if (!page.hasNext()) {
				return null;
			}
			page = appeals.publishedWithin(region, PageQuery.of(page.page() + 1, PageQuery.MAX_SIZE));
		}
	}

	private GeoPoint appealPoint(AppealId id) {
		return appeals.find(id).orElseThrow().point();
	}

	private IdeaId propose(UserId author, @Nullable CampaignId campaign, IdeaKind kind, String title, String text,
			@Nullable Double dLat, @Nullable Double dLon, @Nullable Long cost) {
		return participation.propose(new Proposal(campaign, kind, title, text, dLat == null ? null : LAT + dLat,
				dLon == null ? null : LON + dLon, null, cost, null), author);
	}

	private IdeaId road(UserId author, @Nullable CampaignId campaign, String title, String text, String line) {
		return participation.propose(new Proposal(campaign, IdeaKind.ROAD, title, text, null, null, line, null, null),
				author);
	}

	/** The moderator publishes each idea once it is in the queue; answers once every one is public. */
	private void publishAll(List<IdeaId> proposed, UserId moderator) {
		for (IdeaId idea : proposed) {
			Waiting.until(() -> moderation.isPending(KIND, idea.toString()), EVENTS, "idea " + idea + " in the moderation queue");
			moderation.publish(KIND, idea.toString(), moderator);
		}
		for (IdeaId idea : proposed) {
			Waiting.until(() -> ideas.find(idea).map(found -> found.status() == IdeaStatus.PUBLISHED).orElse(false),
					EVENTS, "idea " + idea + " published");
		}
	}

	/** A region-wide campaign whose schedule puts it in the phase now; later phases a month apart. */
	private CampaignId campaign(String ru, String en, String description, long budget, int threshold,
			Set<DistrictId> districts, CampaignPhase phase) {
		return campaigns.create(new CampaignDraft(new LocalizedText(ru, en), new LocalizedText(description, description),
				budget, threshold, districts, scheduleAt(phase)), account("admin@demo.vmeste"));
	}

	/** Moves the campaign on: its schedule now says the phase, and the administrator moves it there. */
	private void reschedule(CampaignId id, CampaignPhase phase, UserId admin) {
		var campaign = ideas.campaigns(PageQuery.of(0, 50))
			.items()
			.stream()
			.filter(found -> found.id().equals(id))
			.findFirst()
			.orElseThrow();
		campaigns.update(id, new CampaignDraft(campaign.title(), campaign.description(), campaign.budget(),
				campaign.threshold().value(), campaign.districts(), scheduleAt(phase)));
		campaigns.moveTo(id, phase, admin);
	}

	/** Earlier phases a month apart before now, the phase begun yesterday, later ones a month apart after. */
	private CampaignSchedule scheduleAt(CampaignPhase current) {
		Instant now = clock.instant();
		Map<CampaignPhase, Instant> starts = new EnumMap<>(CampaignPhase.class);
		for (CampaignPhase phase : CampaignPhase.values()) {
			int offset = phase.ordinal() - current.ordinal();
			starts.put(phase, offset <= 0 ? now.minus(Duration.ofDays(1 - 30L * offset))
					: now.plus(Duration.ofDays(30L * offset)));
		}
		return new CampaignSchedule(starts);
	}

	private UserId account(String email) {
		return residents.findByEmail(email)
			.orElseThrow(() -> new IllegalStateException("Demo account " + email + " is missing"));
	}

}
