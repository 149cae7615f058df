/**
 * Ideas (the Suggest service): crowdsourcing campaigns with phases, residents' ideas, road
 * stretches, new topics and participatory-budget projects, their supports, comments and expert
 * reviews, and the thread from a resident's appeal through an idea and a vote to finished works.
 */
@org.jspecify.annotations.NullMarked
package ru.vmeste.ideas;
