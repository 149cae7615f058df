package ru.vmeste.voting.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.AccessRules;
import ru.vmeste.shared.web.NavigationGroup;
import ru.vmeste.shared.web.NavigationItem;
import ru.vmeste.shared.web.PublicFigure;
import ru.vmeste.shared.web.PublicFigures;
import ru.vmeste.voting.internal.VoteCatalog;

/**
 * Who may cast ballots and manage votes, the Vote entry in the header and in the staff
 * menus, and the home page's voting figures. Everything else (votes, ledgers, proofs,
 * results, bundles, the ballot check) is public.
 */
@Configuration(proxyBeanMethods = false)
class VotingWebConfiguration {

	@Bean
	AccessRules votingAccessRules() {
		return rules -> {
			rules.requestMatchers(HttpMethod.POST, "/api/v1/votes/*/ballots", "/votes/*/ballot").hasRole("RESIDENT");
			rules.requestMatchers("/manage/votes/**").hasAnyRole("VOTE_MANAGER", "ADMIN");
		};
	}

	@Bean
	NavigationItem votesNavigation() {
		return NavigationItem.service(PortalService.VOTE, "/votes", "voting.nav.votes", "check2-square", 300);
	}

	@Bean
	NavigationItem manageVotesForVoteManagers() {
		return NavigationItem.workspace("VOTE_MANAGER", NavigationGroup.VOTES, "/manage/votes", "voting.nav.manage", "ui-checks", 700);
	}

	@Bean
	NavigationItem manageVotesForAdministrators() {
		return NavigationItem.workspace("ADMIN", NavigationGroup.VOTES, "/manage/votes", "voting.nav.manage", "ui-checks", 700);
	}

	@Bean
	PublicFigures votingFigures(VoteCatalog catalog) {
		return () -> {
			return List.of(PublicFigure.count("voting.figure.open", catalog.countOpen(), 30),
					PublicFigure.count("voting.figure.ballots", catalog.countBallots(), 31));
		};
	}

}
