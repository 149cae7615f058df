package ru.vmeste.ideas.internal;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.ideas.Campaign;
import ru.vmeste.ideas.Idea;
import ru.vmeste.ideas.IdeaId;
import ru.vmeste.ideas.Ideas;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * What other modules and the module's pages may ask about ideas.
 */
@Service
@Transactional(readOnly = true)
public class IdeasService implements Ideas {

	private final IdeaStore ideas;

	private final Following following;

	private final SupportStore supports;

	private final CampaignStore campaigns;

	IdeasService(IdeaStore ideas, Following following, SupportStore supports, CampaignStore campaigns) {
		this.ideas = ideas;
		this.following = following;
		this.supports = supports;
		this.campaigns = campaigns;
	}

	@Override
	public Optional<Idea> find(IdeaId id) {
		return ideas.find(id);
	}

	@Override
	public Paged<UserId> followers(IdeaId idea, PageQuery page) {
		return following.followers(idea, page);
	}

	@Override
	public Paged<UserId> supporters(IdeaId idea, PageQuery page) {
		return supports.supporters(idea, page);
	}

	@Override
	public boolean isSupporter(IdeaId idea, UserId user) {
		return supports.exists(idea, user);
	}

	@Override
	public Paged<Campaign> campaigns(PageQuery page) {
		return campaigns.page(null, page);
	}

}
