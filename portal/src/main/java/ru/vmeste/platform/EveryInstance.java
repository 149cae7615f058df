package ru.vmeste.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code @Scheduled} method that must run on every instance because it works on that
 * instance's own memory (refreshing a cache, writing out what this instance counted), so it
 * takes no cluster-wide lock. Every other scheduled job holds a named lock for its period.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface EveryInstance {

}
