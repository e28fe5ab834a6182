import type { TeamMember } from '../../../shared/contract/team';
import type { Visibility } from '../../../shared/domain/vocabulary';

/** "Private to you", "Shared by Ben": the relationship charter, said of one contact wherever it is shown. */
export function sharingWords(visibility: Visibility, owner: Pick<TeamMember, 'name' | 'isMe'> | null): string {
  const who = owner ? (owner.isMe ? 'you' : owner.name) : 'no one on the team';
  return visibility === 'private' ? `Private to ${who}` : `Shared by ${who}`;
}

export function SharingMarker(props: { visibility: Visibility; owner: Pick<TeamMember, 'name' | 'isMe'> | null }) {
  return (
    <span className={`sharing-marker ${props.visibility}`} data-testid="sharing-marker">
      {sharingWords(props.visibility, props.owner)}
    </span>
  );
}
