package ru.vmeste.platform;

import java.util.function.Predicate;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * State gathered in the current transaction and acted on at its end (events written just before
 * the commit, sums added once), held by a synchronization of the transaction's own: a transaction
 * started inside it ({@code REQUIRES_NEW}) has synchronizations of its own, so what it gathers
 * ends with it.
 */
public final class TransactionScoped {

	private TransactionScoped() {
	}

	/**
	 * The current transaction's synchronization of the type that {@code mine} recognizes, registered
	 * from {@code created} the first time; synchronization must be active.
	 */
	public static <S extends TransactionSynchronization> S of(Class<S> type, Predicate<S> mine, Supplier<S> created) {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (type.isInstance(synchronization) && mine.test(type.cast(synchronization))) {
				return type.cast(synchronization);
			}
		}
		S registered = created.get();
		TransactionSynchronizationManager.registerSynchronization(registered);
		return registered;
	}

}
