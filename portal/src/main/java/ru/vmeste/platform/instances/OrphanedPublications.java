package ru.vmeste.platform.instances;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.ClassUtils;

import ru.vmeste.platform.PlatformSettings;

/**
 * Takes up the event publications a dead instance left unfinished, as soon as the instance is
 * known to be dead, instead of after the registry's staleness window (minutes): at start-up,
 * so a restarted portal hands what it had acknowledged before a crash to the listeners within
 * seconds, and every third of a lease afterwards, so the survivors of a crash take over too.
 * <p>
 * An instance is dead when its heartbeat is older than the lease. A publication of a live
 * instance, this one or another, is never touched: it is being processed right now. The claim
 * is one conditional update, so two instances never take up the same publication. An instance
 * takes up only publications of listeners it has (in a rolling deployment another version may
 * have listeners this one lacks; it would resubmit them to nobody).
 */
@Component
class OrphanedPublications implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(OrphanedPublications.class);

	private final JdbcClient jdbc;

	private final FailedEventPublications failed;

	private final PortalInstance instance;

	private final InstanceRegistry registry;

	private final Duration lease;

	private ScheduledExecutorService checks;

	private volatile String[] listeners = new String[0];

	OrphanedPublications(JdbcClient jdbc, FailedEventPublications failed, PortalInstance instance,
			InstanceRegistry registry, PlatformSettings settings) {
		this.registry = registry;
		this.jdbc = jdbc;
		this.failed = failed;
		this.instance = instance;
		this.lease = settings.events().instanceLease();
	}

	@Override
	public synchronized void onApplicationEvent(ApplicationReadyEvent event) {
		if (checks != null) {
			return;
		}
		listeners = listenerIds(event.getApplicationContext());
		long period = Math.max(lease.toMillis() / 3, 100);
		checks = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("orphaned-publications").daemon()
			.factory());
		checks.scheduleWithFixedDelay(this::takeUpSafely, 0, period, TimeUnit.MILLISECONDS);
	}

	/** Claims the publications of dead instances and hands them to their listeners again. */
	int takeUp() {
		if (!registry.judgesLiveness()) {
			return 0;
		}
		List<UUID> claimed = jdbc.sql("""
				update event_publication set status = 'FAILED'
				where completion_date is null
				  and status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')
				  and (owner is null and publication_date < now() - make_interval(secs => :lease)
				       or owner <> :me and not exists (select 1 from platform_instances i
				                                        where i.id = owner
				                                          and i.heartbeat_at > now() - make_interval(secs => :lease)))
				  and listener_id = any(:listeners)
				returning id""")
			.param("lease", lease.toMillis() / 1000.0)
			.param("listeners", listeners)
			.param("me", instance.id())
			.query(UUID.class)
			.list();
		if (claimed.isEmpty()) {
			return 0;
		}
		Set<UUID> ids = new HashSet<>(claimed);
		log.warn("Taking up {} event publications left unfinished by instances that stopped", ids.size());
		failed.resubmit(ResubmissionOptions.defaults()
			.withFilter(publication -> ids.contains(publication.getIdentifier()))
			.withBatchSize(Integer.MAX_VALUE / 2));
		return ids.size();
	}

	/** The ids the registry gives this context's transactional event listeners: {@code Type.method(EventType)}. */
	private static String[] listenerIds(ApplicationContext context) {
		Set<String> ids = new TreeSet<>();
		for (String name : context.getBeanDefinitionNames()) {
			Class<?> type;
			try {
				type = context.getType(name, false);
			}
			catch (RuntimeException unknown) {
				continue;
			}
			if (type == null) {
				continue;
			}
			MethodIntrospector.selectMethods(ClassUtils.getUserClass(type),
					(MethodIntrospector.MetadataLookup<Boolean>) method -> AnnotatedElementUtils.hasAnnotation(method,
							TransactionalEventListener.class) ? Boolean.TRUE : null)
				.keySet()
				.forEach(method -> ids.add(listenerId(method)));
		}
		return ids.toArray(String[]::new);
	}

	private static String listenerId(Method method) {
		StringJoiner parameters = new StringJoiner(",", "(", ")");
		for (Class<?> parameter : method.getParameterTypes()) {
			parameters.add(parameter.getName());
		}
		return ClassUtils.getQualifiedMethodName(method) + parameters;
	}

	private void takeUpSafely() {
		try {
			takeUp();
		}
		catch (RuntimeException ex) {
			log.warn("Could not take up unfinished event publications: {}", ex.getMessage());
		}
	}

	@Override
	public synchronized void destroy() {
		if (checks != null) {
			checks.shutdownNow();
		}
	}

}
