/**
 * Demo: the demo region, accounts and content, seeded on first start through the other modules'
 * public APIs when {@code vmeste.demo-data} is true (never in production).
 */
@org.jspecify.annotations.NullMarked
package ru.vmeste.demo;
