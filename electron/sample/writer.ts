/**
 * Bulk insert with raw prepared statements (table-buffer.ts), not through the services: they validate,
 * stamp and emit events per row — right for a person typing, far too slow for a hundred thousand cases.
 * Rows are buffered per table and written by `flush()`, parents before children; callers wrap flushes in
 * transactions. deleted_at is always null; a child row's updated_at is its created_at.
 * Changes with: electron/db/schema/*.ts (the columns), electron/sample/rows.ts (the row shapes).
 */
import type Database from 'better-sqlite3';
import type { PlannedAction } from './actions';
import { dayString } from './dates';
import type { Person } from './people';
import type { CaseRows } from './rows';
import { TableBuffer } from './table-buffer';

const bit = (b: boolean) => (b ? 1 : 0);

export function createWriter(sqlite: Database.Database) {
  const table = (name: string, columns: string[]) =>
    new TableBuffer(sqlite, name, ['id', 'created_at', 'updated_at', ...columns]);
  // In flush order: every table after the tables it refers to.
  const t = {
    member: table('team_members', ['name', 'is_me']),
    competitor: table('competitors', ['name', 'notes']),
    account: table('accounts', ['name', 'industry', 'size_band', 'region']),
    person: table('people', [
      'name',
      'title',
      'account_id',
      'buying_role',
      'network_role',
      'attitude',
      'influence',
      'reports_to_id',
      'preferred_channel',
      'owner_id',
      'visibility',
      'side',
      'connector_kind',
      'motivation',
      'motivation_tags',
      'weighed_criteria',
    ]),
    relationship: table('relationships', ['member_id', 'person_id', 'strength']),
    link: table('person_links', ['from_id', 'to_id', 'kind', 'strength']),
    case: table('cases', [
      'title',
      'account_id',
      'offering',
      'value_minor',
      'currency',
      'source',
      'owner_id',
      'opened_on',
      'expected_close_on',
      'closed_on',
      'stage_id',
      'probability',
      'outcome',
      'winner_competitor_id',
      'debrief',
      'debrief_step',
      'notes',
    ]),
    buyerStep: table('case_buyer_steps', ['case_id', 'buyer_step_id', 'reached_on']),
    competitorMet: table('case_competitors', ['case_id', 'competitor_id', 'incumbent', 'price_minor']),
    criterion: table('case_criteria', ['case_id', 'criterion_id', 'importance', 'our_rating', 'rival_rating']),
    reason: table('case_reasons', ['case_id', 'reason_id', 'is_primary', 'evidence', 'confidence']),
    casePerson: table('case_people', ['case_id', 'person_id', 'reached']),
    interaction: table('interactions', ['case_id', 'person_id', 'on_date', 'channel', 'notes']),
    lesson: table('lessons', ['case_id', 'text', 'kind', 'tag_kind', 'tag_id']),
    action: table('actions', ['title', 'kind', 'owner_id', 'due_on', 'status', 'done_on', 'scope', 'scope_value']),
    actionLesson: table('action_lessons', ['action_id', 'lesson_id']),
  };
  const setting = sqlite.prepare('insert into settings (key, value, updated_at) values (?, ?, ?)');

  return {
    /** A setting's value is stored as JSON text, as the settings service reads it (written at once). */
    setting(key: string, value: unknown, stamp: string): void {
      setting.run(key, JSON.stringify(value), stamp);
    },
    member(m: { id: string; name: string; isMe: boolean }, stamp: string): void {
      t.member.add(m.id, stamp, stamp, m.name, bit(m.isMe));
    },
    competitor(c: { id: string; name: string; notes: string }, stamp: string): void {
      t.competitor.add(c.id, stamp, stamp, c.name, c.notes);
    },
    account(a: { id: string; name: string; industry: string; sizeBand: string; region: string }, stamp: string): void {
      t.account.add(a.id, stamp, stamp, a.name, a.industry, a.sizeBand, a.region);
    },
    person(p: Person, accountId: string, stamp: string): void {
      const { id, name, title, buyingRole, networkRole, attitude, influence, reportsToId, preferredChannel } = p;
      t.person.add(
        id,
        stamp,
        stamp,
        name,
        title,
        accountId,
        // A connector is outside the account: no buying role of its own.
        p.side === 'connector' ? null : buyingRole,
        networkRole,
        attitude,
        influence,
        reportsToId,
        preferredChannel,
        p.ownerId,
        p.visibility,
        p.side ?? 'stakeholder',
        p.connectorKind ?? null,
        p.motivation ?? '',
        JSON.stringify(p.motivationTags ?? []),
        JSON.stringify(p.weighedCriteria ?? []),
      );
      for (const r of p.relationships) t.relationship.add(r.id, stamp, stamp, r.memberId, p.id, r.strength);
    },
    /** An informal link between two people of one account (informal.ts). */
    link(l: { id: string; fromId: string; toId: string; kind: string; strength: number }, stamp: string): void {
      t.link.add(l.id, stamp, stamp, l.fromId, l.toId, l.kind, l.strength);
    },
    case(rows: CaseRows): void {
      const c = rows.case;
      t.case.add(
        c.id,
        c.createdAt,
        c.updatedAt,
        c.title,
        c.accountId,
        c.offering,
        c.valueMinor,
        'EUR',
        c.source,
        c.ownerId,
        c.openedOn,
        c.expectedCloseOn,
        c.closedOn,
        c.stageId,
        c.probability,
        c.outcome,
        c.winnerCompetitorId,
        c.debrief,
        c.debriefStep,
        c.notes,
      );
      for (const r of rows.buyerSteps)
        t.buyerStep.add(r.id, r.createdAt, r.createdAt, c.id, r.buyerStepId, r.reachedOn);
      for (const r of rows.competitors) {
        t.competitorMet.add(r.id, r.createdAt, r.createdAt, c.id, r.competitorId, bit(r.incumbent), r.priceMinor);
      }
      for (const r of rows.criteria) {
        t.criterion.add(r.id, r.createdAt, r.createdAt, c.id, r.criterionId, r.importance, r.ourRating, r.rivalRating);
      }
      for (const r of rows.reasons) {
        t.reason.add(r.id, r.createdAt, r.createdAt, c.id, r.reasonId, bit(r.isPrimary), r.evidence, r.confidence);
      }
      for (const r of rows.people) t.casePerson.add(r.id, r.createdAt, r.createdAt, c.id, r.personId, bit(r.reached));
      for (const r of rows.interactions) {
        t.interaction.add(r.id, r.createdAt, r.createdAt, c.id, r.personId, r.on, r.channel, r.notes);
      }
      for (const r of rows.lessons) {
        t.lesson.add(r.id, r.createdAt, r.createdAt, c.id, r.text, r.kind, r.tagKind, r.tagId);
      }
    },
    action(a: PlannedAction, createdAt: string, updatedAt: string): void {
      const done = a.doneDay === null ? null : dayString(a.doneDay);
      t.action.add(
        a.id,
        createdAt,
        updatedAt,
        a.title,
        a.kind,
        a.ownerId,
        dayString(a.dueDay),
        a.status,
        done,
        a.scope,
        a.scopeValue,
      );
    },
    actionLesson(id: string, actionId: string, lessonId: string, stamp: string): void {
      t.actionLesson.add(id, stamp, stamp, actionId, lessonId);
    },
    /** Writes everything buffered, parents first. */
    flush(): void {
      for (const buffer of Object.values(t)) buffer.flush();
    },
  };
}

export type SampleWriter = ReturnType<typeof createWriter>;
