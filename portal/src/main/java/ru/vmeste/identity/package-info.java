/**
 * Identity: residents, officials and staff; registration, sign-in, API tokens, roles and
 * verification levels. The only module that holds personal data.
 */
@org.jspecify.annotations.NullMarked
package ru.vmeste.identity;
