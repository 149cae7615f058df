/**
 * How modules plug into the web shell: access rules, navigation entries, home-page figures
 * and the service a controller belongs to.
 */
@org.jspecify.annotations.NullMarked
package ru.vmeste.shared.web;
