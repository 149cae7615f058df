/**
 * Organizations: the authorities, departments and municipal companies that answer residents,
 * and the officials who work in them.
 */
@org.jspecify.annotations.NullMarked
package ru.vmeste.organizations;
