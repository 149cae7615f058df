/**
 * EDMS: delivers appeals of organizations that work in the administration's document
 * management system (СЭД) there, and brings their registration, progress and answers back.
 */
@org.jspecify.annotations.NullMarked
package ru.vmeste.edms;
