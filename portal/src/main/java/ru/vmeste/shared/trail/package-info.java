/**
 * The thread from a resident's appeal through an idea and a vote to works: each of those
 * pages shows it, and the module that keeps the links (ideas) answers for all of them.
 */
@org.jspecify.annotations.NullMarked
package ru.vmeste.shared.trail;
